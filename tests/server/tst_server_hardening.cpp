// chorus-server against an attacker on loopback: help that touches nothing, /metrics kept to this
// machine, forwarded addresses believed only from trusted proxies, the device-side code issuance held
// to the dashboard's rules, failed sign-ins logged, and a contribution's origin set from its token.

#include "../sync/check.h"
#include "secrets.h"
#include "serverharness.h"

#include <chrono>
#include <cctype>
#include <fstream>
#include <sstream>

using namespace chorus::test;

namespace {

struct World {
    TempDir dir;
    std::string db = newServerDatabase(dir, "chorus");
    std::string org, site, site2, otherOrg, otherSite;
    std::unique_ptr<ServerProcess> server;
    explicit World(std::vector<std::string> extra = {}, const std::filesystem::path &log = {})
    {
        org = admin(db, { "create-org", "Org A" })["id"];
        site = admin(db, { "create-site", org, "Library" })["id"];
        site2 = admin(db, { "create-site", org, "Market" })["id"];
        otherOrg = admin(db, { "create-org", "Org B" })["id"];
        otherSite = admin(db, { "create-site", otherOrg, "Hall" })["id"];
        ::setenv("CHORUS_PASSWORD", "sam's long password", 1);
        admin(db, { "create-coordinator", org, "sam@example.org" });
        ::setenv("CHORUS_PASSWORD", "alex's long password", 1);
        admin(db, { "create-coordinator", org, "alex@example.org" });
        ::unsetenv("CHORUS_PASSWORD");
        admin(db, { "dashboard-role", "alex@example.org", "admin" });
        server = std::make_unique<ServerProcess>(db, dir.path() / "media", std::move(extra), log);
    }
};

std::string errorCode(const httplib::Result &r)
{
    if (!r)
        return "no answer";
    const Json j = Json::parse(r->body, nullptr, false);
    return j.is_object() && j.contains("error") ? j["error"].value("code", "") : "";
}

httplib::Result dashboardLogin(
    const ServerProcess &server, const std::string &email, const std::string &password, const std::string &forwarded)
{
    httplib::Client c("127.0.0.1", server.port());
    httplib::Headers h;
    if (!forwarded.empty())
        h.emplace("X-Forwarded-For", forwarded);
    return c.Post(
        "/dashboard/api/login", h, Json { { "email", email }, { "password", password } }.dump(), "application/json");
}

httplib::Result issueCode(const World &w, const std::string &email, const std::string &password,
    const std::string &role, const std::string &site)
{
    auto c = w.server->client();
    return c->Post("/v1/enrolment-codes",
        Json { { "email", email }, { "password", password }, { "site", site }, { "role", role } }.dump(),
        "application/json");
}

std::string run(const std::string &command)
{
    FILE *p = ::popen(command.c_str(), "r");
    std::string out;
    char buf[512];
    while (p && fgets(buf, sizeof buf, p))
        out += buf;
    if (p)
        ::pclose(p);
    return out;
}

// Hole 13: asking for help, or giving no command, creates no database in the current folder.
void testHelpTouchesNothing()
{
    TempDir cwd;
    const std::string in = "cd '" + cwd.path().string() + "' && '" + serverBinary() + "'";
    const std::string help = run(in + " --help 2>&1");
    const std::string bare = run(in + " 2>&1");
    const std::string unknown = run(in + " frobnicate 2>&1");
    CHECK(help.find("usage: chorus-server") != std::string::npos);
    CHECK(bare.find("usage: chorus-server") != std::string::npos);
    CHECK(unknown.find("usage: chorus-server") != std::string::npos);
    CHECK(std::filesystem::is_empty(cwd.path()));
}

// Every command the usage names is one the server knows: the usage once listed seal-key and
// rotate-seal-key while the dispatcher refused them as unknown. Run with no arguments, each may fail
// for a missing argument, but never as "unknown command".
void testEveryListedCommandIsKnown()
{
    TempDir cwd;
    const std::string in = "cd '" + cwd.path().string() + "' && '" + serverBinary() + "'";
    const std::string help = run(in + " --help 2>&1");
    std::istringstream lines(help);
    std::string line;
    int commands = 0;
    while (std::getline(lines, line)) {
        if (line.size() < 3 || line.compare(0, 2, "  ") != 0 || !std::islower(static_cast<unsigned char>(line[2])))
            continue;
        const std::string command = line.substr(2, line.find(' ', 2) - 2);
        if (command == "serve")
            continue;
        ++commands;
        const std::string db = (cwd.path() / (command + ".db")).string();
        const std::string out = run("CHORUS_PASSWORD= " + in + " " + command + " --db '" + db + "' </dev/null 2>&1");
        CHECK(out.find("unknown command") == std::string::npos);
        if (out.find("unknown command") != std::string::npos)
            std::fprintf(stderr, "  listed but unknown: %s\n", command.c_str());
    }
    CHECK(commands >= 17);
}

// Hole 6: /metrics names devices and organisations; a stranger (here: a request a proxy relayed)
// gets nothing without the metrics token.
void testMetricsAreNotPublic()
{
    World w({ "--metrics-token", "scrape-secret-123" });
    auto c = w.server->client();
    auto local = c->Get("/metrics");
    CHECK(local && local->status == 200);
    auto relayed = c->Get("/metrics", { { "X-Forwarded-For", "203.0.113.9" } });
    CHECK(relayed && relayed->status == 403);
    CHECK(relayed && relayed->body.find("chorus_device") == std::string::npos);
    auto wrong = c->Get("/metrics", { { "X-Forwarded-For", "203.0.113.9" }, { "Authorization", "Bearer nope" } });
    CHECK(wrong && wrong->status == 403);
    auto scraper
        = c->Get("/metrics", { { "X-Forwarded-For", "203.0.113.9" }, { "Authorization", "Bearer scrape-secret-123" } });
    CHECK(scraper && scraper->status == 200);
}

// Hole 4: behind a proxy every client is the proxy's address. With the proxy trusted, one client's
// failures lock that client out, not every coordinator; without it, a client's own X-Forwarded-For
// is ignored, so it cannot dodge the lock by inventing addresses.
void testTrustedProxy()
{
    {
        World w({ "--trusted-proxy", "127.0.0.1" });
        int locked = 0;
        for (int i = 0; i < 22; ++i)
            locked += dashboardLogin(*w.server, "nobody" + std::to_string(i) + "@example.org", "wrong password here",
                          "198.51.100.7")
                          ->status
                == 429;
        CHECK(locked >= 2);
        auto victim = dashboardLogin(*w.server, "sam@example.org", "sam's long password", "198.51.100.8");
        CHECK(victim && victim->status == 200);
        auto attacker = dashboardLogin(*w.server, "sam@example.org", "sam's long password", "198.51.100.7");
        CHECK(attacker && attacker->status == 429);
    }
    {
        World w;
        for (int i = 0; i < 22; ++i)
            (void)dashboardLogin(*w.server, "nobody" + std::to_string(i) + "@example.org", "wrong password here",
                "198.51.100." + std::to_string(i));
        auto spoofer = dashboardLogin(*w.server, "sam@example.org", "sam's long password", "198.51.100.99");
        CHECK(spoofer && spoofer->status == 429);
    }
}

// Hole 2: /v1/enrolment-codes follows the dashboard: admin-only coordinator codes, an audit entry,
// the account lock-out, the same time for unknown and known e-mails, e-mail in any case.
void testDeviceSideCodeIssuance()
{
    World w;
    auto coordinatorCode = issueCode(w, "sam@example.org", "sam's long password", "coordinator", w.site);
    CHECK(coordinatorCode && coordinatorCode->status == 403);
    CHECK_EQ(errorCode(coordinatorCode), "forbidden");
    auto adminCode = issueCode(w, "alex@example.org", "alex's long password", "coordinator", w.site);
    CHECK(adminCode && adminCode->status == 200);
    auto kiosk = issueCode(w, "SAM@Example.ORG", "sam's long password", "kiosk", w.site);
    CHECK(kiosk && kiosk->status == 200);
    {
        auto db = openServerDatabase(w.db);
        auto s = db->prepare("SELECT count(*) FROM dashboard_audit WHERE action = 'device.enrolment_code'"
                             " AND email = 'sam@example.org' AND target = ?1");
        s.bind(1, w.site);
        CHECK(s.step() && s.integer(0) == 1);
    }
    // Another organisation's site is still refused.
    auto foreign = issueCode(w, "sam@example.org", "sam's long password", "kiosk", w.otherSite);
    CHECK(foreign && foreign->status == 400);

    // Unknown e-mails cost the same password work as known ones.
    using Clock = std::chrono::steady_clock;
    auto timed = [&](const std::string &email) {
        const auto start = Clock::now();
        (void)issueCode(w, email, "not the password at all", "kiosk", w.site);
        return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    };
    const double known = timed("alex@example.org") + timed("alex@example.org");
    const double unknown = timed("ghost1@example.org") + timed("ghost2@example.org");
    std::printf("wrong password: known e-mail %.0f ms, unknown %.0f ms (two tries each)\n", known, unknown);
    CHECK(unknown > known / 3);

    // The dashboard's lock-out holds here too: five failures lock alex, even with the right password.
    for (int i = 0; i < 3; ++i)
        (void)dashboardLogin(*w.server, "alex@example.org", "still not the password", {});
    auto locked = issueCode(w, "alex@example.org", "alex's long password", "kiosk", w.site);
    CHECK(locked && locked->status == 429);
}

// Hole 11: a failed sign-in leaves a log line naming the address it came from.
void testFailedSignInsAreLogged()
{
    TempDir logs;
    const auto log = logs.path() / "server.log";
    {
        World w({}, log);
        auto r = dashboardLogin(*w.server, "sam@example.org", "a wrong password", {});
        CHECK(r && r->status == 401);
        auto d = issueCode(w, "nobody@example.org", "a wrong password", "kiosk", w.site);
        CHECK(d && d->status == 401);
    }
    std::ifstream in(log);
    int failures = 0;
    for (std::string line; std::getline(in, line);) {
        const Json j = Json::parse(line, nullptr, false);
        if (j.is_object() && j.value("event", "") == "sign_in_failed" && j.value("address", "") == "127.0.0.1")
            ++failures;
    }
    CHECK_EQ(failures, 2);
}

// Hole 10: a kiosk naming another device or another site in its contribution is corrected to its own.
void testOriginComesFromTheToken()
{
    World w;
    auto kiosk = enrol(*w.server, w.db, w.org, w.site, "kiosk");
    kiosk->write("contribution", "claims-elsewhere",
        { { "text", "from the library" }, { "format", "write" }, { "device_id", "someone-else" },
            { "site_id", w.site2 } });
    CHECK_EQ(kiosk->push().status, 200);
    auto coordinator = enrol(*w.server, w.db, w.org, w.site, "coordinator");
    CHECK_EQ(coordinator->pullAll().status, 200);
    const auto record = coordinator->read("contribution", "claims-elsewhere");
    CHECK_EQ(fieldOf(record, "device_id"), kiosk->id);
    CHECK_EQ(fieldOf(record, "site_id"), w.site);
}

Response upload(Device &device, const std::string &bytes, std::string &sha)
{
    sha = chorus::server::secrets::sha256Hex(bytes);
    return device.put(
        "/v1/media/" + sha + "?offset=0", bytes, { { "Chorus-Media-Size", std::to_string(bytes.size()) } });
}

// Hole 3: media belongs to what names it. A kiosk cannot claim a prompt picture (to hide it from
// every kiosk, or to withdraw it away); withdrawing one contribution keeps media another still names.
void testMediaOwnedByOthers()
{
    World w;
    auto coordinator = enrol(*w.server, w.db, w.org, w.site, "coordinator");
    auto kiosk = enrol(*w.server, w.db, w.org, w.site, "kiosk");
    auto otherKiosk = enrol(*w.server, w.db, w.org, w.site2, "kiosk");
    std::string picture;
    CHECK_EQ(upload(*coordinator, "\x89PNG a prompt picture", picture).status, 200);
    coordinator->write(
        "prompt", "p-picture", { { "text", { { "en", "How was the bus?" } } }, { "symbol", "picture:" + picture } });
    CHECK_EQ(coordinator->push().status, 200);
    CHECK_EQ(otherKiosk->get("/v1/media/" + picture).status, 200);

    kiosk->write(
        "contribution", "claims-picture", { { "text", "mine now" }, { "format", "write" }, { "media", { picture } } });
    const Response claim = kiosk->push();
    CHECK_EQ(claim.status, 403);
    kiosk->outbox.clear();
    // Whatever the server did with the claim, withdrawing it must leave the picture alone.
    kiosk->write("contribution", "claims-picture", { { "withdrawn", true } });
    (void)kiosk->push();
    CHECK_EQ(otherKiosk->get("/v1/media/" + picture).status, 200);

    auto outreach = enrol(*w.server, w.db, w.org, w.site, "outreach");
    std::string photo;
    CHECK_EQ(upload(*outreach, "one photo for two answers", photo).status, 200);
    outreach->write("contribution", "first", { { "text", "one" }, { "format", "write" }, { "media", { photo } } });
    outreach->write("contribution", "second", { { "text", "two" }, { "format", "write" }, { "media", { photo } } });
    CHECK_EQ(outreach->push().status, 200);
    outreach->write("contribution", "first", { { "withdrawn", true } });
    CHECK_EQ(outreach->push().status, 200);
    CHECK_EQ(coordinator->get("/v1/media/" + photo).status, 200);
    outreach->write("contribution", "second", { { "withdrawn", true } });
    CHECK_EQ(outreach->push().status, 200);
    CHECK_EQ(coordinator->get("/v1/media/" + photo).status, 404);
    CHECK(!std::filesystem::exists(w.dir.path() / "media" / w.org / photo));
}

// Hole 5: a device cannot fill the disk: a per-device quota, and a sweep of partial uploads left
// behind and of media nothing names.
void testQuotaAndSweep()
{
    World w({ "--media-quota-mb", "1" });
    auto outreach = enrol(*w.server, w.db, w.org, w.site, "outreach");
    auto other = enrol(*w.server, w.db, w.org, w.site, "outreach");
    auto coordinator = enrol(*w.server, w.db, w.org, w.site, "coordinator");
    std::string kept, unnamed, refused;
    CHECK_EQ(upload(*outreach, std::string(700 * 1024, 'k'), kept).status, 200);
    const Response over = upload(*outreach, std::string(700 * 1024, 'r'), refused);
    CHECK_EQ(over.status, 413);
    CHECK(over.raw.find("media space") != std::string::npos);
    // Each device has its own quota.
    CHECK_EQ(upload(*other, std::string(700 * 1024, 'u'), unnamed).status, 200);
    outreach->write(
        "contribution", "with-photo", { { "text", "photo" }, { "format", "write" }, { "media", { kept } } });
    CHECK_EQ(outreach->push().status, 200);
    // Abandoned after its first chunk.
    const std::string whole(300 * 1024, 'p');
    const std::string partial = chorus::server::secrets::sha256Hex(whole);
    const Response first = outreach->put("/v1/media/" + partial + "?offset=0", whole.substr(0, 1000),
        { { "Chorus-Media-Size", std::to_string(whole.size()) } });
    CHECK(first.status == 200 && first.body["complete"] == false);
    {
        // Everything ages three days, as time would.
        auto db = openServerDatabase(w.db);
        db->exec("UPDATE media SET created_at = 1");
    }
    Json swept = Json::object();
    try {
        swept = admin(w.db, { "sweep-media", "--media", (w.dir.path() / "media").string() });
    } catch (const std::exception &e) {
        std::fprintf(stderr, "  %s\n", e.what());
    }
    CHECK_EQ(swept.value("stale_partial", -1), 1);
    CHECK_EQ(swept.value("unreferenced", -1), 1);
    CHECK_EQ(coordinator->get("/v1/media/" + kept).status, 200);
    CHECK_EQ(coordinator->get("/v1/media/" + unnamed).status, 404);
    CHECK(!std::filesystem::exists(w.dir.path() / "media" / w.org / unnamed));
    CHECK(!std::filesystem::exists(w.dir.path() / "media" / w.org / (partial + ".part")));
    CHECK_EQ(outreach->get("/v1/media/" + partial + "/status").body.value("received", -1), 0);
}

} // namespace

int main()
{
    testHelpTouchesNothing();
    testEveryListedCommandIsKnown();
    testMetricsAreNotPublic();
    testTrustedProxy();
    testDeviceSideCodeIssuance();
    testFailedSignInsAreLogged();
    testOriginComesFromTheToken();
    testMediaOwnedByOthers();
    testQuotaAndSweep();
    return chorus::test::tally().finish();
}
