// Load and soak: many enrolled devices (bench_sync devices, the app's own sync engine and store)
// write and sync at once against a real chorus-server on 127.0.0.1 for a bounded time, on SQLite or
// PostgreSQL (ctest runs both). Checks: no sync fails; the server's resident memory after the soak
// is within a stated bound of what it was after a warm-up; and every contribution any device wrote
// is on the server exactly once (nothing lost, nothing doubled). Prints errors, p50/p99 latency and
// memory. A longer run: CHORUS_SOAK_SECONDS=600 CHORUS_SOAK_DEVICES=100 tst_load_soak

#include "../server/serverharness.h"
#include "../sync/check.h"
#include "benchdevices.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <set>
#include <sstream>

using namespace chorus::test;

namespace {

// Resident memory of a process in KiB, from /proc.
long rssKib(pid_t pid)
{
    std::ifstream in("/proc/" + std::to_string(pid) + "/status");
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0)
            return std::strtol(line.c_str() + 6, nullptr, 10);
    return -1;
}

// Runs `devices` fresh devices for `seconds` in a folder of their own.
DevicesRun runDevices(const TempDir &dir, const std::string &db, const std::string &org, const std::string &site,
    const ServerProcess &server, const std::string &name, long devices, long seconds)
{
    const auto root = dir.path() / name;
    std::filesystem::create_directories(root);
    {
        std::ofstream codes(root / "codes");
        for (long i = 0; i < devices; ++i)
            codes << admin(db, { "enrol-code", org, site, "kiosk" })["code"].get<std::string>() << "\n";
    }
    return runBenchDevices(root, server.port(), devices,
        { "--contributions", "10", "--voice-bytes", "16384", "--seconds", std::to_string(seconds) });
}

} // namespace

int main()
{
    const long devices = envNumber("CHORUS_SOAK_DEVICES", 16);
    const long seconds = envNumber("CHORUS_SOAK_SECONDS", 25);
    // Growth allowed between the warm-up and the end of the soak: room for caches and allocator
    // slack, far below what a leak per request or per contribution would add over thousands of them.
    const long boundKib = envNumber("CHORUS_SOAK_RSS_BOUND_KIB", 32 * 1024);
    TempDir dir;
    const std::string db = newServerDatabase(dir, "soak");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    ServerProcess server(db, dir.path() / "media", { "--threads", "8" });
    const long rssStart = rssKib(server.pid());

    // Warm-up: the server's connection pool, caches and thread stacks reach their working size.
    const DevicesRun warm = runDevices(dir, db, org, site, server, "warm", 4, 3);
    const long rssWarm = rssKib(server.pid());
    const DevicesRun soak = runDevices(dir, db, org, site, server, "soak", devices, seconds);
    const long rssEnd = rssKib(server.pid());

    for (const DevicesRun *p : { &warm, &soak }) {
        CHECK(p->result.is_object());
        CHECK_EQ(p->result.value("setup_errors", -1), 0);
        CHECK_EQ(p->result.value("errors", -1), 0);
        CHECK_EQ(static_cast<long>(p->written.size()), p->result.value("written", -1L));
    }
    auto check = openServerDatabase(db);
    std::set<std::string> held;
    {
        auto s = check->prepare("SELECT id FROM contributions");
        while (s.step())
            held.insert(s.text(0));
    }
    long lost = 0;
    for (const DevicesRun *p : { &warm, &soak })
        for (const auto &id : p->written)
            lost += held.count(id) ? 0 : 1;
    const long written = static_cast<long>(warm.written.size() + soak.written.size());
    // Every change log entry of a contribution is one creation here: a replay that applied twice shows up.
    const long logged = countOf(*check, "SELECT count(*) FROM changelog WHERE kind = 'contribution'");
    const long extra = static_cast<long>(held.size()) - (written - lost);
    CHECK_EQ(lost, 0L);
    CHECK_EQ(extra, 0L);
    CHECK_EQ(logged, written);
    CHECK(rssStart > 0 && rssWarm > 0 && rssEnd > 0);
    CHECK(rssEnd - rssWarm <= boundKib);

    const Json &r = soak.result;
    std::printf("tst_load_soak (%s): %ld devices for %ld s: %d syncs, %zu requests, %d errors, request p50 %.1f ms, "
                "p99 %.1f ms, max %.1f ms; %ld contributions written (%.0f/s pushed), %ld on the server, %ld lost, "
                "%ld doubled, %ld change-log entries; server RSS %ld MiB at start, %ld after warm-up, %ld after "
                "(growth %ld KiB, bound %ld KiB)\n",
        usingPostgres() ? "PostgreSQL" : "SQLite", devices, seconds, r.value("syncs", 0),
        r.value("requests", std::size_t(0)), r.value("errors", -1), r.value("p50_ms", 0.0), r.value("p99_ms", 0.0),
        r.value("max_ms", 0.0), written, r.value("contributions_per_second", 0.0), static_cast<long>(held.size()), lost,
        extra, logged, rssStart / 1024, rssWarm / 1024, rssEnd / 1024, rssEnd - rssWarm, boundKib);
    return chorus::test::tally().finish();
}
