// Redaction that holds, on SQLite and PostgreSQL: a coordinator redacts a contribution's text and
// takes out its voice note; the original is then in no table, no change-log entry, no media file and
// no byte of the server's files; a later write from the device that made it (even with a clock far
// ahead, even claiming to lift the redaction) cannot bring it back; the device that made it and
// every coordinator device receive the redaction; a coordinator device enrolled afterwards never
// receives the original; only a coordinator lifts the redaction.

#include "../sync/check.h"
#include "canaryscan.h"
#include "dashboardsession.h"
#include "serverharness.h"

using namespace chorus::test;
namespace fs = std::filesystem;

namespace {

const std::string kCanaryText = "CANARY-TEXT-Quentin lives at 4 Birch Row";
const std::string kCanaryVoice = "OggS CANARY-VOICE-bytes of a voice note naming Quentin";
const std::string kRedacted = "He told us about [name removed]";

// A change pushed as a device whose clock runs an hour ahead (the server clamps it to its bound).
Json aheadEdit(Device &d, const std::string &changeId, const std::string &record, const Json &fields)
{
    const std::int64_t ahead = chorus::sync::HybridClock::systemWallMs() + 3600 * 1000;
    Json out = Json::object();
    std::uint32_t counter = 0;
    for (const auto &[name, value] : fields.items())
        out[name]
            = { { "value", value }, { "version", chorus::sync::Version { { ahead, counter++ }, d.id }.toString() },
                  { "base", d.store->fieldVersion("contribution", record, name) } };
    return { { "batch", "ahead-" + changeId },
        { "changes",
            Json::array(
                { { { "id", changeId }, { "kind", "contribution" }, { "record", record }, { "fields", out } } }) } };
}
} // namespace

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "redaction");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    ServerProcess server(db, dir.path() / "media");
    DashboardSession dash(server, db, org, "admin@example.org", true);

    auto kiosk = enrol(server, db, org, site, "kiosk");
    auto coordinator = enrol(server, db, org, site, "coordinator");
    const std::string sha = sha256Hex(kCanaryVoice);
    kiosk->write("contribution", "r-1",
        { { "text", kCanaryText }, { "media", { sha } }, { "format", "speak" }, { "redacted", false } });
    CHECK_EQ(kiosk->push().status, 200);
    CHECK_EQ(kiosk
                 ->put("/v1/media/" + sha + "?offset=0", kCanaryVoice,
                     { { "Chorus-Media-Size", std::to_string(kCanaryVoice.size()) } })
                 .status,
        200);
    CHECK_EQ(coordinator->pullAll().status, 200);
    CHECK_EQ(fieldOf(coordinator->read("contribution", "r-1"), "text"), kCanaryText);
    // Without this the scans below would prove nothing.
    CHECK(!filesContaining(dir.path(), kCanaryVoice).empty());

    // The redaction: new words, and the voice note taken out.
    CHECK_EQ(dash.post("/dashboard/api/contributions/r-1/redact", { { "text", 42 } }).status, 400);
    CHECK_EQ(
        dash.post("/dashboard/api/contributions/r-1/redact", { { "remove_media", { std::string(64, 'a') } } }).status,
        400);
    const Response redacted
        = dash.post("/dashboard/api/contributions/r-1/redact", { { "text", kRedacted }, { "remove_media", { sha } } });
    CHECK_EQ(redacted.status, 200);
    CHECK_EQ(redacted.body.value("text", ""), kRedacted);
    CHECK_EQ(redacted.body.value("media", Json()), Json::array());
    CHECK_EQ(redacted.body["redacted"], Json(true));
    CHECK_EQ(dash.get("/dashboard/api/media/" + sha).status, 404);
    CHECK_EQ(kiosk->get("/v1/media/" + sha + "/status").status, 410);

    // The device that made it writes again with a clock an hour ahead, and tries to lift the
    // redaction itself: neither takes.
    const Response back = kiosk->post(
        "/v1/push", aheadEdit(*kiosk, "back-1", "r-1", { { "text", "CANARY-BACK" }, { "media", { sha } } }).dump());
    CHECK_EQ(back.status, 200);
    const Response lift = kiosk->post(
        "/v1/push", aheadEdit(*kiosk, "back-2", "r-1", { { "text", "CANARY-BACK" }, { "redacted", false } }).dump());
    CHECK_EQ(lift.status, 200);
    const Json held = dash.get("/dashboard/api/contributions/r-1").body;
    CHECK_EQ(held.value("text", ""), kRedacted);
    CHECK_EQ(held["redacted"], Json(true));
    CHECK_EQ(held.value("media", Json()), Json::array());
    CHECK_EQ(kiosk
                 ->put("/v1/media/" + sha + "?offset=0", kCanaryVoice,
                     { { "Chorus-Media-Size", std::to_string(kCanaryVoice.size()) } })
                 .status,
        410);

    // Every replica that held it receives the redaction: the kiosk it came from and the coordinator.
    // A kiosk holds no one's words (issue 17), so its copy of the text is emptied, not replaced.
    CHECK_EQ(kiosk->pullAll().status, 200);
    CHECK_EQ(fieldOf(kiosk->read("contribution", "r-1"), "text"), Json());
    CHECK_EQ(fieldOf(kiosk->read("contribution", "r-1"), "media"), Json::array());
    CHECK_EQ(coordinator->pullAll().status, 200);
    CHECK_EQ(fieldOf(coordinator->read("contribution", "r-1"), "text"), kRedacted);
    CHECK_EQ(fieldOf(coordinator->read("contribution", "r-1"), "redacted"), Json(true));

    // A coordinator device enrolled afterwards, pulling from the start, never receives the original.
    auto late = enrol(server, db, org, site, "coordinator");
    const Response fromStart = late->get("/v1/pull?cursor=0&limit=1000");
    CHECK_EQ(fromStart.status, 200);
    CHECK(fromStart.raw.find("CANARY-TEXT") == std::string::npos);
    CHECK(fromStart.raw.find(sha) == std::string::npos);
    CHECK_EQ(late->pullAll().status, 200);
    CHECK_EQ(fieldOf(late->read("contribution", "r-1"), "text"), kRedacted);

    // On PostgreSQL the redaction's UPDATE left the old row version and its WAL record on disk: the
    // raw scan sees them until the scrub (which whereCanaryIs runs first) rewrites them away.
    if (usingPostgres())
        CHECK(!postgresFilesContaining(db, "CANARY-TEXT").empty());
    // Nowhere on the server: no table, and no byte of its files (database, WAL, media).
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-TEXT").empty());
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-VOICE").empty());
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-BACK").empty());

    // The audit says a redaction happened, never what it removed.
    const Response audit = dash.get("/dashboard/api/audit");
    CHECK(audit.raw.find("contribution.redact") != std::string::npos);
    CHECK(audit.raw.find("CANARY") == std::string::npos);

    // Only a coordinator lifts it; then the answer can be changed again (what was removed stays gone).
    const Response lifted = dash.post("/dashboard/api/contributions/r-1/lift-redaction");
    CHECK_EQ(lifted.status, 200);
    CHECK_EQ(lifted.body["redacted"], Json(false));
    CHECK_EQ(lifted.body.value("text", ""), kRedacted);
    CHECK_EQ(dash.post("/dashboard/api/contributions/r-1/lift-redaction").status, 400);
    CHECK_EQ(
        kiosk->post("/v1/push", aheadEdit(*kiosk, "after-lift", "r-1", { { "text", "changed after the lift" } }).dump())
            .status,
        200);
    CHECK_EQ(
        dash.get("/dashboard/api/contributions/r-1").body.value("text", ""), std::string("changed after the lift"));
    return tally().finish();
}
