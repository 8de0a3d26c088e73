// Review: contributions by filter, one contribution with its media, theme tags and status (redaction: redactionapi.cpp).

#include "apierror.h"
#include "apis.h"
#include "contributionfilter.h"
#include "directory.h"
#include "model/schema.h"
#include "recordreader.h"
#include "recordwriter.h"

#include <fstream>
#include <iterator>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
const char *const kId = R"(([A-Za-z0-9_-]{1,64}))";

std::string mediaType(const std::string &head)
{
    if (head.rfind("RIFF", 0) == 0)
        return "audio/wav";
    if (head.rfind("OggS", 0) == 0)
        return "audio/ogg";
    if (head.rfind("\x89PNG", 0) == 0)
        return "image/png";
    if (head.rfind("\xFF\xD8\xFF", 0) == 0)
        return "image/jpeg";
    if (head.find("<svg") != std::string::npos)
        return "image/svg+xml";
    return "application/octet-stream";
}

Json contribution(Call &call, const std::string &id)
{
    Json c = RecordReader(call.db, call.session.orgId).get(sync::kinds::Contribution, id);
    if ((c["withdrawn"] == true))
        throw ApiError(ErrorCode::NotFound, "this contribution was withdrawn");
    return c;
}

Json tagList(const Json &body)
{
    const Json tags = body.value("tags", Json());
    if (!tags.is_array() || tags.size() > 64)
        throw ApiError(ErrorCode::BadRequest, "tags must be a list of up to 64 themes");
    Json out = Json::array();
    for (const auto &t : tags) {
        if (!t.is_string() || t.get<std::string>().empty() || t.get<std::string>().size() > 64)
            throw ApiError(ErrorCode::BadRequest, "each theme is 1 to 64 bytes of text");
        out.push_back(t);
    }
    return out;
}
} // namespace

