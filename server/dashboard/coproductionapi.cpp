// Co-production on the dashboard: group sessions with their ranked ideas, ideas published for
// kiosks' "me too" with their supports, and the accountability board (an outcome's status with
// dates; per theme, the days to the first response). Each has a JSON list and CSV/JSON exports.

#include "apierror.h"
#include "apis.h"
#include "bodyfields.h"
#include "coproductionreport.h"
#include "csvwriter.h"
#include "logger.h"
#include "model/schema.h"
#include "recordreader.h"
#include "recordwriter.h"
#include "secrets.h"

#include <algorithm>
#include <chrono>
#include <functional>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
const char *const kStatuses[] = { "heard", "planned", "doing", "done", "not_possible" };

std::int64_t nowMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

std::string cell(const Json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_null())
        return {};
    if (v.is_boolean())
        return v.get<bool>() ? "yes" : "no";
    return v.dump();
}

void sendFile(Call &call, const std::string &name, const std::string &type, const std::string &body)
{
    call.res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    call.res.set_header("Cache-Control", "no-store");
    call.res.set_header("X-Content-Type-Options", "nosniff");
    call.res.set_content(body, type);
    call.raw = true;
}

// One row per idea of each session, ranked, so a spreadsheet sorts and sums them.
const std::vector<std::string> kSessionColumns { "session_id", "question", "site_id", "started_at", "ended_at",
    "dots_each", "votes_hidden", "participants", "total_dots", "next_step", "rank", "idea_id", "votes", "format", "text",
    "rating" };

void sessionRows(CsvWriter &csv, const Json &s)
{
    const std::vector<std::string> head { cell(s["id"]), cell(s["question"]), cell(s["site_id"]), cell(s["started_at"]),
        cell(s["ended_at"]), cell(s["dots"]), cell(s["hide_votes"]), cell(s["participants"]), cell(s["total_dots"]),
        cell(s["next_step"]) };
    if (s["ideas"].empty()) {
        auto r = head;
        r.resize(kSessionColumns.size());
        csv.row(r);
    }
    for (const Json &i : s["ideas"]) {
        auto r = head;
        for (const char *k : { "rank", "id", "votes", "format", "text", "rating" })
            r.push_back(cell(i[k]));
        csv.row(r);
    }
}

// Hands each piece of a download to the reader; false once the reader has gone.
using Emit = std::function<bool(std::string &&)>;

// Streams a download as it is read, a session at a time, so the server never holds a whole export:
// httplib asks for the body after the handler has returned, so the stream leases its own connection
// and audits what it sent when it ends. `write` answers how many sessions it wrote.
void streamFile(Call &call, const std::string &name, const std::string &type, const std::string &what,
    std::function<std::int64_t(sql::Connection &, const Emit &)> write)
{
    call.res.set_header("Content-Disposition", "attachment; filename=\"" + name + "\"");
    call.res.set_header("Cache-Control", "no-store");
    call.res.set_header("X-Content-Type-Options", "nosniff");
    call.res.set_chunked_content_provider(type,
        [server = &call.server, session = call.session, what, write = std::move(write)](
            std::size_t, httplib::DataSink &sink) {
            bool open = true;
            try {
                auto db = server->lease();
                const std::int64_t rows = write(*db, [&](std::string &&piece) {
                    open = open && (piece.empty() || sink.write(piece.data(), piece.size()));
                    return open;
                });
                AuditLog(*db).record(session, "export", what, { { "rows", rows }, { "complete", open } });
            } catch (const std::exception &e) {
                // The status line has gone: all that is left is to cut the response short.
                log::error("dashboard", { { "path", "export " + what }, { "message", e.what() } });
                return false;
            }
            if (open)
                sink.done();
            return open;
        });
    call.raw = true;
}

std::string publishedCsv(const Json &ideas)
{
    CsvWriter csv;
    csv.row({ "id", "text_en", "text_cy", "text_ar", "source_id", "group_session_id", "published", "published_at",
        "supports" });
    for (const Json &i : ideas) {
        const Json text = i["text"].is_object() ? i["text"] : Json::object();
        csv.row({ cell(i["id"]), cell(text.value("en", Json())), cell(text.value("cy", Json())),
            cell(text.value("ar", Json())), cell(i["source_id"]), cell(i["group_session_id"]), cell(i["published"]),
            cell(i["published_at"]), cell(i["supports"]) });
    }
    return csv.take(true);
}

