// Export of what the review filter shows: CSV for spreadsheets and JSON for analysis tools, streamed
// as the rows are read so memory stays flat at any size. Every row carries the person's consent
// (may quote, asked to be contacted). Contact details are left out unless an admin asks for them
// (`contact=1`, audited): they are for answering the person, not for analysis.

#include "apierror.h"
#include "apis.h"
#include "contributionfilter.h"
#include "csvwriter.h"
#include "logger.h"
#include "model/schema.h"
#include "recordreader.h"

#include <ctime>
#include <map>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

namespace {
const char *const kColumns[]
    = { "id", "reference", "created_at", "prompt_id", "prompt", "site_id", "site", "format", "language", "rating",
          "text", "redacted", "symbols", "media_count", "tags", "status", "may_quote", "asked_contact",
          "outreach_session_id", "assisted", "assisted_by" };
const char *const kContactColumns[] = { "contact_name", "contact_detail" };

std::string isoTime(const Json &ms)
{
    if (!ms.is_number_integer())
        return {};
    const std::time_t t = static_cast<std::time_t>(ms.get<std::int64_t>() / 1000);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string str(const Json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    if (v.is_null())
        return {};
    return v.dump();
}

// Everything an export needs after the handler has returned, when httplib asks for the body.
struct ExportJob {
    ServerDb *server;
    Session session;
    ContributionFilter filter;
    std::map<std::string, std::string> prompts, sites, workers;
    bool csv;
    bool withContact = false;

    [[nodiscard]] std::vector<std::string> columns() const
    {
        std::vector<std::string> out(std::begin(kColumns), std::end(kColumns));
        if (withContact)
            out.insert(out.end(), std::begin(kContactColumns), std::end(kContactColumns));
        return out;
    }
};

Json exportRow(const ExportJob &job, const Json &c)
{
    std::string symbols, tags;
    for (const auto &card : c.value("symbols", Json::array()).is_array() ? c["symbols"] : Json::array())
        symbols += (symbols.empty() ? "" : "; ") + str(card.value("symbol", Json())) + "="
            + str(card.value("pile", Json()));
    for (const auto &t : c.value("tags", Json::array()).is_array() ? c["tags"] : Json::array())
        tags += (tags.empty() ? "" : "; ") + str(t);
    const std::string promptId = str(c["prompt_id"]), siteId = str(c["site_id"]);
    const auto prompt = job.prompts.find(promptId);
    const auto site = job.sites.find(siteId);
    const Json consent = c.value("consent", Json());
    Json row { { "id", c["id"] }, { "reference", str(c["reference"]) }, { "created_at", isoTime(c["created_at"]) },
        { "prompt_id", promptId }, { "prompt", prompt == job.prompts.end() ? "" : prompt->second },
        { "site_id", siteId }, { "site", site == job.sites.end() ? "" : site->second }, { "format", str(c["format"]) },
        { "language", str(c["language"]) }, { "rating", c["rating"] }, { "text", str(c["text"]) },
        { "redacted", c.value("redacted", Json()) == true }, { "symbols", symbols },
        { "media_count", c.value("media", Json::array()).is_array() ? c["media"].size() : 0 }, { "tags", tags },
        { "status", c["status"].is_string() ? c["status"].get<std::string>() : "new" },
        { "may_quote", consent.is_object() && consent.value("quote", Json()) == true },
        { "asked_contact", consent.is_object() && consent.value("contact", Json()) == true },
        { "outreach_session_id", str(c.value("outreach_session_id", Json())) } };
    // Who helped, by name: the worker's id means nothing to a reader of the spreadsheet.
    const std::string helper = str(c.value("assisted_by", Json()));
    const auto worker = job.workers.find(helper);
    row["assisted"] = !helper.empty();
    row["assisted_by"] = worker == job.workers.end() ? helper : worker->second;
    if (job.withContact)
        for (const char *name : kContactColumns)
            row[name] = str(c.value(name, Json()));
    return row;
}

std::string csvLine(const ExportJob &job, CsvWriter &csv, const Json &row)
{
    std::vector<std::string> cells;
    for (const auto &name : job.columns())
        cells.push_back(row[name].is_boolean() ? (row[name] == true ? "yes" : "no") : str(row[name]));
    csv.row(cells);
    return csv.take();
}

// Writes the export to `sink` in pieces of about 64 KiB as the rows are read, so the server holds
// one piece whatever the size of the export. False when the reader went away or the read failed.
bool streamExport(const ExportJob &job, httplib::DataSink &sink)
{
    constexpr std::size_t kPiece = 64 * 1024;
    std::string piece;
    std::int64_t rows = 0;
    bool open = true;
    auto send = [&](bool whatever) {
        if (open && (whatever || piece.size() >= kPiece)) {
            open = sink.write(piece.data(), piece.size());
            piece.clear();
        }
        return open;
    };
    try {
        auto db = job.server->lease();
        CsvWriter csv;
        if (job.csv) {
            csv.row(job.columns());
            piece = csv.take(true);
        } else {
            piece = "{\"columns\":" + Json(job.columns()).dump() + ",\"contributions\":[";
        }
        RecordReader reader(*db, job.session.orgId);
        reader.setStreaming(true);
        // One snapshot: the export never mixes two states of the data.
        db->snapshot([&] {
            reader.each(sync::kinds::Contribution, job.filter.where, job.filter.binds, "r.created_at, r.id", [&](Json &&c) {
                const Json row = exportRow(job, c);
                if (job.csv)
                    piece += csvLine(job, csv, row);
                else
                    piece += (rows ? "," : "") + row.dump(-1, ' ', false, Json::error_handler_t::replace);
                ++rows;
                return send(false);
            });
        });
        if (!job.csv)
            piece += "]}";
        send(true);
        AuditLog(*db).record(job.session, "export", "contributions",
            { { "filter", job.filter.applied }, { "rows", rows }, { "complete", open },
                { "contact_details", job.withContact } });
    } catch (const std::exception &e) {
        // The status line has gone: all that is left is to cut the response short.
        log::error("dashboard", { { "path", "export" }, { "message", e.what() } });
        return false;
    }
    if (open)
        sink.done();
    return open;
}

void startExport(Call &call, bool csv)
{
    ExportJob job { &call.server, call.session, ContributionFilter::fromRequest(call.req, call.db.dialect()), {}, {}, {},
        csv };
    if (call.param("contact") == "1") {
        if (call.session.role != Role::Admin)
            throw ApiError(sync::protocol::ErrorCode::Forbidden, "only an admin may export contact details");
        job.withContact = true;
    }
    RecordReader reader(call.db, call.session.orgId);
    for (const auto &p : reader.list(sync::kinds::Prompt))
        job.prompts[p["id"]] = p["text"].is_object() && p["text"].value("en", Json()).is_string()
            ? p["text"]["en"].get<std::string>()
            : std::string();
    for (const auto &w : reader.list(sync::kinds::Worker))
        job.workers[w["id"]] = w["name"].is_string() ? w["name"].get<std::string>() : std::string();
    auto s = call.db.prepare("SELECT id, name FROM sites WHERE org_id = ?1");
    s.bind(1, call.session.orgId);
    while (s.step())
        job.sites[s.text(0)] = s.text(1);
    call.res.set_header("Content-Disposition",
        csv ? "attachment; filename=\"chorus-contributions.csv\""
            : "attachment; filename=\"chorus-contributions.json\"");
    call.res.set_header("Cache-Control", "no-store");
    call.res.set_header("X-Content-Type-Options", "nosniff");
    call.res.set_chunked_content_provider(csv ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
        [job = std::move(job)](std::size_t, httplib::DataSink &sink) { return streamExport(job, sink); });
    call.raw = true;
}
} // namespace

void installExportApi(Router &router)
{
    router.get("/dashboard/api/export.json", [](Call &call) -> Json {
        startExport(call, false);
        return {};
    });
    router.get("/dashboard/api/export.csv", [](Call &call) -> Json {
        startExport(call, true);
        return {};
    });
}

} // namespace chorus::server::dashboard