void installReviewApi(Router &router)
{
    router.get("/dashboard/api/meta", [](Call &call) -> Json {
        Json sites = Json::array(), tags = Json::array();
        auto s = call.db.prepare("SELECT id, name FROM sites WHERE org_id = ?1 ORDER BY name");
        s.bind(1, call.session.orgId);
        while (s.step())
            sites.push_back({ { "id", s.text(0) }, { "name", s.text(1) } });
        const bool pg = call.db.dialect() == sql::Dialect::PostgreSQL;
        // The distinct theme lists first (a few hundred, read from the review index), then their themes.
        auto t = call.db.prepare(std::string("SELECT DISTINCT j.value FROM (SELECT DISTINCT r.tags FROM contributions r")
            + (pg ? " JOIN" : " CROSS JOIN")
            + " record_owners o ON o.kind = 'contribution' AND o.record_id = r.id"
              " WHERE o.org_id = ?1 AND r.tags IS NOT NULL) t, "
            + (pg ? "jsonb_array_elements_text(t.tags::jsonb) j(value)" : "json_each(t.tags) j") + " ORDER BY 1");
        t.bind(1, call.session.orgId);
        while (t.step())
            tags.push_back(t.text(0));
        // A group session's ideas name the session where an answer names its prompt: its question is
        // what they answered.
        Json groupSessions = Json::array();
        {
            auto g = RecordReader(call.db, call.session.orgId)
                         .query("r.id, r.question", sync::kinds::GroupSession, "r.question IS NOT NULL", {}, " ORDER BY r.id");
            while (g.step())
                groupSessions.push_back({ { "id", g.text(0) }, { "question", g.text(1) } });
        }
        return { { "sites", sites }, { "tags", tags }, { "group_sessions", groupSessions },
            { "prompts",
                RecordReader(call.db, call.session.orgId)
                    .list(
                        sync::kinds::Prompt, {}, {}, std::string("coalesce(r.position, 0), ") + RecordReader::kCreationOrder) } };
    });
    router.get("/dashboard/api/contributions", [](Call &call) -> Json {
        const ContributionFilter f = ContributionFilter::fromRequest(call.req, call.db.dialect());
        const ListPage page = pageFromRequest(call.req);
        RecordReader reader(call.db, call.session.orgId);
        Json list = Json::array();
        std::int64_t total = 0;
        // The page and its total from one snapshot, so "51–100 of 340" never mixes two states.
        // `after` (keyset paging): the page that follows the row it names, found in the index
        // directly, so the 1,000th page costs what the first does; an offset walks every row before it.
        ContributionFilter pageFilter = f;
        const std::optional<ReviewCursor> after = cursorFromRequest(call.req);
        if (after) {
            if (page.offset != 0)
                throw ApiError(ErrorCode::BadRequest, "give after or offset, not both");
            const std::string at = "?" + std::to_string(pageFilter.binds.size() + 2);
            const std::string id = "?" + std::to_string(pageFilter.binds.size() + 3);
            pageFilter.where += " AND r.created_at <= " + at + " AND (r.created_at < " + at + " OR r.id < " + id + ")";
            pageFilter.binds.push_back(after->createdAt);
            pageFilter.binds.push_back(after->id);
        }
        call.db.snapshot([&] {
            // Newest first; the id breaks ties, so pages neither repeat nor skip a contribution. Both
            // descending, so the walk is contributions_created backwards and stops after the page.
            list = reader.list(sync::kinds::Contribution, pageFilter.where, pageFilter.binds, "r.created_at DESC, r.id DESC", page);
            total = reader.count(sync::kinds::Contribution, f.where, f.binds, page.limit < 0 ? -1 : kMaxCounted + 1);
            // The triage table flags answers that need attention now (a page's worth of key lookups).
            auto &urgent = call.db.cached("SELECT 1 FROM urgent WHERE record_id = ?1 AND org_id = ?2");
            for (auto &c : list) {
                sql::StatementReset reset(urgent);
                urgent.bind(1, c["id"].get<std::string>()).bind(2, call.session.orgId);
                c["urgent"] = urgent.step();
            }
        });
        const bool exact = page.limit < 0 || total <= kMaxCounted;
        Json out = { { "filter", f.applied }, { "contributions", list }, { "total", exact ? total : kMaxCounted },
            { "total_exact", exact }, { "offset", page.offset },
            { "limit", page.limit < 0 ? Json(nullptr) : Json(page.limit) } };
        // No cursor past a row with no time (only a malformed record): the next page goes by offset.
        if (page.limit > 0 && static_cast<std::int64_t>(list.size()) == page.limit
            && list.back().value("created_at", Json()).is_number_integer())
            out["next_after"] = cursorOf(list.back());
        return out;
    });
    router.get(std::string("/dashboard/api/contributions/") + kId,
        [](Call &call) -> Json { return contribution(call, call.match(1)); });
    router.post(std::string("/dashboard/api/contributions/") + kId + "/tags", [](Call &call) -> Json {
        const std::string id = call.match(1);
        (void)contribution(call, id);
        const Json tags = tagList(call.body());
        RecordWriter(call.server, call.db, call.media, call.session.orgId)
            .write(sync::kinds::Contribution, id, { { "tags", tags } });
        call.audit("contribution.tags", id, { { "tags", tags } });
        return contribution(call, id);
    });
    router.post(std::string("/dashboard/api/contributions/") + kId + "/status", [](Call &call) -> Json {
        const std::string id = call.match(1);
        (void)contribution(call, id);
        const Json status = call.body().value("status", Json());
        if (status != "new" && status != "reviewed" && status != "acted_on")
            throw ApiError(ErrorCode::BadRequest, "status is new, reviewed or acted_on");
        RecordWriter(call.server, call.db, call.media, call.session.orgId)
            .write(sync::kinds::Contribution, id, { { "status", status } });
        call.audit("contribution.status", id, { { "status", status } });
        return contribution(call, id);
    });
    router.get(R"(/dashboard/api/media/([0-9a-f]{64}))", [](Call &call) -> Json {
        DeviceIdentity reader { RecordWriter::writerId(call.session.orgId), call.session.orgId, {},
            sync::protocol::Role::Coordinator };
        const auto path = call.media.fileFor(call.db, reader, call.match(1));
        std::ifstream in(path, std::ios::binary);
        if (!in)
            throw ApiError(ErrorCode::NotFound, "no such media");
        std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string type = mediaType(data.substr(0, 512));
        call.res.set_header("Cache-Control", "private, max-age=3600");
        call.res.set_header("X-Content-Type-Options", "nosniff");
        // A drawing may be SVG: opened on its own it must not run anything.
        call.res.set_header("Content-Security-Policy", "sandbox; default-src 'none'; style-src 'unsafe-inline'");
        call.res.set_content(std::move(data), type.c_str());
        call.raw = true;
        return {};
    });
}

} // namespace chorus::server::dashboard