std::string boardCsv(const Json &board)
{
    CsvWriter csv;
    csv.row({ "theme", "raised_at", "first_response_at", "days_to_first_response", "answered_within_30_days",
        "outcomes", "statuses" });
    for (const Json &t : board["themes"]) {
        std::string ids, statuses;
        for (const Json &o : t["outcomes"]) {
            ids += (ids.empty() ? "" : "; ") + cell(o["id"]);
            statuses += (statuses.empty() ? "" : "; ") + cell(o["status"]);
        }
        csv.row({ cell(t["theme"]), cell(t["raised_at"]), cell(t["first_response_at"]),
            cell(t["days_to_first_response"]), cell(t["answered_within_30_days"]), ids, statuses });
    }
    return csv.take(true);
}

// "picture": true shows the drawing of the answer the idea comes from on the kiosks' card, as its
// symbol ("picture:<sha256>", which kiosks download like a prompt's picture); false takes it off.
void showDrawing(const Json &body, Json &fields, RecordReader &reader)
{
    const Json picture = body.value("picture", Json());
    if (picture.is_null())
        return;
    if (!picture.is_boolean())
        throw ApiError(ErrorCode::BadRequest, "picture is true or false");
    if (picture == false) {
        fields["symbol"] = nullptr;
        return;
    }
    const Json source = fields.value("source_id", Json());
    const auto answer = source.is_string() ? reader.find(sync::kinds::Contribution, source.get<std::string>()) : std::nullopt;
    const Json media = answer ? answer->value("media", Json()) : Json();
    if (!answer || answer->value("format", Json()) != "draw" || !media.is_array() || media.empty() || !media[0].is_string())
        throw ApiError(ErrorCode::BadRequest, "only an idea from a drawing answer (source_id) can show its picture");
    fields["symbol"] = "picture:" + media[0].get<std::string>();
}

Json publishedIdeaFields(Call &call)
{
    Json fields = pickFields(call.body(), { "text", "symbol", "source_id", "group_session_id", "sites", "published" });
    requireLanguageMap(fields, "text");
    requireOwnSites(call, fields.value("sites", Json::array()));
    RecordReader reader(call.db, call.session.orgId);
    for (const auto &[name, kind] :
        { std::pair { "source_id", sync::kinds::Contribution }, { "group_session_id", sync::kinds::GroupSession } }) {
        if (!fields.contains(name) || fields[name].is_null())
            continue;
        const auto named = fields[name].is_string() ? reader.find(kind, fields[name].get<std::string>()) : std::nullopt;
        if (!named)
            throw ApiError(ErrorCode::BadRequest, std::string(name) + " must name a " + kind + " of your organisation");
        // The person took it back: nothing may be published from it.
        if (named->value("withdrawn", Json()) == true)
            throw ApiError(ErrorCode::BadRequest, std::string(name) + " names a withdrawn " + kind);
    }
    if (fields.contains("published") && !fields["published"].is_boolean())
        throw ApiError(ErrorCode::BadRequest, "published is true or false");
    if (fields.contains("symbol") && !fields["symbol"].is_null()
        && (!fields["symbol"].is_string() || fields["symbol"].get<std::string>().rfind("picture:", 0) == 0))
        throw ApiError(ErrorCode::BadRequest, "symbol is the name of a symbol; to show the person's drawing, send picture: true");
    showDrawing(call.body(), fields, reader);
    return fields;
}
} // namespace

