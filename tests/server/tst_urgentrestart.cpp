// The urgent webhook survives a restart, on SQLite and PostgreSQL: a call the receiver has not
// accepted when the server stops is kept in the database and made again when the server starts,
// until accepted; an accepted call is not made again; a call for an organisation that has since
// removed its webhook is dropped.

#include "../sync/check.h"
#include "dashboardsession.h"
#include "serverharness.h"

#include <httplib.h>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace chorus::test;

namespace {
std::int64_t pendingCalls(const std::string &db)
{
    auto conn = openServerDatabase(db);
    auto s = conn->prepare("SELECT count(*) FROM urgent_webhook_pending");
    return s.step() ? s.integer(0) : -1;
}

template<typename F>
bool waitFor(F done, int ms = 15000)
{
    for (int i = 0; i < ms / 50 && !done(); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(50));
    return done();
}
} // namespace

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "urgentrestart");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];

    // A receiver that refuses until told to accept.
    httplib::Server receiver;
    std::atomic<bool> accepting { false };
    std::atomic<int> refused { 0 }, accepted { 0 };
    std::mutex bodiesMutex;
    std::vector<std::string> acceptedBodies;
    receiver.Post("/hook", [&](const httplib::Request &req, httplib::Response &res) {
        if (!accepting) {
            ++refused;
            res.status = 503;
            return;
        }
        std::lock_guard lock(bodiesMutex);
        acceptedBodies.push_back(req.body);
        ++accepted;
        res.status = 200;
    });
    const int port = receiver.bind_to_any_port("127.0.0.1");
    std::thread listening([&] { receiver.listen_after_bind(); });

    auto server = std::make_unique<ServerProcess>(db, dir.path() / "media");
    {
        DashboardSession adminSession(*server, db, org, "admin@example.org", true);
        CHECK_EQ(adminSession
                     .post("/dashboard/api/urgent-webhook",
                         { { "url", "http://127.0.0.1:" + std::to_string(port) + "/hook" } })
                     .status,
            200);
        auto kiosk = enrol(*server, db, org, site, "kiosk");
        kiosk->write("contribution", "needs-help", { { "text", "please call me" } });
        CHECK_EQ(kiosk->push().status, 200);
        CHECK_EQ(adminSession.post("/dashboard/api/contributions/needs-help/urgent").status, 200);
    }
    CHECK(waitFor([&] { return refused.load() >= 1; }));
    CHECK_EQ(pendingCalls(db), 1);
    // The server stops with the call still pending (its retries would run for 15 s more).
    server->stop();
    server.reset();
    CHECK_EQ(accepted.load(), 0);
    CHECK_EQ(pendingCalls(db), 1);

    // Started again: the kept call is made again and, accepted now, is no longer kept.
    accepting = true;
    server = std::make_unique<ServerProcess>(db, dir.path() / "media");
    CHECK(waitFor([&] { return accepted.load() == 1; }));
    CHECK(waitFor([&] { return pendingCalls(db) == 0; }));
    {
        std::lock_guard lock(bodiesMutex);
        CHECK(!acceptedBodies.empty() && acceptedBodies[0].find("needs-help") != std::string::npos);
        CHECK(!acceptedBodies.empty() && acceptedBodies[0].find("please call me") == std::string::npos);
    }
    // Another restart makes no further call.
    server->stop();
    server = std::make_unique<ServerProcess>(db, dir.path() / "media");
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    CHECK_EQ(accepted.load(), 1);

    // A call pending for an organisation that then removes its webhook is dropped at the next start.
    accepting = false;
    {
        DashboardSession adminSession(*server, db, org, "admin2@example.org", true);
        auto kiosk = enrol(*server, db, org, site, "kiosk");
        kiosk->write("contribution", "second", { { "text", "another" } });
        CHECK_EQ(kiosk->push().status, 200);
        CHECK_EQ(adminSession.post("/dashboard/api/contributions/second/urgent").status, 200);
        CHECK(waitFor([&] { return pendingCalls(db) == 1; }));
        server->stop();
        auto conn = openServerDatabase(db);
        conn->transaction([&] { conn->exec("DELETE FROM org_webhook"); });
    }
    server = std::make_unique<ServerProcess>(db, dir.path() / "media");
    CHECK(waitFor([&] { return pendingCalls(db) == 0; }));
    server->stop();
    receiver.stop();
    listening.join();
    return tally().finish();
}
