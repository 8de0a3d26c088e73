#include "scenario.h"

#include "conflictsettlement.h"
#include "serverdb.h"

#include <array>

#include <cstdio>

namespace chorus::sim {

namespace {
using sync::protocol::Role;
using nlohmann::json;
} // namespace

SimDevice &World::anyDevice()
{
    return *devices[std::uniform_int_distribution<size_t>(0, devices.size() - 1)(rng)];
}

std::string World::heldContribution(SimDevice &device)
{
    auto s = device.db().prepare("SELECT id FROM contributions WHERE withdrawn IS NOT 1 ORDER BY id");
    std::vector<std::string> ids;
    while (s.step())
        ids.push_back(s.text(0));
    if (ids.empty())
        return {};
    return ids[std::uniform_int_distribution<size_t>(0, ids.size() - 1)(rng)];
}

void World::create(SimDevice &device)
{
    const std::string id = "c" + std::to_string(++counter) + "-" + device.name();
    const int rating = std::uniform_int_distribution<int>(1, 5)(rng);
    device.write("contribution", id,
                 {{"prompt_id", "p1"},
                  {"device_id", device.name()},
                  {"created_at", simNow},
                  {"format", "write"},
                  {"language", "en"},
                  {"text", secretOf(id) + " the waiting room is cold"},
                  {"rating", rating},
                  {"consent", {{"anonymous", true}, {"quote", rating > 3}, {"contact", false}}},
                  {"tags", json::array()},
                  {"status", "new"},
                  {"reference", "R" + std::to_string(counter)},
                  {"redacted", false}});
    created[id] = &device;
}

void World::edit(SimDevice &device)
{
    const std::string id = heldContribution(device);
    if (id.empty())
        return;
    static const char *statuses[] = {"new", "reviewed", "acted_on"};
    static const char *themes[] = {"housing", "food", "opening hours", "staff"};
    auto pickOne = [&](const char *const *from, int n) { return from[std::uniform_int_distribution<int>(0, n - 1)(rng)]; };
    if (device.role() == Role::Coordinator) {
        json tags = json::array();
        for (int i = 0; i < 4; ++i)
            if (rng() % 2)
                tags.push_back(themes[i]);
        device.write("contribution", id, {{"status", pickOne(statuses, 3)}, {"tags", tags}});
    } else {
        device.write("contribution", id, {{"text", secretOf(id) + " edited at " + std::to_string(simNow)}});
    }
}

void World::withdraw(SimDevice &device)
{
    const std::string id = heldContribution(device);
    if (id.empty())
        return;
    device.withdraw(id);
    withdrawn.insert(id);
}

void World::publish(SimDevice &device)
{
    const int n = std::uniform_int_distribution<int>(1, 3)(rng);
    const std::string org = device.orgId();
    device.write("prompt", "prompt-" + org + "-" + std::to_string(n),
                 {{"text", {{"en", "Question " + std::to_string(n) + " at " + std::to_string(simNow)}}},
                  {"formats", {"write", "faces"}},
                  {"position", n},
                  {"retired", false}});
    device.write("outcome", "outcome-" + org + "-" + std::to_string(n),
                 {{"said", {{"en", "You said " + std::to_string(n)}}},
                  {"did", {{"en", "We did " + std::to_string(simNow)}}},
                  {"published", true}});
}

void World::settle()
{
    auto lease = serverDb->lease();
    std::vector<std::array<std::string, 3>> open;
    {
        auto s = lease->prepare("SELECT kind, record_id, field FROM conflicts WHERE settled = 0 ORDER BY id");
        while (s.step())
            open.push_back({s.text(0), s.text(1), s.text(2)});
    }
    if (open.empty())
        return;
    const auto &[kind, record, field] = open[std::uniform_int_distribution<size_t>(0, open.size() - 1)(rng)];
    lease->transaction([&] { (void)server::settleConflicts(*lease, kind, record, field); });
}

std::string World::randomStep(bool verbose)
{
    SimDevice &device = anyDevice();
    const int roll = std::uniform_int_distribution<int>(0, 99)(rng);
    const char *what = "";
    if (roll < 28 && device.role() != Role::Coordinator) {
        what = "create";
        create(device);
    } else if (roll < 42) {
        what = "edit";
        edit(device);
    } else if (roll < 48) {
        what = "withdraw";
        withdraw(device);
    } else if (roll < 53 && device.role() == Role::Coordinator) {
        what = "publish";
        publish(device);
    } else if (roll < 56 && device.role() == Role::Coordinator) {
        what = "settle a conflict";
        settle();
    } else if (roll < 60) {
        what = device.online ? "go offline" : "come online";
        device.online = !device.online;
    } else if (roll < 63) {
        what = "restart";
        device.restart();
    } else if (device.online) {
        what = "sync";
        const auto result = device.sync({.dropRequest = 0.08, .loseAnswer = 0.08, .duplicate = 0.08, .killDevice = 0.04});
        if (result.status == sync::client::SyncStatus::Done || result.status == sync::client::SyncStatus::Offline) {
            if (auto backwards = device.checkNeverBackwards(); !backwards.empty())
                return backwards;
        } else if (result.status != sync::client::SyncStatus::Failed) {
            return device.name() + ": unexpected sync status " + sync::client::statusName(result.status) + ": "
                + sync::client::problemName(result.problem) + " " + result.detail;
        }
    }
    if (verbose && *what)
        std::fprintf(stderr, "  %s %s\n", device.name().c_str(), what);
    return {};
}

std::string World::quiesce()
{
    for (auto &d : devices)
        d->online = true;
    for (int round = 0; round < 8; ++round) {
        bool moved = false;
        for (auto &d : devices) {
            const auto result = d->sync({});
            if (result.status != sync::client::SyncStatus::Done)
                return d->name() + ": sync without faults ended " + sync::client::statusName(result.status) + ": "
                    + sync::client::problemName(result.problem) + " " + result.detail;
            moved = moved || result.pushed > 0 || result.pulled > 0;
            if (auto backwards = d->checkNeverBackwards(); !backwards.empty())
                return backwards;
        }
        if (!moved)
            return {};
    }
    return "the devices never stopped exchanging changes";
}

int World::conflictCount(server::ServerDb &db)
{
    auto lease = db.lease();
    auto s = lease->prepare("SELECT count(*) FROM conflicts");
    return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

} // namespace chorus::sim
