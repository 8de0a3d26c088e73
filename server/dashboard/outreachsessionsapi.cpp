// Outreach sessions for coordinators: each worker's stretch of collecting (place: the organisation's
// site it was at, or the place the worker typed; worker, tablet,
// when it started and ended), how many answers it brought and how many of those a worker helped
// with; filtered by worker, and exported as CSV. The answers of one session or one worker are the
// review's and the exports' filters (`outreach_session`, `worker`, `assisted`: ContributionFilter).

#include "apierror.h"
#include "apis.h"
#include "csvwriter.h"
#include "model/schema.h"
#include "recordreader.h"

#include <map>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
struct Tally {
    std::int64_t answers = 0;
    std::int64_t assisted = 0;
};

std::map<std::string, std::string> namesOf(Call &call, const char *sql)
{
    std::map<std::string, std::string> out;
    auto s = call.db.prepare(sql);
    s.bind(1, call.session.orgId);
    while (s.step())
        out[s.text(0)] = s.isNull(1) ? std::string() : s.text(1);
    return out;
}

Json sessionList(Call &call)
{
    RecordReader reader(call.db, call.session.orgId);
    std::map<std::string, Tally> tallies;
    {
        auto s = reader.query("r.outreach_session_id, count(*), sum(CASE WHEN coalesce(r.assisted_by, '') <> '' THEN 1 "
                              "ELSE 0 END)",
            sync::kinds::Contribution, "coalesce(r.withdrawn, 0) = 0 AND r.outreach_session_id IS NOT NULL", {},
            " GROUP BY r.outreach_session_id");
        while (s.step())
            tallies[s.text(0)] = { s.integer(1), s.integer(2) };
    }
    std::map<std::string, std::string> workers;
    for (const auto &w : reader.list(sync::kinds::Worker))
        workers[w["id"]] = w["name"].is_string() ? w["name"].get<std::string>() : std::string();
    const auto sites = namesOf(call, "SELECT id, name FROM sites WHERE org_id = ?1");
    const auto devices = namesOf(call,
        "SELECT o.record_id, d.name FROM record_owners o JOIN devices d ON d.id = o.origin_device"
        " WHERE o.org_id = ?1 AND o.kind = 'outreach_session'");
    std::string where;
    std::vector<Json> binds;
    if (const std::string worker = call.param("worker"); !worker.empty()) {
        where = "r.worker_id = ?2";
        binds.push_back(worker);
    }
    Json out = Json::array();
    auto nameIn = [](const std::map<std::string, std::string> &names, const Json &id) {
        if (!id.is_string())
            return std::string();
        const auto found = names.find(id.get<std::string>());
        return found == names.end() ? std::string() : found->second;
    };
    for (auto &s : reader.list(sync::kinds::OutreachSession, where, binds, "coalesce(r.started_at, 0) DESC, r.id")) {
        const Tally t = tallies.count(s["id"]) ? tallies[s["id"]] : Tally {};
        const std::string site = nameIn(sites, s["site_id"]);
        std::string place = s["place"].is_string() ? s["place"].get<std::string>() : std::string();
        if (place.empty())
            place = site;
        out.push_back({ { "id", s["id"] }, { "worker_id", s["worker_id"] },
            { "worker", nameIn(workers, s["worker_id"]) }, { "site_id", s["site_id"] }, { "site", site },
            { "place", place },
            { "device", nameIn(devices, s["id"]) }, { "started_at", s["started_at"] }, { "ended_at", s["ended_at"] },
            { "answers", t.answers }, { "assisted", t.assisted },
            { "assisted_share", t.answers ? double(t.assisted) / double(t.answers) : 0.0 } });
    }
    return out;
}

std::string cell(const Json &v)
{
    if (v.is_string())
        return v.get<std::string>();
    return v.is_null() ? std::string() : v.dump();
}
} // namespace

void installOutreachSessionsApi(Router &router)
{
    router.get("/dashboard/api/outreach-sessions", [](Call &call) -> Json {
        return { { "sessions", sessionList(call) } };
    });
    router.get("/dashboard/api/outreach-sessions.csv", [](Call &call) -> Json {
        const char *const columns[] = { "id", "place", "site_id", "site", "worker", "worker_id", "device", "started_at",
            "ended_at", "answers", "assisted", "assisted_share" };
        CsvWriter csv;
        csv.row(std::vector<std::string>(std::begin(columns), std::end(columns)));
        const Json sessions = sessionList(call);
        for (const auto &s : sessions) {
            std::vector<std::string> row;
            for (const char *c : columns)
                row.push_back(cell(s[c]));
            csv.row(row);
        }
        call.audit("export", "outreach_sessions", { { "rows", sessions.size() }, { "worker", call.param("worker") } });
        call.res.set_header("Content-Disposition", "attachment; filename=\"chorus-outreach-sessions.csv\"");
        call.res.set_header("Cache-Control", "no-store");
        call.res.set_content(csv.take(true), "text/csv; charset=utf-8");
        call.raw = true;
        return {};
    });
}

} // namespace chorus::server::dashboard
