// Urgent concerns on SQLite and PostgreSQL: an organisation's words per language mark a written
// answer urgent when it reaches the server (case ignored, its own language only); staff mark any
// answer urgent; the "Needs attention now" queue lists them oldest first with their age; a
// withdrawn answer leaves the queue; setting words and marking are audited. The webhook is POSTed
// to a local receiver that fails twice before accepting, and carries ids, never the words.

#include "../sync/check.h"
#include "dashboardsession.h"
#include "serverharness.h"

#include <httplib.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace chorus::test;

namespace {
std::vector<std::string> queueIds(const DashboardSession &s)
{
    std::vector<std::string> ids;
    const Response r = s.get("/dashboard/api/urgent");
    for (const auto &item : r.body.value("urgent", Json::array()))
        ids.push_back(item.value("id", ""));
    std::sort(ids.begin(), ids.end());
    return ids;
}
} // namespace

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "urgent");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    ServerProcess server(db, dir.path() / "media");
    DashboardSession adminSession(server, db, org, "admin@example.org", true);
    DashboardSession coordinator(server, db, org, "coord@example.org");

    CHECK_EQ(
        coordinator.post("/dashboard/api/urgent-words", { { "language", "en" }, { "phrases", { "x" } } }).status, 403);
    CHECK_EQ(
        adminSession.post("/dashboard/api/urgent-words", { { "language", "fr" }, { "phrases", { "x" } } }).status, 400);
    CHECK_EQ(
        adminSession.post("/dashboard/api/urgent-words", { { "language", "en" }, { "phrases", { "" } } }).status, 400);
    CHECK_EQ(adminSession
                 .post("/dashboard/api/urgent-words", { { "language", "en" }, { "phrases", { "unsafe", "hurt me" } } })
                 .status,
        200);
    CHECK_EQ(adminSession.post("/dashboard/api/urgent-words", { { "language", "cy" }, { "phrases", { "anniogel" } } })
                 .status,
        200);
    const Json words = coordinator.get("/dashboard/api/urgent-words").body.value("words", Json());
    CHECK_EQ(words["en"], Json({ "hurt me", "unsafe" }));

    auto kiosk = enrol(server, db, org, site, "kiosk");
    kiosk->write("contribution", "u-en", { { "text", "I feel UNSAFE at home" }, { "language", "en" } });
    kiosk->write("contribution", "fine", { { "text", "All fine, thanks" }, { "language", "en" } });
    kiosk->write("contribution", "u-cy", { { "text", "Rwy'n teimlo'n anniogel" }, { "language", "cy" } });
    kiosk->write(
        "contribution", "other-language", { { "text", "anniogel in an English answer" }, { "language", "en" } });
    CHECK_EQ(kiosk->push().status, 200);
    CHECK(queueIds(coordinator) == std::vector<std::string>({ "u-cy", "u-en" }));
    const Response queue = coordinator.get("/dashboard/api/urgent");
    for (const auto &item : queue.body.value("urgent", Json::array())) {
        CHECK_EQ(item.value("source", ""), std::string("words"));
        CHECK(item.value("age_ms", -1) >= 0);
        CHECK(!item.value("text", "").empty());
    }

    // Staff mark any answer; an edit that brings a listed word in marks it too.
    CHECK_EQ(coordinator.post("/dashboard/api/contributions/fine/urgent").status, 200);
    CHECK_EQ(coordinator.post("/dashboard/api/contributions/nobody/urgent").status, 404);
    kiosk->write("contribution", "other-language", { { "text", "someone said they would hurt me" } });
    CHECK_EQ(kiosk->push().status, 200);
    CHECK(queueIds(coordinator) == std::vector<std::string>({ "fine", "other-language", "u-cy", "u-en" }));

    // A withdrawn answer leaves the queue, and its mark with it.
    kiosk->write("contribution", "u-en", { { "withdrawn", true } });
    CHECK_EQ(kiosk->push().status, 200);
    CHECK(queueIds(coordinator) == std::vector<std::string>({ "fine", "other-language", "u-cy" }));
    {
        auto conn = openServerDatabase(db);
        auto s = conn->prepare("SELECT count(*) FROM urgent WHERE record_id = 'u-en'");
        CHECK(s.step() && s.integer(0) == 0);
    }
    // The webhook: a receiver on 127.0.0.1 that fails twice, then accepts.
    httplib::Server receiver;
    std::atomic<int> calls { 0 };
    std::mutex bodiesMutex;
    std::vector<std::string> bodies;
    receiver.Post("/hook", [&](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard lock(bodiesMutex);
        bodies.push_back(req.body);
        res.status = ++calls <= 2 ? 503 : 200;
    });
    const int port = receiver.bind_to_any_port("127.0.0.1");
    std::thread listening([&] { receiver.listen_after_bind(); });
    CHECK_EQ(coordinator.post("/dashboard/api/urgent-webhook", { { "url", "http://127.0.0.1/" } }).status, 403);
    CHECK_EQ(adminSession.post("/dashboard/api/urgent-webhook", { { "url", "ftp://x" } }).status, 400);
    CHECK_EQ(
        adminSession
            .post("/dashboard/api/urgent-webhook", { { "url", "http://127.0.0.1:" + std::to_string(port) + "/hook" } })
            .status,
        200);
    kiosk->write("contribution", "u-new", { { "text", "they hurt me again" }, { "language", "en" } });
    CHECK_EQ(kiosk->push().status, 200);
    for (int i = 0; i < 100 && calls < 3; ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    CHECK_EQ(calls.load(), 3);
    {
        std::lock_guard lock(bodiesMutex);
        for (const auto &b : bodies) {
            CHECK(b.find("u-new") != std::string::npos);
            CHECK(b.find("hurt") == std::string::npos);
        }
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    CHECK_EQ(calls.load(), 3); // accepted: no more attempts
    receiver.stop();
    listening.join();

    const Response audit = adminSession.get("/dashboard/api/audit");
    CHECK(audit.raw.find("urgent_words.set") != std::string::npos);
    CHECK(audit.raw.find("contribution.urgent") != std::string::npos);
    return tally().finish();
}
