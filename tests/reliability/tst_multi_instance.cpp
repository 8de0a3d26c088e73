// Several chorus-server instances on one PostgreSQL database, behind HAProxy (Debian's), sharing one
// media folder (on several machines: a shared file system; platforms/server/README.md). Nothing
// that matters is held in one instance:
// - a voice note whose upload is cut on one instance is resumed on a second and read from a third;
// - a dashboard session opened through one instance works on the others, and an account locked out
//   on one is locked out on all;
// - 500 simulated devices (the app's own store and sync engine) sync through the proxy while one
//   instance is SIGKILLed mid-run: every device's last sync succeeds, and every contribution any
//   device wrote is on the server exactly once, with one change-log entry.
// Prints devices, answers per second, and answers per second per instance still running.

#include "../server/dashboardsession.h"
#include "../server/serverharness.h"
#include "../sync/check.h"
#include "benchdevices.h"
#include "childprocess.h"
#include "freeport.h"
#include "directory.h"
#include "serverdb.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <future>
#include <set>
#include <sstream>
#include <sys/wait.h>
#include <thread>

using namespace chorus::test;
namespace fs = std::filesystem;

namespace {

// HAProxy in the foreground with the shipped configuration (platforms/server/haproxy-chorus.cfg),
// balancing over `ports` with health checks every 300 ms.
class Proxy {
public:
    Proxy(const fs::path &dir, const std::vector<int> &ports)
        : m_port(freePort())
    {
        // The shipped configuration, with this test's listening address and instances.
        const char *source = std::getenv("CHORUS_SOURCE_DIR");
        std::ifstream shipped(fs::path(source ? source : ".") / "platforms/server/haproxy-chorus.cfg");
        if (!shipped)
            throw std::runtime_error("cannot read platforms/server/haproxy-chorus.cfg (set CHORUS_SOURCE_DIR)");
        const fs::path cfg = dir / "haproxy.cfg";
        std::ofstream out(cfg);
        std::string line;
        bool serversWritten = false;
        while (std::getline(shipped, line)) {
            const auto first = line.find_first_not_of(' ');
            const std::string word = first == std::string::npos ? "" : line.substr(first, line.find(' ', first) - first);
            if (word == "bind") {
                out << "    bind 127.0.0.1:" << m_port << "\n";
            } else if (word == "server") {
                if (!serversWritten)
                    for (std::size_t i = 0; i < ports.size(); ++i)
                        out << "    server s" << i << " 127.0.0.1:" << ports[i] << " check inter 300ms fall 2 rise 2\n";
                serversWritten = true;
            } else {
                out << line << "\n";
            }
        }
        out.close();
        m_pid = ::fork();
        if (m_pid == 0)
            execDyingWithParent({ "/usr/sbin/haproxy", "-db", "-q", "-f", cfg.string() }, SIGTERM);
        // Ready once it answers health through itself.
        for (int i = 0; i < 200; ++i) {
            httplib::Client c("127.0.0.1", m_port);
            if (auto r = c.Get("/v1/health"); r && r->status == 200)
                return;
            std::this_thread::sleep_for(std::chrono::milliseconds(50));
        }
        throw std::runtime_error("HAProxy did not come up (is the haproxy package installed?)");
    }
    ~Proxy()
    {
        ::kill(m_pid, SIGTERM);
        int status = 0;
        ::waitpid(m_pid, &status, 0);
    }
    [[nodiscard]] int port() const { return m_port; }

private:
    int m_port;
    pid_t m_pid = -1;
};

} // namespace

