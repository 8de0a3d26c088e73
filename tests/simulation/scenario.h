#pragma once
// What happens in a simulated world: the devices, what they created and withdrew, and the seeded
// choice of the next thing to happen.

#include "simdevice.h"

#include <memory>
#include <random>
#include <set>
#include <string>
#include <vector>

namespace chorus::server {
class ServerDb;
}

namespace chorus::sim {

struct World {
    std::mt19937_64 &rng;
    std::int64_t &simNow;
    std::vector<std::string> orgIds;
    std::vector<std::string> siteIds;
    std::vector<std::unique_ptr<SimDevice>> devices;
    std::vector<std::string> pendingCodes;
    // Contribution id -> the device that created it.
    std::map<std::string, SimDevice *> created;
    std::set<std::string> withdrawn;
    int counter = 0;
    server::ServerDb *serverDb = nullptr; // where coordinators settle conflicts, as at the dashboard

    // One seeded event; returns a failure description, or empty.
    std::string randomStep(bool verbose);
    // Every device online, no faults, syncing until nothing moves; fails if it never settles.
    std::string quiesce();
    [[nodiscard]] int conflictCount(server::ServerDb &db);
    [[nodiscard]] static std::string secretOf(const std::string &contributionId) { return "secret-" + contributionId; }

private:
    SimDevice &anyDevice();
    std::string heldContribution(SimDevice &device);
    void create(SimDevice &device);
    void edit(SimDevice &device);
    void withdraw(SimDevice &device);
    void publish(SimDevice &device);
    void settle();
};

} // namespace chorus::sim
