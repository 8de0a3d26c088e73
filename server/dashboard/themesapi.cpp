// Theme suggestions for the filtered written answers, and changes to many answers at once: a theme
// accepted tags every answer in it; triage tags or sets the status of a selection.

#include "apierror.h"
#include "apis.h"
#include "contributionfilter.h"
#include "model/schema.h"
#include "recordreader.h"
#include "recordwriter.h"
#include "themerejections.h"
#include "themesuggester.h"

#include <chrono>
#include <set>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
// The newest this many written answers are grouped: 10,000 take a few seconds on 2 cores.
constexpr std::int64_t kMaxSuggested = 10000;
constexpr std::size_t kMaxBulk = 10000;

std::vector<std::string> stringList(const Json &body, const char *name, std::size_t most)
{
    const Json v = body.value(name, Json::array());
    if (!v.is_array() || v.size() > most)
        throw ApiError(ErrorCode::BadRequest, std::string(name) + " must be a list of at most " + std::to_string(most));
    std::vector<std::string> out;
    for (const auto &x : v) {
        if (!x.is_string() || x.get<std::string>().empty() || x.get<std::string>().size() > 64)
            throw ApiError(ErrorCode::BadRequest, std::string("each of ") + name + " is 1 to 64 bytes of text");
        out.push_back(x.get<std::string>());
    }
    return out;
}
} // namespace

void installThemesApi(Router &router)
{
    router.get("/dashboard/api/themes/suggestions", [](Call &call) -> Json {
        const auto started = std::chrono::steady_clock::now();
        ContributionFilter f = ContributionFilter::fromRequest(call.req, call.db.dialect());
        f.where += " AND r.text IS NOT NULL";
        // untagged=1: only answers nobody has given a theme yet, so accepted themes leave the suggestions.
        if (call.param("untagged") == "1") {
            f.where += " AND (r.tags IS NULL OR r.tags = '[]')";
            f.applied["untagged"] = true;
        }
        std::vector<Answer> answers;
        RecordReader reader(call.db, call.session.orgId);
        call.db.snapshot([&] {
            auto s = reader.query("r.id, r.text, r.language", sync::kinds::Contribution, f.where, f.binds,
                " ORDER BY r.created_at DESC, r.id DESC LIMIT " + std::to_string(kMaxSuggested + 1));
            while (s.step())
                answers.push_back({ s.text(0), s.text(1) });
        });
        const bool limited = static_cast<std::int64_t>(answers.size()) > kMaxSuggested;
        if (limited)
            answers.pop_back();
        std::map<std::string, const Answer *> answerOf;
        for (const auto &a : answers)
            answerOf[a.id] = &a;
        Json out = Json::array();
        const std::set<std::string> rejected = ThemeRejections(call.db, call.session.orgId).all();
        std::int64_t hidden = 0;
        for (const auto &s : ThemeSuggester().suggest(answers)) {
            const std::string key = ThemeRejections::keyOf(s);
            if (rejected.count(key)) {
                ++hidden;
                continue;
            }
            Json reps = Json::array();
            for (const auto &id : s.representatives)
                reps.push_back({ { "id", id }, { "text", answerOf[id]->text } });
            out.push_back({ { "key", key }, { "label", s.label }, { "size", s.members.size() },
                { "members", s.members }, { "representatives", reps }, { "duplicates", s.duplicates } });
        }
        const double seconds
            = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        return { { "filter", f.applied }, { "considered", answers.size() }, { "limited", limited },
            { "seconds", seconds }, { "rejected", hidden }, { "suggestions", out } };
    });

    // {"key": "..."} from a suggestion: no coordinator of the organisation is shown it again.
    router.post("/dashboard/api/themes/rejections", [](Call &call) -> Json {
        const Json given = call.body().value("key", Json());
        const std::string key = given.is_string() ? given.get<std::string>() : std::string();
        if (!ThemeRejections::isKey(key))
            throw ApiError(ErrorCode::BadRequest, "key must be a suggestion's key (64 hex digits)");
        ThemeRejections(call.db, call.session.orgId).reject(key);
        call.audit("theme.reject", key);
        return { { "rejected", key } };
    });

    // {"ids": [...], "add_tags": [...], "status": "reviewed"}: every answer gets the themes added to
    // its own and the status, if given. Withdrawn or unknown answers are skipped and named.
    router.post("/dashboard/api/contributions/bulk", [](Call &call) -> Json {
        const Json body = call.body();
        const std::vector<std::string> ids = stringList(body, "ids", kMaxBulk);
        const std::vector<std::string> addTags = stringList(body, "add_tags", 64);
        const Json status = body.value("status", Json());
        if (!status.is_null() && status != "new" && status != "reviewed" && status != "acted_on")
            throw ApiError(ErrorCode::BadRequest, "status is new, reviewed or acted_on");
        if (ids.empty() || (addTags.empty() && status.is_null()))
            throw ApiError(ErrorCode::BadRequest, "send ids and add_tags or status");
        RecordReader reader(call.db, call.session.orgId);
        RecordWriter writer(call.server, call.db, call.media, call.session.orgId);
        // Every answer's new fields are worked out before any is written, and all are written in one
        // transaction: a request refused for one answer (too many themes), or one that fails part way
        // (the server stops, the database fails), changes none.
        Json skipped = Json::array();
        std::vector<RecordEdit> edits;
        for (const auto &id : std::set<std::string>(ids.begin(), ids.end())) {
            const auto c = reader.find(sync::kinds::Contribution, id);
            if (!c || (*c)["withdrawn"] == true) {
                skipped.push_back(id);
                continue;
            }
            Json fields = Json::object();
            if (!addTags.empty()) {
                std::set<std::string> tags(addTags.begin(), addTags.end());
                if ((*c)["tags"].is_array())
                    for (const auto &t : (*c)["tags"])
                        if (t.is_string())
                            tags.insert(t.get<std::string>());
                if (tags.size() > 64)
                    throw ApiError(ErrorCode::BadRequest,
                        "no answer was changed: answer " + id + " would have more than 64 themes");
                fields["tags"] = tags;
            }
            if (!status.is_null())
                fields["status"] = status;
            edits.push_back({ id, std::move(fields) });
        }
        RecordWriter::ManyWritten written;
        try {
            written = writer.writeMany(sync::kinds::Contribution, edits);
        } catch (const ApiError &e) {
            throw ApiError(e.code(), std::string("no answer was changed: ") + e.what(), e.extra());
        }
        for (const auto &id : written.withdrawn)
            skipped.push_back(id); // withdrawn since it was read
        const std::int64_t changed = written.changed;
        call.audit("contribution.bulk", std::to_string(ids.size()) + " contributions",
            { { "add_tags", addTags }, { "status", status }, { "changed", changed } });
        return { { "changed", changed }, { "skipped", skipped } };
    });
}

} // namespace chorus::server::dashboard
