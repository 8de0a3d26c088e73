#include "contributionfilter.h"

#include "apierror.h"

#include <cctype>
#include <charconv>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
std::int64_t number(const std::string &name, const std::string &text)
{
    std::int64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (ec != std::errc() || end != text.data() + text.size())
        throw ApiError(ErrorCode::BadRequest, name + " must be a whole number");
    return v;
}

// The words of a search, each quoted as an FTS5 phrase ("" doubles a quote inside one), so nothing
// a coordinator types is read as FTS5 syntax. A piece with no letter or digit in any script is left
// out; bytes from 0x80 are parts of UTF-8 letters (Welsh, Arabic) or their punctuation, which the
// tokenizer then drops.
std::string ftsMatch(const std::string &query)
{
    std::string out, piece;
    auto flush = [&] {
        bool word = false;
        for (unsigned char c : piece)
            word = word || c >= 0x80 || std::isalnum(c);
        if (word) {
            out += out.empty() ? "\"" : " \"";
            for (char c : piece)
                out += c == '"' ? std::string("\"\"") : std::string(1, c);
            out += '"';
        }
        piece.clear();
    };
    for (char c : query) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            flush();
        else
            piece += c;
    }
    flush();
    return out;
}
} // namespace

ContributionFilter ContributionFilter::fromRequest(const httplib::Request &req, sql::Dialect dialect)
{
    ContributionFilter f;
    // Withdrawn records are empty shells; they are found only through the withdrawal page.
    f.where = "coalesce(r.withdrawn, 0) = 0";
    auto add = [&](const std::string &condition, Json value, const std::string &name) {
        f.binds.push_back(value);
        std::string c = condition;
        const std::string placeholder = "?" + std::to_string(f.binds.size() + 1);
        for (std::size_t p = c.find('?'); p != std::string::npos; p = c.find('?', p + placeholder.size()))
            c.replace(p, 1, placeholder);
        f.where += " AND " + c;
        f.applied[name] = std::move(value);
    };
    auto text = [&](const char *name) { return req.get_param_value(name); };
    if (!text("prompt").empty())
        add("r.prompt_id = ?", text("prompt"), "prompt");
    if (!text("site").empty())
        add("r.site_id = ?", text("site"), "site");
    if (!text("format").empty())
        add("r.format = ?", text("format"), "format");
    if (!text("status").empty())
        add("coalesce(r.status, 'new') = ?", text("status"), "status");
    if (!text("tag").empty())
        add(dialect == sql::Dialect::PostgreSQL
                ? "EXISTS (SELECT 1 FROM jsonb_array_elements_text(r.tags::jsonb) t WHERE t = ?)"
                : "EXISTS (SELECT 1 FROM json_each(r.tags) WHERE json_each.value = ?)",
            text("tag"), "tag");
    // Outreach: one session's answers, one worker's (taken in their sessions or written with their
    // help), and answers a worker helped with or not.
    if (!text("outreach_session").empty())
        add("r.outreach_session_id = ?", text("outreach_session"), "outreach_session");
    if (!text("worker").empty())
        add("(r.assisted_by = ? OR r.outreach_session_id IN (SELECT w.id FROM outreach_sessions w WHERE w.worker_id = ?))",
            text("worker"), "worker");
    if (!text("assisted").empty()) {
        if (text("assisted") != "0" && text("assisted") != "1")
            throw ApiError(ErrorCode::BadRequest, "assisted is 1 (helped by a worker) or 0");
        add("(CASE WHEN coalesce(r.assisted_by, '') <> '' THEN 1 ELSE 0 END) = ?", number("assisted", text("assisted")),
            "assisted");
    }
    if (!text("rating").empty())
        add("r.rating = ?", number("rating", text("rating")), "rating");
    if (const std::string q = text("q"); !q.empty()) {
        if (q.size() > 200)
            throw ApiError(ErrorCode::BadRequest, "a search is at most 200 bytes");
        const std::string match = ftsMatch(q);
        if (match.empty())
            throw ApiError(ErrorCode::BadRequest, "search for at least one word");
        if (dialect == sql::Dialect::PostgreSQL)
            add("to_tsvector('simple', coalesce(r.text, '')) @@ plainto_tsquery('simple', ?)", q, "q");
        else
            // The unary + keeps SQLite walking the review index newest first and looking each id up in
            // the matches, rather than reading every matching row to sort them: a common word matches
            // tens of thousands.
            add("+r.id IN (SELECT i.record_id FROM contribution_search s JOIN contribution_search_ids i"
                " ON i.n = s.rowid WHERE contribution_search MATCH ?)",
                match, "q");
        f.applied["q"] = q;
    }
    if (!text("from").empty())
        add("r.created_at >= ?", number("from", text("from")), "from");
    if (!text("to").empty())
        add("r.created_at < ?", number("to", text("to")), "to");
    return f;
}

ListPage pageFromRequest(const httplib::Request &req)
{
    ListPage page;
    if (req.has_param("limit")) {
        page.limit = number("limit", req.get_param_value("limit"));
        if (page.limit < 1 || page.limit > kMaxPageLimit)
            throw ApiError(ErrorCode::BadRequest, "limit is 1 to " + std::to_string(kMaxPageLimit));
    }
    if (req.has_param("offset")) {
        page.offset = number("offset", req.get_param_value("offset"));
        if (page.offset < 0)
            throw ApiError(ErrorCode::BadRequest, "offset cannot be negative");
    }
    return page;
}

std::optional<ReviewCursor> cursorFromRequest(const httplib::Request &req)
{
    if (!req.has_param("after"))
        return std::nullopt;
    const std::string after = req.get_param_value("after");
    const std::size_t colon = after.find(':');
    const std::string id = colon == std::string::npos ? std::string() : after.substr(colon + 1);
    const bool idOk = !id.empty() && id.size() <= 64
        && id.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") == std::string::npos;
    if (!idOk)
        throw ApiError(ErrorCode::BadRequest, "after is CREATED_AT:ID, as next_after gave it");
    return ReviewCursor { number("after", after.substr(0, colon)), id };
}

std::string cursorOf(const Json &contribution)
{
    return std::to_string(contribution.value("created_at", std::int64_t { 0 })) + ":"
        + contribution.value("id", std::string());
}

} // namespace chorus::server::dashboard
