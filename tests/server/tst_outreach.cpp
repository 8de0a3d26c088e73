// Outreach on SQLite and PostgreSQL: a coordinator publishes workers with a PIN the server keeps only
// as a hash (never shown, audited or sent back); outreach tablets receive workers with that hash and
// kiosks do not; a tablet writes its own sessions and answers marked with the session and the worker
// who helped, which kiosks may not; the sessions view counts answers and the assisted share per
// session, filters by worker and exports CSV; the review, exports and summary filter and show
// assisted answers; a withdrawn answer leaves every count. Outreach tablets (not kiosks) pull the
// organisation's sites; a session names one of them, never another organisation's.

#include "../sync/check.h"
#include "dashboardsession.h"
#include "serverharness.h"

#include <sodium.h>

using namespace chorus::test;

namespace {
bool verifies(const Json &hash, const std::string &pin)
{
    return hash.is_string() && crypto_pwhash_str_verify(hash.get<std::string>().c_str(), pin.data(), pin.size()) == 0;
}

Json sessionById(const DashboardSession &s, const std::string &id, const std::string &query = {})
{
    for (const auto &item : s.get("/dashboard/api/outreach-sessions" + query).body.value("sessions", Json::array()))
        if (item.value("id", "") == id)
            return item;
    return nullptr;
}

std::vector<std::string> reviewIds(const DashboardSession &s, const std::string &query)
{
    std::vector<std::string> ids;
    for (const auto &c : s.get("/dashboard/api/contributions?" + query).body.value("contributions", Json::array()))
        ids.push_back(c.value("id", ""));
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

int main()
{
    if (sodium_init() < 0)
        return 1;
    TempDir dir;
    const std::string db = newServerDatabase(dir, "outreach");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Food bank" })["id"];
    const std::string hostel = admin(db, { "create-site", org, "Hostel" })["id"];
    const std::string otherOrg = admin(db, { "create-org", "Other" })["id"];
    const std::string otherSite = admin(db, { "create-site", otherOrg, "Elsewhere" })["id"];
    ServerProcess server(db, dir.path() / "media");
    DashboardSession coordinator(server, db, org, "coord@example.org");
    DashboardSession adminSession(server, db, org, "admin@example.org", true);
    // Three days ago, in milliseconds: the server refuses times that are not plausible.
    const std::int64_t t0 = chorus::sync::HybridClock::systemWallMs() - 3 * 24 * 3600 * 1000LL;

    // Workers: a PIN is 4 to 8 digits; only whether one is set comes back.
    CHECK_EQ(coordinator.post("/dashboard/api/workers", { { "name", "Aled" }, { "pin", "12" } }).status, 400);
    CHECK_EQ(coordinator.post("/dashboard/api/workers", { { "name", "Aled" }, { "pin", "12ab" } }).status, 400);
    CHECK_EQ(coordinator.post("/dashboard/api/workers", { { "name", "" }, { "pin", "2468" } }).status, 400);
    CHECK_EQ(coordinator.post("/dashboard/api/workers", { { "name", "Aled" } }).status, 400);
    CHECK_EQ(coordinator.post("/dashboard/api/workers", { { "name", "Aled" }, { "pin", 2468 } }).status, 400);
    const Response aled = coordinator.post("/dashboard/api/workers", { { "name", "Aled" }, { "pin", "2468" } });
    CHECK_EQ(aled.status, 200);
    const Response noor = coordinator.post("/dashboard/api/workers", { { "name", "Noor" }, { "pin", "97531" } });
    const std::string aledId = aled.body.value("id", ""), noorId = noor.body.value("id", "");
    CHECK(!aledId.empty() && !noorId.empty());
    CHECK_EQ(aled.body.value("has_pin", false), true);
    CHECK(!aled.body.contains("pin_hash") && !aled.body.contains("pin"));
    const Response list = coordinator.get("/dashboard/api/workers");
    CHECK_EQ(list.body["workers"].size(), std::size_t(2));
    CHECK(list.raw.find("2468") == std::string::npos && list.raw.find("argon2") == std::string::npos);
    CHECK_EQ(coordinator.post("/dashboard/api/workers/nobody", { { "name", "X" } }).status, 404);
    CHECK_EQ(coordinator.post("/dashboard/api/workers/" + aledId, { { "pin", "1357" } }).status, 200);
    const Response audit = adminSession.get("/dashboard/api/audit");
    CHECK(audit.raw.find("worker.create") != std::string::npos);
    CHECK(audit.raw.find("2468") == std::string::npos && audit.raw.find("1357") == std::string::npos);
    CHECK(audit.raw.find("argon2") == std::string::npos);

    // Tablets: an outreach tablet gets the workers and their hashes; a kiosk gets neither.
    auto tablet = enrol(server, db, org, site, "outreach");
    auto kiosk = enrol(server, db, org, site, "kiosk");
    CHECK_EQ(tablet->pullAll().status, 200);
    CHECK_EQ(kiosk->pullAll().status, 200);
    CHECK(verifies(fieldOf(tablet->read("worker", aledId), "pin_hash"), "1357"));
    CHECK(!verifies(fieldOf(tablet->read("worker", aledId), "pin_hash"), "2468"));
    CHECK(verifies(fieldOf(tablet->read("worker", noorId), "pin_hash"), "97531"));
    CHECK(!kiosk->read("worker", aledId));
    // The organisation's sites, by name, to the tablet only.
    const Response tabletPull = tablet->pullAll();
    CHECK(tabletPull.body.value("sites", Json()) == Json::array({ { { "id", site }, { "name", "Food bank" } },
                                                      { { "id", hostel }, { "name", "Hostel" } } }));
    CHECK(!kiosk->pullAll().body.contains("sites"));
    CHECK(kiosk->dump("workers").find("argon2") == std::string::npos);

    // A kiosk may not write a session; a tablet writes its own.
    kiosk->write("outreach_session", "k-sess", { { "worker_id", aledId }, { "place", "Hall" } });
    CHECK_EQ(kiosk->push().status, 403);
    kiosk->outbox.clear();
    // Only a tablet marks an answer assisted, and only by a worker of its organisation.
    kiosk->write("contribution", "k-assisted", { { "text", "x" }, { "created_at", t0 }, { "assisted_by", aledId } });
    CHECK_EQ(kiosk->push().status, 403);
    kiosk->outbox.clear();
    tablet->write("contribution", "t-stranger", { { "text", "x" }, { "created_at", t0 }, { "assisted_by", "nobody" } });
    const Response stranger = tablet->push();
    CHECK_EQ(stranger.status, 422);
    CHECK(stranger.raw.find("no worker of this organisation") != std::string::npos);
    tablet->outbox.clear();
    // A session's site is one of the organisation's.
    for (const std::string &foreign : { otherSite, std::string("no-such-site") }) {
        tablet->write("outreach_session", "s-foreign", { { "worker_id", aledId }, { "site_id", foreign },
                                                           { "place", "Elsewhere" }, { "started_at", t0 } });
        const Response refused = tablet->push();
        CHECK_EQ(refused.status, 422);
        CHECK(refused.raw.find("names no site of this organisation") != std::string::npos);
        tablet->outbox.clear();
    }
    tablet->write("outreach_session", "s-hostel", { { "worker_id", noorId }, { "site_id", hostel },
                                                     { "place", "Hostel" }, { "started_at", t0 + 100 },
                                                     { "ended_at", t0 + 200 } });
    tablet->write("outreach_session", "s-street",
        { { "worker_id", aledId }, { "place", "Market street" }, { "started_at", t0 + 1000 },
            { "ended_at", t0 + 5000 } });
    tablet->write("outreach_session", "s-foodbank",
        { { "worker_id", noorId }, { "site_id", site }, { "place", "" }, { "started_at", t0 + 6000 } });
    for (int i = 0; i < 4; ++i)
        tablet->write("contribution", "street-" + std::to_string(i),
            { { "text", "street answer " + std::to_string(i) }, { "created_at", t0 + 2000 + i }, { "format", "write" },
                { "outreach_session_id", "s-street" }, { "assisted_by", i < 1 ? Json(aledId) : Json(nullptr) } });
    tablet->write("contribution", "food-0",
        { { "text", "helped to say this" }, { "created_at", t0 + 7000 }, { "format", "write" },
            { "outreach_session_id", "s-foodbank" }, { "assisted_by", noorId } });
    tablet->write("contribution", "food-1",
        { { "rating", 4 }, { "created_at", t0 + 7001 }, { "format", "faces" },
            { "outreach_session_id", "s-foodbank" } });
    CHECK_EQ(tablet->push().status, 200);

    Json street = sessionById(coordinator, "s-street");
    CHECK_EQ(street.value("answers", -1), 4);
    CHECK_EQ(street.value("assisted", -1), 1);
    CHECK_EQ(street.value("assisted_share", 0.0), 0.25);
    CHECK_EQ(street.value("worker", ""), std::string("Aled"));
    CHECK_EQ(street.value("place", ""), std::string("Market street"));
    CHECK_EQ(street.value("ended_at", std::int64_t(0)), t0 + 5000);
    const Json food = sessionById(coordinator, "s-foodbank");
    CHECK_EQ(food.value("place", ""), std::string("Food bank")); // the site's name when none was typed
    CHECK_EQ(food.value("answers", -1), 2);
    CHECK(food["ended_at"].is_null());
    CHECK(!sessionById(coordinator, "s-foodbank", "?worker=" + aledId).is_object());
    CHECK(sessionById(coordinator, "s-street", "?worker=" + aledId).is_object());
    CHECK(!sessionById(coordinator, "k-sess").is_object());
    CHECK(!sessionById(coordinator, "s-foreign").is_object());
    const Json atHostel = sessionById(coordinator, "s-hostel");
    CHECK_EQ(atHostel.value("site_id", ""), hostel);
    CHECK_EQ(atHostel.value("site", ""), std::string("Hostel"));
    CHECK_EQ(street.value("site", "?"), std::string()); // a typed place names no site

    // The review filters by session, worker and assisted; a bad value is refused.
    CHECK(reviewIds(coordinator, "outreach_session=s-foodbank") == std::vector<std::string>({ "food-0", "food-1" }));
    CHECK(reviewIds(coordinator, "assisted=1") == std::vector<std::string>({ "food-0", "street-0" }));
    CHECK(reviewIds(coordinator, "worker=" + noorId) == std::vector<std::string>({ "food-0", "food-1" }));
    CHECK(reviewIds(coordinator, "worker=" + noorId + "&assisted=0") == std::vector<std::string>({ "food-1" }));
    CHECK_EQ(coordinator.get("/dashboard/api/contributions?assisted=maybe").status, 400);
    const Json cards = coordinator.get("/dashboard/api/contributions?outreach_session=s-foodbank&assisted=1")
                           .body.value("contributions", Json::array());
    CHECK(cards.size() == 1 && cards[0].value("assisted_by", "") == noorId);

    // Exports and the summary say who helped.
    const Response csv = coordinator.get("/dashboard/api/export.csv?assisted=1");
    CHECK_EQ(csv.status, 200);
    CHECK(csv.raw.find("assisted_by") != std::string::npos);
    CHECK(csv.raw.find("helped to say this") != std::string::npos && csv.raw.find(",Noor") != std::string::npos);
    CHECK(csv.raw.find("street answer 1") == std::string::npos);
    const Response json = coordinator.get("/dashboard/api/export.json?outreach_session=s-street");
    const Json rows = Json::parse(json.raw, nullptr, false);
    CHECK(rows.is_object() && rows["contributions"].size() == 4);
    int assistedRows = 0;
    for (const auto &r : rows.value("contributions", Json::array()))
        if (r.value("assisted", false) == true && r.value("assisted_by", "") == "Aled")
            ++assistedRows;
    CHECK_EQ(assistedRows, 1);
    CHECK_EQ(coordinator.get("/dashboard/api/summary").body.value("assisted", -1), 2);
    const Response sessionsCsv = coordinator.get("/dashboard/api/outreach-sessions.csv?worker=" + aledId);
    CHECK_EQ(sessionsCsv.status, 200);
    CHECK(sessionsCsv.raw.find("Market street") != std::string::npos);
    CHECK(sessionsCsv.raw.find("Food bank") == std::string::npos);
    const Response noorCsv = coordinator.get("/dashboard/api/outreach-sessions.csv?worker=" + noorId);
    CHECK(noorCsv.raw.find("id,place,site_id,site,worker,") != std::string::npos);
    CHECK(noorCsv.raw.find("s-hostel,Hostel," + hostel + ",Hostel,") != std::string::npos);

    // A withdrawn answer leaves the counts.
    tablet->write("contribution", "street-0", { { "withdrawn", true } });
    CHECK_EQ(tablet->push().status, 200);
    street = sessionById(coordinator, "s-street");
    CHECK_EQ(street.value("answers", -1), 3);
    CHECK_EQ(street.value("assisted", -1), 0);
    CHECK_EQ(coordinator.get("/dashboard/api/summary").body.value("assisted", -1), 1);

    // A retired worker stays listed (their sessions name them) and reaches the tablet as retired.
    CHECK_EQ(coordinator.post("/dashboard/api/workers/" + noorId, { { "retired", true } }).status, 200);
    CHECK_EQ(tablet->pullAll().status, 200);
    CHECK_EQ(fieldOf(tablet->read("worker", noorId), "retired"), Json(true));
    return tally().finish();
}
