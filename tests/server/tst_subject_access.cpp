// Subject access on SQLite and PostgreSQL: everything held about a person is found by their
// reference code or by the contact detail they left (typed loosely, never another organisation's),
// exported as JSON with their words and media, and erased everywhere; each step audited by answer
// id, never by what they said or the detail they were found by.

#include "../sync/check.h"
#include "canaryscan.h"
#include "dashboardsession.h"
#include "serverharness.h"

#include <algorithm>

using namespace chorus::test;

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "subject");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    const std::string otherOrg = admin(db, { "create-org", "Other" })["id"];
    const std::string otherSite = admin(db, { "create-site", otherOrg, "Elsewhere" })["id"];
    ServerProcess server(db, dir.path() / "media");
    DashboardSession admin(server, db, org, "admin@example.org", true);

    const std::string voice = "OggS CANARY-SAR-VOICE of the person";
    const std::string sha = sha256Hex(voice);
    auto kiosk = enrol(server, db, org, site, "kiosk");
    auto tablet = enrol(server, db, org, site, "outreach");
    auto other = enrol(server, db, otherOrg, otherSite, "kiosk");
    const Json consent { { "anonymous", false }, { "quote", false }, { "contact", true } };
    kiosk->write("contribution", "sar-1",
        { { "text", "CANARY-SAR-TEXT first" }, { "reference", "AAAA-BBBB-CCCC" }, { "consent", consent },
            { "contact_name", "Sam" }, { "contact_detail", "(07700) 900123" }, { "media", { sha } } });
    tablet->write("contribution", "sar-2",
        { { "text", "CANARY-SAR-TEXT second" }, { "reference", "DDDD-EEEE-FFFF" }, { "consent", consent },
            { "contact_detail", "07700 900-123" } });
    kiosk->write("contribution", "keep", { { "text", "someone else" }, { "reference", "GGGG-HHHH-JJJJ" } });
    other->write(
        "contribution", "other-org", { { "text", "other organisation" }, { "contact_detail", "07700900123" } });
    CHECK_EQ(kiosk->push().status, 200);
    CHECK_EQ(tablet->push().status, 200);
    CHECK_EQ(other->push().status, 200);
    CHECK_EQ(
        kiosk->put("/v1/media/" + sha + "?offset=0", voice, { { "Chorus-Media-Size", std::to_string(voice.size()) } })
            .status,
        200);

    CHECK_EQ(admin.get("/dashboard/api/subject-access").status, 400);
    CHECK_EQ(admin.get("/dashboard/api/subject-access?reference=x&contact=y").status, 400);
    // By contact detail, typed another way: both of this organisation's answers, not the other's.
    const Response byContact = admin.get("/dashboard/api/subject-access?contact=07700%20900%20123");
    CHECK_EQ(byContact.status, 200);
    std::vector<std::string> ids;
    for (const auto &a : byContact.body.value("answers", Json::array()))
        ids.push_back(a.value("id", ""));
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>({ "sar-1", "sar-2" }));
    // By reference, typed loosely.
    const Response byReference = admin.get("/dashboard/api/subject-access?reference=aaaabbbbcccc");
    CHECK_EQ(byReference.body.value("answers", Json::array()).size(), 1u);

    // The export: their words, choices, contact details and the voice note's bytes.
    const Response exported = admin.get("/dashboard/api/subject-access/export?contact=07700900123");
    CHECK_EQ(exported.status, 200);
    CHECK_EQ(exported.body.value("answers", Json::array()).size(), 2u);
    CHECK(exported.raw.find("CANARY-SAR-TEXT first") != std::string::npos);
    CHECK(exported.raw.find("\"contact_name\": \"Sam\"") != std::string::npos);
    bool voiceExported = false;
    for (const auto &a : exported.body.value("answers", Json::array()))
        for (const auto &m : a.value("media_files", Json::array()))
            voiceExported = voiceExported || (m.value("sha256", "") == sha && m.value("size", 0u) == voice.size());
    CHECK(voiceExported);

    // Erasure: all of this organisation's or nothing; then gone everywhere.
    CHECK_EQ(admin.post("/dashboard/api/subject-access/erase", { { "ids", { "sar-1", "other-org" } } }).status, 404);
    CHECK_EQ(admin.get("/dashboard/api/contributions/sar-1").status, 200);
    CHECK_EQ(admin.post("/dashboard/api/subject-access/erase", { { "ids", Json::array() } }).status, 400);
    const Response erased = admin.post("/dashboard/api/subject-access/erase", { { "ids", ids } });
    CHECK_EQ(erased.status, 200);
    CHECK_EQ(erased.body.value("erased", Json::array()).size(), 2u);
    CHECK_EQ(admin.get("/dashboard/api/contributions/sar-1").status, 404);
    CHECK_EQ(admin.get("/dashboard/api/contributions/sar-2").status, 404);
    CHECK_EQ(admin.get("/dashboard/api/contributions/keep").status, 200);
    CHECK_EQ(admin.get("/dashboard/api/subject-access?contact=07700900123").body["answers"].size(), 0u);
    CHECK_EQ(tablet->pullAll().status, 200);
    CHECK(tablet->store->isWithdrawn("sar-2"));
    auto late = enrol(server, db, org, site, "coordinator");
    CHECK(late->get("/v1/pull?cursor=0&limit=1000").raw.find("CANARY-SAR") == std::string::npos);
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-SAR-TEXT").empty());
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-SAR-VOICE").empty());
    // The details as this person left them (the other organisation's "07700900123" stays, rightly).
    CHECK(whereCanaryIs(db, dir.path(), "(07700) 900123").empty());
    CHECK(whereCanaryIs(db, dir.path(), "07700 900-123").empty());

    // Audited by id; the audit holds neither their words nor the detail they were found by.
    const Response audit = admin.get("/dashboard/api/audit");
    for (const char *action : { "subject_access.find", "subject_access.export", "subject_access.erase" })
        CHECK(audit.raw.find(action) != std::string::npos);
    CHECK(audit.raw.find("900123") == std::string::npos);
    CHECK(audit.raw.find("CANARY") == std::string::npos);
    return tally().finish();
}
