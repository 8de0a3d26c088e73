// Retention on SQLite and PostgreSQL: answers older than the organisation's period (24 months unless
// an admin sets another) are purged everywhere like a withdrawal (record, change log, media, files,
// devices), leaving only anonymous counts by prompt, month, format and rating for the charts.

#include "../sync/check.h"
#include "canaryscan.h"
#include "dashboardsession.h"
#include "serverharness.h"

using namespace chorus::test;

namespace {
constexpr std::int64_t kMonthMs = 2629746000LL;
} // namespace

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "retention");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    ServerProcess server(db, dir.path() / "media");
    DashboardSession adminSession(server, db, org, "admin@example.org", true);
    DashboardSession coordinator(server, db, org, "coord@example.org");

    const std::int64_t now = chorus::sync::HybridClock::systemWallMs();
    const std::int64_t old = now - 30 * kMonthMs;
    const std::string voice = "OggS CANARY-RETAINED-VOICE of an old answer";
    const std::string sha = sha256Hex(voice);
    auto kiosk = enrol(server, db, org, site, "kiosk");
    auto tablet = enrol(server, db, org, site, "coordinator");
    kiosk->write("contribution", "old-1",
        { { "text", "CANARY-RETAINED-TEXT one" }, { "prompt_id", "p-1" }, { "format", "speak" }, { "rating", 4 },
            { "created_at", old }, { "media", { sha } } });
    kiosk->write("contribution", "old-2",
        { { "text", "CANARY-RETAINED-TEXT two" }, { "prompt_id", "p-1" }, { "format", "speak" }, { "rating", 4 },
            { "created_at", old + 1000 } });
    kiosk->write("contribution", "old-3",
        { { "prompt_id", "p-2" }, { "format", "faces" }, { "created_at", old + 2000 } });
    kiosk->write("contribution", "recent", { { "text", "still kept" }, { "prompt_id", "p-1" }, { "format", "write" },
                                               { "created_at", now - 23 * kMonthMs } });
    CHECK_EQ(kiosk->push().status, 200);
    CHECK_EQ(kiosk->put("/v1/media/" + sha + "?offset=0", voice, { { "Chorus-Media-Size", std::to_string(voice.size()) } })
                 .status,
        200);
    CHECK_EQ(tablet->pullAll().status, 200);
    CHECK(!filesContaining(dir.path(), "CANARY-RETAINED-VOICE").empty());

    // The period: 24 months by default; only an admin changes it, within 1 to 120.
    CHECK_EQ(coordinator.get("/dashboard/api/retention").body.value("months", 0), 24);
    CHECK_EQ(coordinator.post("/dashboard/api/retention", { { "months", 12 } }).status, 403);
    CHECK_EQ(adminSession.post("/dashboard/api/retention", { { "months", 0 } }).status, 400);
    CHECK_EQ(adminSession.post("/dashboard/api/retention", { { "months", "24" } }).status, 400);
    CHECK_EQ(coordinator.post("/dashboard/api/retention/purge").status, 403);

    const Response purged = adminSession.post("/dashboard/api/retention/purge");
    CHECK_EQ(purged.status, 200);
    CHECK_EQ(purged.body.value("purged", -1), 3);
    for (const char *id : { "old-1", "old-2", "old-3" })
        CHECK_EQ(coordinator.get(std::string("/dashboard/api/contributions/") + id).status, 404);
    CHECK_EQ(coordinator.get("/dashboard/api/contributions/recent").body.value("text", ""), std::string("still kept"));
    CHECK_EQ(kiosk->get("/v1/media/" + sha + "/status").status, 410);

    // Only anonymous counts remain, and the charts read them.
    const Json counts = coordinator.get("/dashboard/api/retained-counts").body.value("counts", Json::array());
    CHECK_EQ(counts.size(), 2u);
    if (counts.size() == 2) {
        const Json &speak = counts[0]["prompt_id"] == "p-1" ? counts[0] : counts[1];
        const Json &faces = counts[0]["prompt_id"] == "p-1" ? counts[1] : counts[0];
        CHECK_EQ(speak["format"], Json("speak"));
        CHECK_EQ(speak["rating"], Json(4));
        CHECK_EQ(speak["count"], Json(2));
        CHECK_EQ(faces["format"], Json("faces"));
        CHECK(faces["rating"].is_null());
        CHECK_EQ(faces["count"], Json(1));
        CHECK_EQ(speak["month"].get<std::string>().size(), 7u);
        CHECK(speak.size() == 5u); // prompt, month, format, rating, count: nothing else
    }
    CHECK_EQ(coordinator.get("/dashboard/api/retained-counts?prompt=p-2").body["counts"].size(), 1u);
    CHECK_EQ(coordinator.get("/dashboard/api/retained-counts?from=" + std::to_string(old + 40 * 86400000LL))
                 .body["counts"]
                 .size(),
        0u);
    CHECK_EQ(coordinator.get("/dashboard/api/retained-counts?to=" + std::to_string(old + 40 * 86400000LL))
                 .body["counts"]
                 .size(),
        2u);
    const Response bySite = coordinator.get("/dashboard/api/retained-counts?site=" + site);
    if (bySite.body["applies"] != Json(false))
        std::fprintf(stderr, "by site: %d %s\n", bySite.status, bySite.raw.c_str());
    CHECK_EQ(bySite.body["applies"], Json(false));

    // Everywhere: devices that held them are told, a coordinator device enrolled later never sees
    // them, and no table or file of the server holds a byte of them.
    CHECK_EQ(tablet->pullAll().status, 200);
    CHECK(tablet->store->isWithdrawn("old-1"));
    CHECK_EQ(kiosk->pullAll().status, 200);
    CHECK(kiosk->store->isWithdrawn("old-2"));
    auto late = enrol(server, db, org, site, "coordinator");
    CHECK(late->get("/v1/pull?cursor=0&limit=1000").raw.find("CANARY-RETAINED") == std::string::npos);
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-RETAINED-TEXT").empty());
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-RETAINED-VOICE").empty());

    // A second run purges nothing more and counts nothing twice; a shorter period takes effect.
    CHECK_EQ(adminSession.post("/dashboard/api/retention/purge").body.value("purged", -1), 0);
    CHECK_EQ(adminSession.post("/dashboard/api/retention", { { "months", 12 } }).status, 200);
    CHECK_EQ(coordinator.get("/dashboard/api/retention").body.value("months", 0), 12);
    CHECK_EQ(adminSession.post("/dashboard/api/retention/purge").body.value("purged", -1), 1);
    CHECK_EQ(coordinator.get("/dashboard/api/contributions/recent").status, 404);
    CHECK_EQ(coordinator.get("/dashboard/api/retained-counts?prompt=p-1").body["counts"].size(), 2u);
    CHECK(adminSession.get("/dashboard/api/audit").raw.find("retention.set") != std::string::npos);
    return tally().finish();
}
