// Withdrawal at the desk through the server, on SQLite and PostgreSQL: a kiosk sends the code a
// person gives for an answer made on another device. Exactly one answer of the organisation with
// the code: it is withdrawn everywhere (the device that made it is told, a coordinator device
// enrolled later never receives it, and its words and voice note are in no table or file). Several
// answers with the code (codes are unique per device only): none is withdrawn and the kiosk is told
// how many. No answer, another organisation's answer, or a code withdrawn already: not found.
// Malformed codes get 400. Each withdrawal and each ambiguous match is audited by id.

#include "../sync/check.h"
#include "canaryscan.h"
#include "dashboardsession.h"
#include "serverharness.h"

using namespace chorus::test;

namespace {
Response byCode(Device &device, const std::string &code)
{
    return device.post("/v1/withdraw-by-code", Json { { "reference", code } }.dump());
}

bool withdrawnOnServer(const std::string &db, const std::string &id)
{
    auto c = openServerDatabase(db);
    auto s = c->prepare("SELECT coalesce(withdrawn, 0) FROM contributions WHERE id = ?1");
    s.bind(1, id);
    return s.step() && s.integer(0) != 0;
}
} // namespace

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "desk");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    const std::string otherOrg = admin(db, { "create-org", "Other" })["id"];
    const std::string otherSite = admin(db, { "create-site", otherOrg, "Elsewhere" })["id"];
    ServerProcess server(db, dir.path() / "media");

    const std::string voice = "OggS CANARY-DESK-VOICE of the person";
    const std::string sha = sha256Hex(voice);
    auto madeHere = enrol(server, db, org, site, "kiosk");
    auto desk = enrol(server, db, org, site, "kiosk");
    auto tablet = enrol(server, db, org, site, "outreach");
    auto other = enrol(server, db, otherOrg, otherSite, "kiosk");
    madeHere->write("contribution", "person",
        { { "text", "CANARY-DESK-TEXT what the person said" }, { "reference", "AAAA-BBBB-CCCC" },
            { "media", { sha } } });
    // Two devices gave the same code (rare, but codes are unique per device only).
    madeHere->write("contribution", "twin-1", { { "text", "first twin" }, { "reference", "TTTT-UUUU-VVVV" } });
    tablet->write("contribution", "twin-2", { { "text", "second twin" }, { "reference", "TTTT-UUUU-VVVV" } });
    other->write("contribution", "other-org", { { "text", "other organisation" }, { "reference", "WWWW-XXXX-YYYY" } });
    CHECK_EQ(madeHere->push().status, 200);
    CHECK_EQ(tablet->push().status, 200);
    CHECK_EQ(other->push().status, 200);
    CHECK_EQ(
        madeHere->put(
                    "/v1/media/" + sha + "?offset=0", voice, { { "Chorus-Media-Size", std::to_string(voice.size()) } })
            .status,
        200);

    // Bad input: a clear 400, nothing withdrawn.
    CHECK_EQ(desk->post("/v1/withdraw-by-code", "{}").status, 400);
    CHECK_EQ(desk->post("/v1/withdraw-by-code", "not json").status, 400);
    CHECK_EQ(byCode(*desk, "K7P3").status, 400);
    CHECK_EQ(desk->post("/v1/withdraw-by-code", Json { { "reference", 7 } }.dump()).status, 400);
    // A stranger is refused before anything is read.
    Device stranger(server, "not-a-token", "nobody");
    CHECK_EQ(byCode(stranger, "AAAA-BBBB-CCCC").status, 401);

    // Several answers share the code: neither is withdrawn; the kiosk hears how many.
    const Response several = byCode(*desk, "tttt uuuu vvvv");
    CHECK_EQ(several.status, 200);
    CHECK_EQ(several.body.value("outcome", ""), std::string("several"));
    CHECK_EQ(several.body.value("matches", 0), 2);
    CHECK(!withdrawnOnServer(db, "twin-1"));
    CHECK(!withdrawnOnServer(db, "twin-2"));

    // Another organisation's code is not found, and stays.
    CHECK_EQ(byCode(*desk, "WWWW-XXXX-YYYY").body.value("outcome", ""), std::string("not_found"));
    CHECK(!withdrawnOnServer(db, "other-org"));

    // Exactly one: withdrawn everywhere, typed loosely.
    const Response done = byCode(*desk, "aaaabbbbcccc");
    CHECK_EQ(done.status, 200);
    CHECK_EQ(done.body.value("outcome", ""), std::string("withdrawn"));
    CHECK(withdrawnOnServer(db, "person"));
    // Asked again (a retry after a lost answer): nothing left to withdraw.
    CHECK_EQ(byCode(*desk, "AAAA-BBBB-CCCC").body.value("outcome", ""), std::string("not_found"));
    // The kiosk the answer came from is told, and purges it.
    CHECK_EQ(madeHere->pullAll().status, 200);
    CHECK(madeHere->store->isWithdrawn("person"));
    auto late = enrol(server, db, org, site, "coordinator");
    CHECK(late->get("/v1/pull?cursor=0&limit=1000").raw.find("CANARY-DESK") == std::string::npos);
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-DESK-TEXT").empty());
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-DESK-VOICE").empty());

    // Audited by answer id and asking device; never the words.
    const Response audit = DashboardSession(server, db, org, "admin@example.org", true).get("/dashboard/api/audit");
    CHECK(audit.raw.find("contribution.withdraw_at_desk") != std::string::npos);
    CHECK(audit.raw.find("withdrawal.several_at_desk") != std::string::npos);
    CHECK(audit.raw.find(desk->id) != std::string::npos);
    CHECK(audit.raw.find("CANARY-DESK") == std::string::npos);
    return tally().finish();
}
