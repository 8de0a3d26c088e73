// ServerDb's connection pool under a burst: past its limit requests wait for a connection in the
// order they came, and one that waited past the pool's patience is told the server is busy (429)
// instead of exhausting PostgreSQL's connections. A thread already holding a connection, or the
// write turn everyone queues behind, never waits: it opens one beyond the limit, closed when returned.

#include "../sync/check.h"
#include "apierror.h"
#include "serverdb.h"

#include <chrono>
#include <filesystem>
#include <future>
#include <mutex>
#include <optional>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace chorus;
using namespace std::chrono_literals;
using Clock = std::chrono::steady_clock;

namespace {

bool busy(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const server::ApiError &e) {
        return e.code() == sync::protocol::ErrorCode::RateLimited;
    }
    return false;
}

void aSecondLeaseOnTheSameThreadDoesNotWait(server::ServerDb &db)
{
    db.setPoolLimit(1, 500ms);
    auto first = db.lease();
    const auto t0 = Clock::now();
    std::optional<server::ServerDb::Lease> second(db.lease());
    CHECK(Clock::now() - t0 < 300ms);
    // Another thread waits: two are open against a limit of one, and the one beyond it is closed
    // when returned, so it does not make room.
    auto other = std::async(std::launch::async, [&] { return busy([&] { (void)db.lease(); }); });
    std::this_thread::sleep_for(100ms);
    second.reset();
    CHECK(other.get()); // nobody returned the first: it waited its patience out
}

void waitersAreServedInTheOrderTheyCame(server::ServerDb &db)
{
    db.setPoolLimit(1, 10s);
    std::optional<server::ServerDb::Lease> held(db.lease());
    std::mutex mutex;
    std::vector<int> order;
    std::vector<std::thread> requests;
    for (int i = 0; i < 5; ++i) {
        requests.emplace_back([&, i] {
            auto lease = db.lease();
            {
                std::lock_guard lock(mutex);
                order.push_back(i);
            }
            std::this_thread::sleep_for(5ms);
        });
        std::this_thread::sleep_for(40ms); // so each is queued before the next comes
    }
    held.reset();
    for (auto &t : requests)
        t.join();
    CHECK((order == std::vector<int> { 0, 1, 2, 3, 4 }));
}

void theWriterEveryoneQueuesBehindDoesNotWaitForAConnection(server::ServerDb &db)
{
    db.setPoolLimit(1, 500ms);
    // Another request holds the only connection, waiting for its turn to write...
    std::promise<void> holding;
    std::promise<void> release;
    std::thread other([&] {
        auto lease = db.lease();
        holding.set_value();
        release.get_future().wait();
    });
    holding.get_future().wait();
    // ...while the request whose turn it is needs a connection to write with.
    bool wrote = false;
    std::thread writer([&] {
        auto turn = db.writeTurn();
        const auto t0 = Clock::now();
        auto lease = db.lease();
        lease->transaction([&] { lease->exec("CREATE TABLE IF NOT EXISTS pool_probe (n INTEGER)"); });
        wrote = Clock::now() - t0 < 400ms;
    });
    writer.join();
    release.set_value();
    other.join();
    CHECK(wrote);
}

} // namespace

int main()
{
    const auto dir = std::filesystem::temp_directory_path() / ("chorus-pool-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    {
        server::ServerDb db((dir / "pool.db").string());
        aSecondLeaseOnTheSameThreadDoesNotWait(db);
        waitersAreServedInTheOrderTheyCame(db);
        theWriterEveryoneQueuesBehindDoesNotWaitForAConnection(db);
    }
    std::filesystem::remove_all(dir);
    return chorus::test::tally().finish();
}
