// Dashboard holes an attacker or a careless request finds: wrong JSON types answered 400 (never 500),
// a demoted admin losing admin rights at once, and an administrator able to end a coordinator's
// sessions, set a new password and remove the account.

#include "dashharness.h"

#include "../../sync/check.h"

using namespace chorus::dashtest;

namespace {
std::string code(const Reply &r)
{
    const Json j = r.json();
    return j.is_object() && j.contains("error") ? j["error"].value("code", "") : "";
}

void testWrongTypesAre400(Server &s, const Session &a, const std::string &site)
{
    const std::vector<Json> badCodes { { { "role", 5 }, { "site", site } }, { { "role", "kiosk" }, { "site", 5 } },
        { { "role", "kiosk" }, { "site", site }, { "ttl_minutes", "60" } },
        { { "role", "kiosk" }, { "site", site }, { "ttl_minutes", 1.5 } } };
    for (const Json &body : badCodes) {
        const Reply r = a.post(s, "/dashboard/api/enrolment-codes", body);
        CHECK_EQ(r.status, 400);
        CHECK_EQ(code(r), "bad_request");
        if (r.status != 400)
            std::fprintf(stderr, "  %s gave %d\n", body.dump().c_str(), r.status);
    }
    const std::string prompt = a.post(s, "/dashboard/api/prompts", { { "text", { { "en", "Typed" } } } }).json()["id"];
    const Reply retire = a.post(s, "/dashboard/api/prompts/" + prompt + "/retire", { { "retired", "yes" } });
    CHECK_EQ(retire.status, 400);
    const std::string outcome
        = a.post(s, "/dashboard/api/outcomes",
               { { "said", { { "en", "said" } } }, { "did", { { "en", "did" } } }, { "happened_at", nowMs() } })
              .json()["id"];
    const Reply publish = a.post(s, "/dashboard/api/outcomes/" + outcome + "/publish", { { "published", "yes" } });
    CHECK_EQ(publish.status, 400);
}

void testAccountsAreManaged(Server &s, const Session &a, const std::string &org, const std::string &site)
{
    s.admin({ "create-coordinator", org, "casey@a.org" }, "casey-password-1");
    s.admin({ "dashboard-role", "casey@a.org", "admin" });
    Session casey;
    CHECK_EQ(login(s, "casey@a.org", "casey-password-1", &casey).status, 200);

    // Demoted while signed in: the very next admin-only request is refused.
    s.admin({ "dashboard-role", "casey@a.org", "coordinator" });
    const Kiosk kiosk = enrolKiosk(s, org, site);
    const Reply revoke = casey.post(s, "/dashboard/api/devices/" + kiosk.id + "/revoke", Json::object());
    CHECK_EQ(revoke.status, 403);
    CHECK_EQ(casey.get(s, "/dashboard/api/session").json().value("role", ""), "coordinator");

    const Reply list = a.get(s, "/dashboard/api/coordinators");
    CHECK_EQ(list.status, 200);
    std::string caseyId;
    const Json accounts = list.json();
    for (const auto &c : accounts["coordinators"])
        if (c["email"] == "casey@a.org")
            caseyId = c["id"];
    CHECK(!caseyId.empty());
    if (caseyId.empty())
        std::fprintf(stderr, "  coordinators: %s\n", list.body.c_str());
    // Only administrators manage accounts.
    CHECK_EQ(casey.post(s, "/dashboard/api/coordinators/" + caseyId + "/end-sessions", Json::object()).status, 403);

    CHECK_EQ(a.post(s, "/dashboard/api/coordinators/" + caseyId + "/end-sessions", Json::object()).status, 200);
    CHECK_EQ(casey.get(s, "/dashboard/api/session").status, 401);

    CHECK_EQ(login(s, "casey@a.org", "casey-password-1", &casey).status, 200);
    CHECK_EQ(a.post(s, "/dashboard/api/coordinators/" + caseyId + "/password", { { "password", 5 } }).status, 400);
    CHECK_EQ(a.post(s, "/dashboard/api/coordinators/" + caseyId + "/password", { { "password", "casey-new-pass-2" } })
                 .status,
        200);
    CHECK_EQ(casey.get(s, "/dashboard/api/session").status, 401);
    CHECK_EQ(login(s, "casey@a.org", "casey-password-1").status, 401);
    CHECK_EQ(login(s, "casey@a.org", "casey-new-pass-2", &casey).status, 200);

    CHECK_EQ(a.post(s, "/dashboard/api/coordinators/" + caseyId + "/remove", Json::object()).status, 200);
    CHECK_EQ(casey.get(s, "/dashboard/api/session").status, 401);
    CHECK_EQ(login(s, "casey@a.org", "casey-new-pass-2").status, 401);
    // Every step is in the audit trail.
    const std::string audit = a.get(s, "/dashboard/api/audit").body;
    for (const char *action : { "coordinator.end_sessions", "coordinator.password_reset", "coordinator.remove" })
        CHECK(audit.find(action) != std::string::npos);
}
// An administrator adds accounts and changes roles on the dashboard; bad input is a 400 with words.
void testAccountsAreAddedOnTheDashboard(Server &s, const Session &a)
{
    std::string adminId;
    const Json accounts = a.get(s, "/dashboard/api/coordinators").json();
    for (const auto &c : accounts["coordinators"])
        if (c["email"] == "a@a.org")
            adminId = c["id"];
    CHECK(!adminId.empty());
    CHECK_EQ(a.post(s, "/dashboard/api/coordinators", { { "email", "dana@a.org" }, { "password", "short" } }).status,
        400);
    CHECK_EQ(a.post(s, "/dashboard/api/coordinators",
                  { { "email", "dana@a.org" }, { "password", "dana-password-1" }, { "role", "owner" } })
                 .status,
        400);
    const Reply made = a.post(s, "/dashboard/api/coordinators", { { "email", "dana@a.org" }, { "password", "dana-password-1" } });
    CHECK_EQ(made.status, 200);
    const std::string danaId = made.json().value("id", "");
    CHECK_EQ(a.post(s, "/dashboard/api/coordinators", { { "email", "DANA@a.org" }, { "password", "dana-password-2" } }).status,
        400);
    Session dana;
    CHECK_EQ(login(s, "dana@a.org", "dana-password-1", &dana).status, 200);
    CHECK_EQ(dana.get(s, "/dashboard/api/session").json().value("role", ""), "coordinator");
    CHECK_EQ(a.post(s, "/dashboard/api/coordinators/" + danaId + "/role", { { "role", "admin" } }).status, 200);
    CHECK_EQ(dana.get(s, "/dashboard/api/session").json().value("role", ""), "admin");
    // No one demotes or removes themselves (an organisation could be left with no administrator).
    CHECK_EQ(a.post(s, "/dashboard/api/coordinators/" + adminId + "/role", { { "role", "coordinator" } }).status, 400);
    CHECK_EQ(a.post(s, "/dashboard/api/coordinators/" + adminId + "/remove", Json::object()).status, 400);
    const std::string audit = a.get(s, "/dashboard/api/audit").body;
    CHECK(audit.find("coordinator.create") != std::string::npos);
    CHECK(audit.find("coordinator.role") != std::string::npos);
}

// The same management from the command line, for an operator with no dashboard administrator at hand.
void testAccountsAreManagedFromTheCommandLine(Server &s, const Session &a, const std::string &org)
{
    const std::size_t accountsBefore = s.admin({ "list-coordinators", org })["coordinators"].size();
    s.admin({ "create-coordinator", org, "Erin@a.org" }, "erin-password-1");
    // Bad input is refused as the dashboard refuses it (Directory decides, for both): exit 2 with
    // the words, and no account made.
    std::string said;
    CHECK_EQ(s.adminExit({ "create-coordinator", org, "fay@a.org" }, "short", said), 2);
    CHECK(said.find("10 to 1024") != std::string::npos);
    CHECK_EQ(s.adminExit({ "create-coordinator", org, "ERIN@a.org" }, "erin-password-2", said), 2);
    CHECK(said.find("already an account") != std::string::npos);
    const Json listed = s.admin({ "list-coordinators", org });
    bool found = false;
    for (const auto &c : listed["coordinators"])
        found = found || c["email"] == "Erin@a.org";
    CHECK(found);
    CHECK_EQ(listed["coordinators"].size(), accountsBefore + 1);
    Session erin;
    CHECK_EQ(login(s, "erin@a.org", "erin-password-1", &erin).status, 200);
    s.admin({ "end-sessions", "erin@a.org" });
    CHECK_EQ(erin.get(s, "/dashboard/api/session").status, 401);
    // Five wrong passwords lock the account; a reset clears the lock-out along with the old password.
    for (int i = 0; i < 5; ++i)
        login(s, "erin@a.org", "not-her-password");
    CHECK_EQ(login(s, "erin@a.org", "erin-password-1").status, 429);
    bool refused = false;
    try {
        s.admin({ "reset-password", "erin@a.org" }, "short");
    } catch (const std::runtime_error &) {
        refused = true;
    }
    CHECK(refused);
    s.admin({ "reset-password", "erin@a.org" }, "erin-password-2");
    CHECK_EQ(login(s, "erin@a.org", "erin-password-1").status, 401);
    CHECK_EQ(login(s, "erin@a.org", "erin-password-2", &erin).status, 200);
    s.admin({ "remove-coordinator", "erin@a.org" });
    CHECK_EQ(erin.get(s, "/dashboard/api/session").status, 401);
    CHECK_EQ(login(s, "erin@a.org", "erin-password-2").status, 401);
    bool missing = false;
    try {
        s.admin({ "end-sessions", "nobody@a.org" });
    } catch (const std::runtime_error &) {
        missing = true;
    }
    CHECK(missing);
    const std::string audit = a.get(s, "/dashboard/api/audit").body;
    CHECK(audit.find("command line") != std::string::npos);
}
} // namespace

int main()
{
    Server s;
    const std::string org = s.admin({ "create-org", "Org A" })["id"];
    const std::string site = s.admin({ "create-site", org, "Library" })["id"];
    s.admin({ "create-coordinator", org, "a@a.org" }, "password-a-123");
    s.admin({ "dashboard-role", "a@a.org", "admin" });
    Session a;
    CHECK_EQ(login(s, "a@a.org", "password-a-123", &a).status, 200);
    testWrongTypesAre400(s, a, site);
    testAccountsAreManaged(s, a, org, site);
    testAccountsAreAddedOnTheDashboard(s, a);
    testAccountsAreManagedFromTheCommandLine(s, a, org);
    return chorus::test::tally().finish();
}
