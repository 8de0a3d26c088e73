// Export of what the review filter shows: CSV for spreadsheets and JSON for analysis tools. Contact
// details are left out of both; they are for answering the person, not for analysis.

#include "apis.h"
#include "contributionfilter.h"
#include "csvwriter.h"
#include "recordreader.h"

#include <ctime>
#include <map>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

namespace {
const char *const kColumns[] = { "id", "reference", "created_at", "prompt_id", "prompt", "site_id", "site", "format",
    "language", "rating", "text", "redacted", "symbols", "media_count", "tags", "status" };

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

Json exportRows(Call &call)
{
    const ContributionFilter f = ContributionFilter::fromRequest(call.req, call.db.dialect());
    RecordReader reader(call.db, call.session.orgId);
    std::map<std::string, std::string> prompts, sites;
    for (const auto &p : reader.list("prompt"))
        prompts[p["id"]] = p["text"].is_object() && p["text"].value("en", Json()).is_string()
            ? p["text"]["en"].get<std::string>()
            : std::string();
    auto s = call.db.prepare("SELECT id, name FROM sites WHERE org_id = ?1");
    s.bind(1, call.session.orgId);
    while (s.step())
        sites[s.text(0)] = s.text(1);
    Json rows = Json::array();
    for (const auto &c : reader.list("contribution", f.where, f.binds, "r.created_at, r.id")) {
        std::string symbols, tags;
        for (const auto &card : c.value("symbols", Json::array()).is_array() ? c["symbols"] : Json::array())
            symbols += (symbols.empty() ? "" : "; ") + str(card.value("symbol", Json())) + "="
                + str(card.value("pile", Json()));
        for (const auto &t : c.value("tags", Json::array()).is_array() ? c["tags"] : Json::array())
            tags += (tags.empty() ? "" : "; ") + str(t);
        const std::string promptId = str(c["prompt_id"]), siteId = str(c["site_id"]);
        rows.push_back(
            { { "id", c["id"] }, { "reference", str(c["reference"]) }, { "created_at", isoTime(c["created_at"]) },
                { "prompt_id", promptId }, { "prompt", prompts.count(promptId) ? prompts[promptId] : "" },
                { "site_id", siteId }, { "site", sites.count(siteId) ? sites[siteId] : "" },
                { "format", str(c["format"]) }, { "language", str(c["language"]) }, { "rating", c["rating"] },
                { "text", str(c["text"]) }, { "redacted", c.value("redacted", Json()) == true }, { "symbols", symbols },
                { "media_count", c.value("media", Json::array()).is_array() ? c["media"].size() : 0 }, { "tags", tags },
                { "status", c["status"].is_string() ? c["status"].get<std::string>() : "new" } });
    }
    call.audit("export", "contributions", { { "filter", f.applied }, { "rows", rows.size() } });
    return rows;
}
} // namespace

void installExportApi(Router &router)
{
    router.get("/dashboard/api/export.json", [](Call &call) -> Json {
        Json rows = exportRows(call);
        call.res.set_header("Content-Disposition", "attachment; filename=\"chorus-contributions.json\"");
        return { { "columns", kColumns }, { "contributions", rows } };
    });
    router.get("/dashboard/api/export.csv", [](Call &call) -> Json {
        const Json rows = exportRows(call);
        CsvWriter csv;
        std::vector<std::string> header(std::begin(kColumns), std::end(kColumns));
        csv.row(header);
        for (const auto &r : rows) {
            std::vector<std::string> cells;
            for (const auto &name : header)
                cells.push_back(r[name].is_boolean() ? (r[name] == true ? "yes" : "no") : str(r[name]));
            csv.row(cells);
        }
        call.res.set_header("Content-Disposition", "attachment; filename=\"chorus-contributions.csv\"");
        call.res.set_header("Cache-Control", "no-store");
        call.res.set_content(csv.text(), "text/csv; charset=utf-8");
        call.raw = true;
        return {};
    });
}

} // namespace chorus::server::dashboard
