// The change log's order is commit order, on both backends: while one writer holds an uncommitted
// entry, a second writer's entry must not become visible to a pull ahead of it, or the pull's cursor
// would jump over the first entry for good. Deterministic: the first writer holds its transaction
// open while the second writes and a pull runs.

#include "../sync/check.h"
#include "changefeed.h"
#include "serverdb.h"
#include "serverharness.h"

#include <atomic>
#include <chrono>
#include <set>
#include <thread>

using namespace chorus::test;
using namespace std::chrono_literals;
namespace server = chorus::server;

namespace {

void appendEntry(chorus::sql::Connection &db, const std::string &record)
{
    const Json body { { "id", "c-" + record }, { "kind", "prompt" }, { "record", record }, { "fields", Json::object() } };
    db.cached("INSERT INTO changelog (org_id, kind, record_id, origin_device, withdrawal, body) VALUES (?1, 'prompt', ?2, "
              "'writer', 0, ?3)")
        .bind(1, "org")
        .bind(2, record)
        .bind(3, body.dump())
        .run();
}

std::vector<std::string> records(const Json &page)
{
    std::vector<std::string> out;
    for (const auto &c : page["changes"])
        out.push_back(c["record"].get<std::string>());
    return out;
}

void testLateCommitIsNotSkipped(const std::string &url, int round)
{
    const std::string first = "first-" + std::to_string(round), second = "second-" + std::to_string(round);
    auto a = server::ServerDb::connect(url), b = server::ServerDb::connect(url), reader = server::ServerDb::connect(url);
    const server::DeviceIdentity coordinator { "puller", "org", "site", chorus::sync::protocol::Role::Coordinator };
    server::ChangeFeed feed(*reader, coordinator);
    const std::string start = feed.page("0", "500")["cursor"];

    std::atomic<bool> inserted { false };
    std::thread holder([&] {
        a->transaction([&] {
            appendEntry(*a, first);
            inserted = true;
            std::this_thread::sleep_for(800ms);
        });
    });
    while (!inserted)
        std::this_thread::sleep_for(5ms);
    std::thread late([&] { b->transaction([&] { appendEntry(*b, second); }); });
    std::this_thread::sleep_for(200ms);
    const Json during = feed.page(start, "500");
    holder.join();
    late.join();
    const Json after = feed.page(during["cursor"], "500");

    std::multiset<std::string> seen;
    for (const auto &r : records(during))
        seen.insert(r);
    for (const auto &r : records(after))
        seen.insert(r);
    // Whatever the pull saw first, between the two pages it gets each entry exactly once.
    CHECK_EQ(seen.count(first), 1u);
    CHECK_EQ(seen.count(second), 1u);
    CHECK(records(during).empty());
}

} // namespace

int main()
{
    TempDir dir;
    const std::string url = newServerDatabase(dir, "feedorder");
    {
        server::ServerDb migrated(url);
    }
    for (int round = 0; round < 3; ++round)
        testLateCommitIsNotSkipped(url, round);
    return chorus::test::tally().finish();
}