int main()
{
    const long devices = envNumber("CHORUS_MULTI_DEVICES", 500);
    const long seconds = envNumber("CHORUS_MULTI_SECONDS", 20);
    TempDir dir;
    const std::string db = newServerDatabase(dir, "multi");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    const fs::path media = dir.path() / "shared-media";
    std::vector<std::unique_ptr<ServerProcess>> servers;
    for (int i = 0; i < 3; ++i)
        servers.push_back(std::make_unique<ServerProcess>(db, media, std::vector<std::string> { "--threads", "8", "--trusted-proxy", "127.0.0.1" }));
    Proxy proxy(dir.path(), { servers[0]->port(), servers[1]->port(), servers[2]->port() });

    // A voice note cut on instance 0, resumed on instance 1, read on instance 2.
    {
        auto kiosk = enrol(*servers[0], db, org, site, "kiosk");
        auto coord = enrol(*servers[0], db, org, site, "coordinator");
        std::string voice(200000, '\0');
        for (std::size_t i = 0; i < voice.size(); ++i)
            voice[i] = static_cast<char>((i * 7919) % 251);
        const std::string sha = sha256Hex(voice), size = std::to_string(voice.size());
        kiosk->write("contribution", "voice-1", { { "text", "spoken" }, { "format", "speak" }, { "media", { sha } } });
        CHECK_EQ(kiosk->push().status, 200);
        const std::size_t cut = 70001;
        CHECK_EQ(kiosk->put("/v1/media/" + sha + "?offset=0", voice.substr(0, cut), { { "Chorus-Media-Size", size } })
                     .status,
            200);
        kiosk->server = servers[1].get();
        CHECK_EQ(kiosk->get("/v1/media/" + sha + "/status").body.value("received", 0ull), cut);
        const Response rest
            = kiosk->put("/v1/media/" + sha + "?offset=" + std::to_string(cut), voice.substr(cut), { { "Chorus-Media-Size", size } });
        CHECK_EQ(rest.status, 200);
        CHECK_EQ(rest.body.value("complete", false), true);
        auto got = servers[2]->client()->Get("/v1/media/" + sha, { { "Authorization", "Bearer " + coord->token } });
        CHECK(got && got->status == 200 && got->body == voice);
    }

    // A dashboard session opened on one instance works on another; an account locked by wrong
    // passwords spread over two instances is locked on the third.
    {
        DashboardSession dash(*servers[0], db, org, "shared@example.org");
        dash.useServer(*servers[2]);
        CHECK_EQ(dash.get("/dashboard/api/session").status, 200);
        CHECK_EQ(dash.post("/dashboard/api/logout").status, 200);
        dash.useServer(*servers[1]);
        CHECK_EQ(dash.get("/dashboard/api/session").status, 401);
        auto login = [&](int instance, const std::string &password) {
            auto r = servers[static_cast<std::size_t>(instance)]->client()->Post("/dashboard/api/login",
                Json { { "email", "shared@example.org" }, { "password", password } }.dump(), "application/json");
            return r ? r->status : 0;
        };
        for (int i = 0; i < 4; ++i)
            CHECK_EQ(login(i % 2, "not-the-password"), 401);
        CHECK_EQ(login(1, "not-the-password"), 429);
        CHECK_EQ(login(2, "not-the-password"), 429);
    }

    // 500 devices through the proxy; instance 1 is killed a third of the way through.
    const fs::path root = dir.path() / "devices";
    fs::create_directories(root);
    {
        chorus::server::ServerDb server(db);
        auto lease = server.lease();
        chorus::server::Directory directory(*lease);
        std::ofstream codes(root / "codes");
        for (long i = 0; i < devices; ++i)
            codes << directory.issueEnrolmentCode(org, site, chorus::sync::protocol::Role::Kiosk, 60).code << "\n";
    }
    auto running = std::async(std::launch::async, [&] {
        return runBenchDevices(root, proxy.port(), devices,
            { "--contributions", "4", "--voice-bytes", "4096", "--seconds", std::to_string(seconds), "--settle", "60" });
    });
    // Setup (stores, enrolment) comes first; the kill is meant to land while devices sync.
    for (int i = 0; i < 1200 && !fs::exists(root / "stores" / ("device-" + std::to_string(devices - 1))); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(100));
    std::this_thread::sleep_for(std::chrono::seconds(seconds / 3 + 3));
    servers[1]->kill();
    // Mid-run: some answers had arrived, and more came after.
    // (Retried: under this load the instances may hold every connection PostgreSQL allows.)
    long atKill = -1;
    for (int i = 0; i < 40 && atKill < 0; ++i) {
        try {
            atKill = countOf(*openServerDatabase(db), "SELECT count(*) FROM contributions");
        } catch (const std::exception &e) {
            std::fprintf(stderr, "counting at the kill: %s\n", e.what());
            std::this_thread::sleep_for(std::chrono::milliseconds(250));
        }
    }
    const DevicesRun run = running.get();

    CHECK(run.result.is_object());
    CHECK_EQ(run.result.value("setup_errors", -1), 0);
    CHECK_EQ(run.result.value("final_errors", -1), 0);
    CHECK_EQ(static_cast<long>(run.written.size()), run.result.value("written", -1L));
    auto check = openServerDatabase(db);
    std::set<std::string> held;
    {
        auto s = check->prepare("SELECT id FROM contributions WHERE id <> 'voice-1'");
        while (s.step())
            held.insert(s.text(0));
    }
    long lost = 0;
    for (const auto &id : run.written)
        lost += held.count(id) ? 0 : 1;
    const long written = static_cast<long>(run.written.size());
    const long logged = countOf(*check, "SELECT count(*) FROM changelog WHERE kind = 'contribution' AND record_id <> 'voice-1'");
    CHECK(atKill > 1 && atKill < static_cast<long>(held.size()) + 1);
    CHECK_EQ(lost, 0L);
    CHECK_EQ(static_cast<long>(held.size()), written);
    CHECK_EQ(logged, written);

    const Json &r = run.result;
    const double perSecond = r.value("contributions_per_second", 0.0);
    std::printf("tst_multi_instance: 3 instances behind HAProxy on PostgreSQL, one SIGKILLed mid-run; %ld devices for "
                "%ld s: %d syncs, %zu requests, %d failed syncs during the run (first: %s), %d failed last syncs; request p50 "
                "%.1f ms, p99 %.1f ms; %ld contributions written, %zu on the server, %ld lost, %ld doubled; %.0f "
                "answers/s pushed in all, %.0f per instance (of 3, then 2); %ld on the server when the instance was killed\n",
        devices, seconds, r.value("syncs", 0), r.value("requests", std::size_t(0)), r.value("errors", -1),
        r.value("first_error", std::string()).c_str(), r.value("final_errors", -1), r.value("p50_ms", 0.0), r.value("p99_ms", 0.0), written, held.size(), lost,
        static_cast<long>(held.size()) - (written - lost), perSecond, perSecond / 2.5, atKill);
    return chorus::test::tally().finish();
}
