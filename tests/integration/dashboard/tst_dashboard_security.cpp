// Every dashboard endpoint refuses without a session, without the CSRF token and with another
// organisation's session; sign-in locks after repeated failures; cookies carry the right flags.

#include "dashharness.h"

#include "../../sync/check.h"

#include <cstdio>

using namespace chorus::dashtest;

namespace {
struct Endpoint {
    std::string method;
    std::string path;
    Json body;
    bool namesOrgA; // refers to one of organisation A's records
};

Json contributionChange(Kiosk &k, const std::string &record, const std::string &site, const std::string &sha)
{
    Json fields = Json::object();
    const std::int64_t now = nowMs();
    auto put = [&](const char *name, Json v) {
        fields[name] = { { "value", v }, { "version", k.version(now) }, { "base", "" } };
    };
    put("device_id", k.id);
    put("site_id", site);
    put("created_at", now);
    put("format", "speak");
    put("text", "secret words about the bus");
    put("rating", 3);
    put("reference", "SEC123");
    put("media", Json::array({ sha }));
    return { { "id", "chg-" + record }, { "kind", "contribution" }, { "record", record }, { "fields", fields } };
}
} // namespace

int main()
{
    Server s;
    const std::string orgA = s.admin({ "create-org", "Org A" })["id"], orgB = s.admin({ "create-org", "Org B" })["id"];
    const std::string siteA = s.admin({ "create-site", orgA, "Library" })["id"],
                      siteB = s.admin({ "create-site", orgB, "Hall" })["id"];
    s.admin({ "create-coordinator", orgA, "a@a.org" }, "password-a-123");
    s.admin({ "create-coordinator", orgA, "locked@a.org" }, "password-l-123");
    s.admin({ "create-coordinator", orgB, "b@b.org" }, "password-b-123");
    s.admin({ "dashboard-role", "a@a.org", "admin" });
    s.admin({ "dashboard-role", "b@b.org", "admin" });

    Session a, b;
    const Reply la = login(s, "a@a.org", "password-a-123", &a);
    CHECK_EQ(la.status, 200);
    const std::string cookie = la.headers.find("Set-Cookie")->second;
    CHECK(cookie.find("HttpOnly") != std::string::npos);
    CHECK(cookie.find("SameSite=Strict") != std::string::npos);
    CHECK(cookie.find("Path=/dashboard") != std::string::npos);
    CHECK(login(s, "b@b.org", "password-b-123", &b).status == 200);
    CHECK(!a.csrf.empty() && a.csrf != b.csrf);

    Kiosk kiosk = enrolKiosk(s, orgA, siteA);
    std::string sha;
    CHECK_EQ(kiosk.putMedia(s, std::string("RIFF") + std::string(200, 'x'), &sha).status, 200);
    CHECK_EQ(kiosk.push(s, Json::array({ contributionChange(kiosk, "c-sec-1", siteA, sha) })).status, 200);
    const std::string prompt
        = a.post(s, "/dashboard/api/prompts", { { "text", { { "en", "Prompt of A" } } } }).json()["id"];
    const std::string outcome
        = a.post(s, "/dashboard/api/outcomes",
               { { "said", { { "en", "A said" } } }, { "did", { { "en", "A did" } } }, { "happened_at", nowMs() } })
              .json()["id"];
    CHECK(!prompt.empty() && !outcome.empty());

    const std::string c = "/dashboard/api/contributions/c-sec-1";
    const std::vector<Endpoint> endpoints {
        { "GET", "/dashboard/api/session", {}, false },
        { "GET", "/dashboard/api/meta", {}, false },
        { "GET", "/dashboard/api/prompts", {}, false },
        { "GET", "/dashboard/api/contributions", {}, false },
        { "GET", c, {}, true },
        { "GET", "/dashboard/api/media/" + sha, {}, true },
        { "GET", "/dashboard/api/outcomes", {}, false },
        { "GET", "/dashboard/api/withdrawal/find?reference=SEC123", {}, true },
        { "GET", "/dashboard/api/withdrawals/c-sec-1", {}, true },
        { "GET", "/dashboard/api/audit", {}, false },
        { "GET", "/dashboard/api/devices", {}, false },
        { "GET", "/dashboard/api/export.csv", {}, false },
        { "GET", "/dashboard/api/export.json", {}, false },
        { "POST", "/dashboard/api/prompts", { { "text", { { "en", "new" } } } }, false },
        { "POST", "/dashboard/api/prompts/" + prompt, { { "text", { { "en", "hijacked" } } } }, true },
        { "POST", "/dashboard/api/prompts/" + prompt + "/retire", { { "retired", true } }, true },
        { "POST", c + "/tags", { { "tags", { "hijacked" } } }, true },
        { "POST", c + "/status", { { "status", "acted_on" } }, true },
        { "POST", c + "/redact", { { "text", "hijacked" } }, true },
        { "POST", c + "/withdraw", Json::object(), true },
        { "POST", "/dashboard/api/outcomes",
            { { "said", { { "en", "x" } } }, { "did", { { "en", "y" } } }, { "happened_at", nowMs() } }, false },
        { "POST", "/dashboard/api/outcomes/" + outcome, { { "did", { { "en", "hijacked" } } } }, true },
        { "POST", "/dashboard/api/outcomes/" + outcome + "/publish", { { "published", true } }, true },
        { "POST", "/dashboard/api/enrolment-codes", { { "site", siteA }, { "role", "kiosk" } }, true },
        { "POST", "/dashboard/api/devices/" + kiosk.id + "/revoke", Json::object(), true },
        { "POST", "/dashboard/api/logout", Json::object(), false },
    };
    const Session nobody;
    Session forged = a;
    forged.csrf = b.csrf;
    for (const auto &e : endpoints) {
        const Reply anonymous = e.method == "GET" ? nobody.get(s, e.path) : nobody.post(s, e.path, e.body);
        if (anonymous.status != 401)
            std::fprintf(stderr, "no session: %s %s -> %d\n", e.method.c_str(), e.path.c_str(), anonymous.status);
        CHECK_EQ(anonymous.status, 401);
        if (e.method == "POST") {
            const Reply noToken = a.post(s, e.path, e.body, false);
            const Reply wrongToken = forged.post(s, e.path, e.body);
            if (noToken.status != 403 || wrongToken.status != 403)
                std::fprintf(stderr, "csrf: %s -> %d / %d\n", e.path.c_str(), noToken.status, wrongToken.status);
            CHECK_EQ(noToken.status, 403);
            CHECK_EQ(wrongToken.status, 403);
        }
        if (e.path.find("/logout") != std::string::npos)
            continue;
        const Reply other = e.method == "GET" ? b.get(s, e.path) : b.post(s, e.path, e.body);
        if (e.namesOrgA) {
            if (other.status != 404 && other.status != 403 && other.status != 400)
                std::fprintf(
                    stderr, "other organisation: %s %s -> %d\n", e.method.c_str(), e.path.c_str(), other.status);
            CHECK(other.status == 404 || other.status == 403 || other.status == 400);
        }
        // Whatever it answers, nothing of organisation A's may be in it.
        for (const std::string &secret :
            { std::string("c-sec-1"), prompt, outcome, kiosk.id, std::string("secret words"), sha })
            if (other.body.find(secret) != std::string::npos) {
                std::fprintf(stderr, "leak in %s %s: %s\n", e.method.c_str(), e.path.c_str(), secret.c_str());
                CHECK(false);
            }
    }

    // A browser request from another site is refused even with the right cookie and token.
    {
        httplib::Headers h { { "Cookie", a.cookie }, { "X-CSRF-Token", a.csrf }, { "Origin", "http://evil.example" } };
        auto r = s.client().Post("/dashboard/api/contributions/c-sec-1/status", h,
            Json { { "status", "acted_on" } }.dump(), "application/json");
        CHECK(r && r->status == 403);
        h = { { "Origin", "http://evil.example" } };
        auto l = s.client().Post("/dashboard/api/login", h,
            Json { { "email", "a@a.org" }, { "password", "password-a-123" } }.dump(), "text/plain");
        CHECK(l && l->status == 403);
    }

    // None of the refused requests changed anything of A's.
    const Json mine = a.get(s, c).json();
    CHECK_EQ(mine.value("text", std::string()), std::string("secret words about the bus"));
    CHECK(mine["tags"].is_null() || mine["tags"].empty());
    CHECK(mine["status"].is_null());
    CHECK_EQ(Json(a.get(s, "/dashboard/api/prompts").json()["prompts"][0]["text"]["en"]), Json("Prompt of A"));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/outcomes").json()["outcomes"][0]["published"]), Json(false));
    CHECK(a.get(s, "/dashboard/api/devices").json()["devices"][0]["revoked_at"].is_null());
    CHECK_EQ(kiosk.pull(s).status, 200);

    // A coordinator who is not an administrator cannot revoke or read the audit trail.
    s.admin({ "create-coordinator", orgA, "plain@a.org" }, "password-p-123");
    Session plain;
    CHECK_EQ(login(s, "plain@a.org", "password-p-123", &plain).status, 200);
    CHECK_EQ(plain.get(s, "/dashboard/api/audit").status, 403);
    CHECK_EQ(plain.post(s, "/dashboard/api/devices/" + kiosk.id + "/revoke", Json::object()).status, 403);
    CHECK_EQ(
        plain.post(s, "/dashboard/api/enrolment-codes", { { "site", siteA }, { "role", "coordinator" } }).status, 403);
    CHECK_EQ(plain.post(s, "/dashboard/api/enrolment-codes", { { "site", siteA }, { "role", "kiosk" } }).status, 200);

    // Signing out ends the session on the server, not only in the browser.
    CHECK_EQ(plain.post(s, "/dashboard/api/logout", Json::object()).status, 200);
    CHECK_EQ(plain.get(s, "/dashboard/api/session").status, 401);

    // Five wrong passwords lock the account, and then even the right one is refused.
    for (int i = 0; i < 4; ++i)
        CHECK_EQ(login(s, "locked@a.org", "wrong-password").status, 401);
    CHECK_EQ(login(s, "locked@a.org", "wrong-password").status, 429);
    CHECK_EQ(login(s, "locked@a.org", "password-l-123").status, 429);
    // Another account from the same address still signs in.
    CHECK_EQ(login(s, "a@a.org", "password-a-123").status, 200);

    // The audit trail records who did what, never the content.
    const Reply audit = a.get(s, "/dashboard/api/audit");
    CHECK_EQ(audit.status, 200);
    CHECK(audit.body.find("prompt.create") != std::string::npos);
    CHECK(audit.body.find("Prompt of A") == std::string::npos);
    return chorus::test::tally().finish();
}
