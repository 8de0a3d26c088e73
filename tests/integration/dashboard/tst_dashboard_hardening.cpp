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
    return chorus::test::tally().finish();
}
