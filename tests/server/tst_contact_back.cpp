// The contact-back queue on SQLite and PostgreSQL: only the people who asked to be contacted, with
// their details, answer and site; "contacted" with a note, audited without the note; counts; and the
// note leaves with the answer when it is withdrawn (no table or file keeps it). Exports carry each
// answer's consent; contact details only for an admin who asks (audited).

#include "../sync/check.h"
#include "canaryscan.h"
#include "dashboardsession.h"
#include "serverharness.h"

using namespace chorus::test;

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "contact");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    ServerProcess server(db, dir.path() / "media");
    DashboardSession coordinator(server, db, org, "coord@example.org");
    DashboardSession adminSession(server, db, org, "admin@example.org", true);

    auto kiosk = enrol(server, db, org, site, "kiosk");
    const Json asks { { "anonymous", false }, { "quote", true }, { "contact", true } };
    kiosk->write("contribution", "call-1",
        { { "text", "Please ring me about the lift" }, { "consent", asks }, { "contact_name", "Ada" },
            { "contact_detail", "07700 900001" }, { "site_id", site }, { "created_at", 1764000000000LL } });
    kiosk->write("contribution", "call-2",
        { { "text", "Email me" }, { "consent", asks }, { "contact_detail", "bo@example.org" },
            { "created_at", 1764000001000LL } });
    kiosk->write("contribution", "quiet",
        { { "text", "No contact please" }, { "consent", { { "anonymous", true }, { "contact", false } } } });
    const Response pushed = kiosk->push();
    if (pushed.status != 200)
        std::fprintf(stderr, "push: %s\n", pushed.raw.c_str());
    CHECK_EQ(pushed.status, 200);

    const Response queue = coordinator.get("/dashboard/api/contact-back");
    CHECK_EQ(queue.status, 200);
    CHECK_EQ(queue.body["counts"], Json({ { "waiting", 2 }, { "contacted", 0 } }));
    CHECK_EQ(queue.body["waiting"].size(), 2u);
    if (queue.body["waiting"].size() == 2) {
        CHECK_EQ(queue.body["waiting"][0]["id"], Json("call-1"));
        CHECK_EQ(queue.body["waiting"][0]["contact_name"], Json("Ada"));
        CHECK_EQ(queue.body["waiting"][0]["contact_detail"], Json("07700 900001"));
        CHECK_EQ(queue.body["waiting"][0]["text"], Json("Please ring me about the lift"));
        CHECK_EQ(queue.body["waiting"][0]["site_id"], Json(site));
    }

    CHECK_EQ(coordinator.post("/dashboard/api/contact-back/quiet", { { "note", "x" } }).status, 400);
    CHECK_EQ(coordinator.post("/dashboard/api/contact-back/nobody", { { "note", "x" } }).status, 404);
    CHECK_EQ(
        coordinator.post("/dashboard/api/contact-back/call-1", { { "note", std::string(2001, 'x') } }).status, 400);
    CHECK_EQ(coordinator.post("/dashboard/api/contact-back/call-1", { { "note", "CANARY-NOTE rang Ada, lift fixed" } })
                 .status,
        200);
    const Response after = coordinator.get("/dashboard/api/contact-back");
    CHECK_EQ(after.body["counts"], Json({ { "waiting", 1 }, { "contacted", 1 } }));
    const Response counts = coordinator.get("/dashboard/api/contact-back/counts");
    CHECK_EQ(counts.body, Json({ { "waiting", 1 }, { "contacted", 1 } }));
    CHECK_EQ(after.body["contacted"][0]["note"], Json("CANARY-NOTE rang Ada, lift fixed"));
    CHECK_EQ(after.body["contacted"][0]["contacted_by"], Json("coord@example.org"));
    const Response audit = adminSession.get("/dashboard/api/audit");
    CHECK(audit.raw.find("contact_back.contacted") != std::string::npos);
    CHECK(audit.raw.find("contact_back.view") != std::string::npos);
    CHECK(audit.raw.find("CANARY-NOTE") == std::string::npos);

    // Exports carry the consent of each answer; contact details only when an admin asks, audited.
    const Response exported = coordinator.get("/dashboard/api/export.json");
    CHECK_EQ(exported.status, 200);
    bool consentCarried = false;
    for (const auto &row : exported.body.value("contributions", Json::array()))
        if (row.value("id", "") == "call-1")
            consentCarried = row.value("may_quote", false) && row.value("asked_contact", false);
    CHECK(consentCarried);
    CHECK(exported.raw.find("07700 900001") == std::string::npos);
    CHECK(coordinator.get("/dashboard/api/export.csv").raw.find("may_quote,asked_contact") != std::string::npos);
    CHECK_EQ(coordinator.get("/dashboard/api/export.json?contact=1").status, 403);
    const Response withContact = adminSession.get("/dashboard/api/export.csv?contact=1");
    CHECK_EQ(withContact.status, 200);
    CHECK(withContact.raw.find("contact_name,contact_detail") != std::string::npos);
    CHECK(withContact.raw.find("07700 900001") != std::string::npos);
    CHECK(adminSession.get("/dashboard/api/audit").raw.find("\"contact_details\":true") != std::string::npos);

    // The person withdraws (from the kiosk's device): their note goes with the answer.
    kiosk->write("contribution", "call-1", { { "withdrawn", true } });
    CHECK_EQ(kiosk->push().status, 200);
    const Response withdrawn = coordinator.get("/dashboard/api/contact-back");
    if (withdrawn.body["counts"] != Json({ { "waiting", 1 }, { "contacted", 0 } }))
        std::fprintf(stderr, "after withdrawal: %s\n", withdrawn.raw.c_str());
    CHECK_EQ(withdrawn.body["counts"], Json({ { "waiting", 1 }, { "contacted", 0 } }));
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-NOTE").empty());
    return tally().finish();
}