void installCoproductionApi(Router &router)
{
    router.get("/dashboard/api/group-sessions", [](Call &call) -> Json {
        return { { "sessions", CoproductionReport(call.db, call.session.orgId).groupSessions() } };
    });
    router.get("/dashboard/api/group-sessions.csv", [](Call &call) -> Json {
        streamFile(call, "chorus-group-sessions.csv", "text/csv; charset=utf-8", "group_sessions",
            [org = call.session.orgId](sql::Connection &db, const Emit &emit) {
                CsvWriter csv;
                csv.row(kSessionColumns);
                std::int64_t rows = 0;
                if (emit(csv.take(true)))
                    CoproductionReport(db, org).eachSession([&](Json &&session) {
                        sessionRows(csv, session);
                        ++rows;
                        return emit(csv.take());
                    });
                return rows;
            });
        return {};
    });
    router.get("/dashboard/api/group-sessions.json", [](Call &call) -> Json {
        streamFile(call, "chorus-group-sessions.json", "application/json; charset=utf-8", "group_sessions",
            [org = call.session.orgId](sql::Connection &db, const Emit &emit) {
                std::int64_t rows = 0;
                if (emit("{\"sessions\":["))
                    CoproductionReport(db, org).eachSession([&](Json &&session) {
                        return emit((rows++ ? "," : "") + session.dump(-1, ' ', false, Json::error_handler_t::replace));
                    });
                emit("]}");
                return rows;
            });
        return {};
    });

    router.get("/dashboard/api/published-ideas", [](Call &call) -> Json {
        return { { "ideas", CoproductionReport(call.db, call.session.orgId).publishedIdeas() } };
    });
    router.get("/dashboard/api/published-ideas.csv", [](Call &call) -> Json {
        const Json ideas = CoproductionReport(call.db, call.session.orgId).publishedIdeas();
        call.audit("export", "published_ideas", { { "rows", ideas.size() } });
        sendFile(call, "chorus-published-ideas.csv", "text/csv; charset=utf-8", publishedCsv(ideas));
        return {};
    });
    router.post("/dashboard/api/published-ideas", [](Call &call) -> Json {
        Json fields = publishedIdeaFields(call);
        if (!fields.contains("text"))
            throw ApiError(ErrorCode::BadRequest, "a published idea needs its words, in English at least");
        if (!fields.contains("sites"))
            fields["sites"] = Json::array();
        if (!fields.contains("published"))
            fields["published"] = true;
        fields["published_at"] = nowMs();
        const std::string id = secrets::randomId();
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::PublishedIdea, id, fields);
        call.audit("published_idea.create", id);
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::PublishedIdea, id);
    });
    router.post(R"(/dashboard/api/published-ideas/([A-Za-z0-9_-]{1,64}))", [](Call &call) -> Json {
        const std::string id = call.match(1);
        (void)RecordReader(call.db, call.session.orgId).get(sync::kinds::PublishedIdea, id);
        const Json fields = publishedIdeaFields(call);
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::PublishedIdea, id, fields);
        call.audit("published_idea.edit", id);
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::PublishedIdea, id);
    });

    // Moves an outcome to a status, remembering when each was reached; "not_possible" needs a reason.
    router.post(R"(/dashboard/api/outcomes/([A-Za-z0-9_-]{1,64})/status)", [](Call &call) -> Json {
        const std::string id = call.match(1);
        const Json held = RecordReader(call.db, call.session.orgId).get(sync::kinds::Outcome, id);
        const std::string status = textField(call.body(), "status", "");
        if (std::find(std::begin(kStatuses), std::end(kStatuses), status) == std::end(kStatuses))
            throw ApiError(ErrorCode::BadRequest, "status is one of heard, planned, doing, done, not_possible");
        Json fields { { "status", status } };
        if (status == "not_possible") {
            fields["status_reason"] = call.body().value("reason", Json());
            const Json &reason = fields["status_reason"];
            if (!reason.is_object() || !reason.contains("en") || !reason["en"].is_string()
                || reason["en"].get<std::string>().empty())
                throw ApiError(ErrorCode::BadRequest, "say why it is not possible: reason, in English at least");
            requireLanguageMap(fields, "status_reason");
        } else {
            fields["status_reason"] = nullptr;
        }
        Json dates = held.value("status_dates", Json());
        if (!dates.is_object())
            dates = Json::object();
        dates[status] = nowMs();
        fields["status_dates"] = dates;
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::Outcome, id, fields);
        call.audit("outcome.status", id, { { "status", status } });
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::Outcome, id);
    });
    router.get("/dashboard/api/board",
        [](Call &call) -> Json { return CoproductionReport(call.db, call.session.orgId).board(nowMs()); });
    router.get("/dashboard/api/board.csv", [](Call &call) -> Json {
        const Json board = CoproductionReport(call.db, call.session.orgId).board(nowMs());
        call.audit("export", "board", { { "rows", board["themes"].size() } });
        sendFile(call, "chorus-board.csv", "text/csv; charset=utf-8", boardCsv(board));
        return {};
    });
}

} // namespace chorus::server::dashboard
