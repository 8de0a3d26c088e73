#include "world.h"

#include "invariants.h"
#include "scenario.h"

#include "directory.h"
#include "httpapi.h"
#include "logger.h"
#include "mediastore.h"
#include "serverdb.h"

#include <httplib.h>

#include <chrono>
#include <filesystem>
#include <memory>
#include <random>
#include <thread>
#include <vector>

namespace chorus::sim {

namespace {
using sync::protocol::Role;

struct ServerUnderTest {
    std::unique_ptr<server::ServerDb> db;
    std::unique_ptr<server::MediaStore> media;
    std::unique_ptr<server::HttpApi> api;
    httplib::Server http;
    std::thread thread;
    int port = 0;

    explicit ServerUnderTest(const std::string &dir)
    {
        server::ServerConfig config;
        config.database = dir + "/server.db";
        config.mediaDir = dir + "/server-media";
        config.quiet = true;
        server::log::setQuiet(true);
        // The simulation sends far more requests than a real device: rate limits are tested elsewhere.
        config.deviceRequestsPerSecond = 1e9;
        config.deviceBurst = 1e9;
        config.enrolPerMinute = 1e9;
        db = std::make_unique<server::ServerDb>(config.database);
        media = std::make_unique<server::MediaStore>(config.mediaDir);
        api = std::make_unique<server::HttpApi>(*db, *media, config);
        api->install(http);
        port = http.bind_to_any_port("127.0.0.1");
        thread = std::thread([this] { http.listen_after_bind(); });
        while (!http.is_running())
            std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    ~ServerUnderTest()
    {
        http.stop();
        thread.join();
    }
};

std::int64_t pick(std::mt19937_64 &rng, std::initializer_list<std::int64_t> choices)
{
    return *(choices.begin() + std::uniform_int_distribution<std::size_t>(0, choices.size() - 1)(rng));
}
} // namespace

SimReport runSimulation(const SimConfig &config)
{
    SimReport report;
    std::mt19937_64 rng(config.seed);
    const std::string dir = (std::filesystem::temp_directory_path() / ("chorus-sim-" + std::to_string(config.seed) + "-"
                                                                      + std::to_string(::getpid())))
                                .string();
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    // Simulated time starts hours behind the server's real clock and stays behind it, so only the
    // deliberately skewed clocks run ahead of the server.
    std::int64_t simNow = server::nowMs() - 4 * 3600000LL;
    World world{rng, simNow, {}, {}, {}, {}, {}, {}, 0};
    {
        ServerUnderTest server(dir);
        world.serverDb = server.db.get();
        const std::string url = "http://127.0.0.1:" + std::to_string(server.port);
        struct Plan {
            const char *name;
            Role role;
            int org;
        };
        const Plan plans[] = {{"kiosk-a", Role::Kiosk, 0},       {"outreach-a1", Role::Outreach, 0},
                              {"outreach-a2", Role::Outreach, 0}, {"coord-a1", Role::Coordinator, 0},
                              {"coord-a2", Role::Coordinator, 0}, {"outreach-b", Role::Outreach, 1},
                              {"coord-b", Role::Coordinator, 1}};
        {
            auto lease = server.db->lease();
            server::Directory directory(*lease);
            for (int org = 0; org < 2; ++org) {
                world.orgIds.push_back(directory.createOrganisation("Org " + std::to_string(org)));
                world.siteIds.push_back(directory.createSite(world.orgIds.back(), "Site " + std::to_string(org)));
            }
            for (const auto &plan : plans) {
                const auto code = directory.issueEnrolmentCode(world.orgIds[plan.org], world.siteIds[plan.org], plan.role, 60);
                // Clocks: most are right, some a little off, some far ahead (clamped) or far behind.
                // Clocks: most right, some a little off or far behind; with farAheadClocks also some
                // beyond the server's 5-minute bound, which it clamps (a known defect: see
                // docs/reliability.md).
                const std::int64_t skew = config.farAheadClocks
                    ? pick(rng, {0, 0, 40000, -120000, 240000, 600000, -3 * 3600000LL, 2 * 86400000LL})
                    : pick(rng, {0, 0, 40000, -120000, 240000, -3 * 3600000LL});
                auto device = std::make_unique<SimDevice>(plan.name, dir + "/" + plan.name, plan.role,
                                                          world.orgIds[plan.org], skew, simNow, rng, url);
                world.devices.push_back(std::move(device));
                world.pendingCodes.push_back(code.code);
            }
        }
        for (size_t i = 0; i < world.devices.size(); ++i)
            if (!world.devices[i]->enrol(world.pendingCodes[i])) {
                report.failure = "enrolment failed for " + world.devices[i]->name();
                return report;
            }

        for (int step = 0; step < config.steps && report.failure.empty(); ++step) {
            simNow += std::uniform_int_distribution<std::int64_t>(0, 60000)(rng);
            report.failure = world.randomStep(config.verbose);
            if (report.failure.empty())
                report.failure = checkNothingReadable(world);
        }
        if (report.failure.empty())
            report.failure = world.quiesce();
        if (report.failure.empty())
            report.failure = checkInvariants(world, *server.db);
        for (const auto &d : world.devices) {
            report.requests += d->requestCount();
            report.faults += d->faultCount();
        }
        report.contributions = static_cast<int>(world.created.size());
        report.withdrawals = static_cast<int>(world.withdrawn.size());
        report.conflicts = world.conflictCount(*server.db);
        // Devices first: their open keep-alive connections would hold the server's stop for its
        // 5-second read timeout, which was most of each seed's time.
        world.devices.clear();
    }
    if (report.failure.empty())
        std::filesystem::remove_all(dir);
    else
        report.failure += " (files kept in " + dir + ")";
    return report;
}

} // namespace chorus::sim
