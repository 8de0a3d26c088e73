// The season report's figures for the Review filter (period, site, …): GET report.json, which the
// report page draws, and report.csv with the same numbers for a spreadsheet. Small (a few rows per
// week and theme), so built whole rather than streamed.

#include "apis.h"
#include "contributionfilter.h"
#include "csvwriter.h"
#include "recordreader.h"
#include "reportfigures.h"
#include "summary.h"

#include <cstdio>
#include <ctime>
#include <map>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

namespace {
Json reportOf(Call &call)
{
    const ContributionFilter f = ContributionFilter::fromRequest(call.req, call.db.dialect());
    const Json summary = summarise(call, f);
    const Json outcomes
        = RecordReader(call.db, call.session.orgId).list("outcome", {}, {}, "coalesce(r.happened_at, 0) DESC");
    Json report = ReportFigures(summary, outcomes, call.param("site")).json();
    call.audit("export", "report", { { "filter", f.applied } });
    return report;
}

std::string english(const Json &words)
{
    return words.is_object() && words.value("en", Json()).is_string() ? words["en"].get<std::string>() : std::string();
}

std::string day(const Json &ms)
{
    if (!ms.is_number_integer())
        return {};
    const std::time_t t = static_cast<std::time_t>(ms.get<std::int64_t>() / 1000);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

std::string number(const Json &v)
{
    return v.is_number() ? v.dump() : std::string();
}

// One table, one row per figure: what the figure is in the first column, the rest as it needs.
std::string reportCsv(Call &call, const Json &report)
{
    std::map<std::string, std::string> prompts;
    for (const auto &p : RecordReader(call.db, call.session.orgId).list("prompt"))
        prompts[p["id"]] = english(p["text"]);
    CsvWriter csv;
    csv.row({ "figure", "week", "prompt_id", "prompt", "theme", "answers", "average_rating", "ratings", "trend",
        "earlier", "later", "said", "did", "happened_on", "published" });
    auto row = [&](std::map<std::string, std::string> cells) {
        csv.row({ cells["figure"], cells["week"], cells["prompt_id"], cells["prompt"], cells["theme"], cells["answers"],
            cells["average_rating"], cells["ratings"], cells["trend"], cells["earlier"], cells["later"], cells["said"],
            cells["did"], cells["happened_on"], cells["published"] });
    };
    row({ { "figure", "total" }, { "answers", number(report["total"]) } });
    for (const auto &w : report["answers_by_week"])
        row({ { "figure", "answers_by_week" }, { "week", w["week"].get<std::string>() },
            { "answers", number(w["answers"]) } });
    for (const auto &r : report["ratings_by_prompt_week"]) {
        // As the page shows it: one decimal.
        char average[32];
        std::snprintf(average, sizeof average, "%.1f", r["average"].get<double>());
        const std::string id = r["prompt_id"];
        row({ { "figure", "rating_by_prompt_week" }, { "week", r["week"].get<std::string>() }, { "prompt_id", id },
            { "prompt", prompts.count(id) ? prompts[id] : std::string() }, { "average_rating", average },
            { "ratings", number(r["count"]) } });
    }
    for (const auto &t : report["themes"])
        row({ { "figure", "theme" }, { "theme", t["theme"].get<std::string>() }, { "answers", number(t["answers"]) },
            { "trend", t["trend"].get<std::string>() }, { "earlier", number(t["earlier"]) },
            { "later", number(t["later"]) } });
    for (const auto &o : report["you_said_we_did"])
        row({ { "figure", "you_said_we_did" }, { "said", english(o["said"]) }, { "did", english(o["did"]) },
            { "happened_on", day(o["happened_at"]) }, { "published", o["published"] == true ? "yes" : "no" } });
    return csv.take(true);
}
} // namespace

void installReportApi(Router &router)
{
    router.get("/dashboard/api/report.json", [](Call &call) -> Json { return reportOf(call); });
    router.get("/dashboard/api/report.csv", [](Call &call) -> Json {
        const std::string text = reportCsv(call, reportOf(call));
        call.res.set_header("Content-Disposition", "attachment; filename=\"chorus-report.csv\"");
        call.res.set_header("Cache-Control", "no-store");
        call.res.set_content(text, "text/csv; charset=utf-8");
        call.raw = true;
        return {};
    });
}

} // namespace chorus::server::dashboard
