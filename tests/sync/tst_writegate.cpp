// sqlite::WriteGate: writers of one process take turns at SQLite's write lock in the order they
// asked, a turn nests, a waiter out of patience is told so; and connections sharing a gate write
// from many threads at once without a single "database is locked", where polling through SQLite's
// busy handler alone gives up.

#include "check.h"
#include "sqlite/database.h"
#include "sqlite/writegate.h"

#include <atomic>
#include <chrono>
#include <filesystem>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

using namespace chorus;
using namespace std::chrono_literals;

namespace {

void turnsAreServedInTheOrderAsked()
{
    sqlite::WriteGate gate;
    sqlite::WriteGate::Turn first;
    CHECK(gate.take(first));
    std::mutex mutex;
    std::vector<int> order;
    std::vector<std::thread> writers;
    for (int i = 0; i < 6; ++i) {
        writers.emplace_back([&, i] {
            sqlite::WriteGate::Turn turn;
            CHECK(gate.take(turn));
            std::lock_guard lock(mutex);
            order.push_back(i);
        });
        std::this_thread::sleep_for(30ms); // so each has queued before the next asks
    }
    first = sqlite::WriteGate::Turn();
    for (auto &t : writers)
        t.join();
    CHECK((order == std::vector<int> { 0, 1, 2, 3, 4, 5 }));
}

void aTurnNestsAndAWaiterRunsOutOfPatience()
{
    sqlite::WriteGate gate(200ms);
    sqlite::WriteGate::Turn outer;
    CHECK(gate.take(outer));
    {
        sqlite::WriteGate::Turn inner;
        CHECK(gate.take(inner)); // the same thread: at once
        CHECK(gate.heldByThisThread());
    }
    CHECK(gate.heldByThisThread()); // the inner one did not release the outer
    bool gotIt = true;
    const auto t0 = std::chrono::steady_clock::now();
    std::thread([&] {
        sqlite::WriteGate::Turn turn;
        gotIt = gate.take(turn);
    }).join();
    CHECK(!gotIt);
    CHECK(std::chrono::steady_clock::now() - t0 >= 190ms);
    outer = sqlite::WriteGate::Turn();
    std::thread([&] {
        sqlite::WriteGate::Turn turn;
        gotIt = gate.take(turn); // the one that gave up left the queue: nobody is ahead
    }).join();
    CHECK(gotIt);
}

// 24 threads, each with its own connection, each writing 15 transactions that hold the lock a few
// milliseconds; SQLite's busy timeout is short, as a crowd makes any timeout.
int lockedErrors(const std::filesystem::path &file, bool shareAGate)
{
    std::filesystem::remove(file);
    std::filesystem::remove(file.string() + "-wal");
    std::filesystem::remove(file.string() + "-shm");
    sqlite::OpenOptions options;
    options.busyTimeoutMs = 20;
    options.durability = sqlite::Durability::Normal;
    sqlite::Database::open(file.string(), options)->exec("CREATE TABLE t (n INTEGER)");
    auto gate = std::make_shared<sqlite::WriteGate>();
    std::atomic<int> errors { 0 };
    std::vector<std::thread> writers;
    for (int w = 0; w < 24; ++w)
        writers.emplace_back([&] {
            auto db = sqlite::Database::open(file.string(), options);
            if (shareAGate)
                db->setWriteGate(gate);
            for (int i = 0; i < 15; ++i) {
                try {
                    db->transaction([&] {
                        db->exec("INSERT INTO t (n) VALUES (1)");
                        std::this_thread::sleep_for(3ms);
                    });
                } catch (const sqlite::Error &e) {
                    if (e.isBusy())
                        ++errors;
                }
            }
        });
    for (auto &t : writers)
        t.join();
    if (shareAGate) {
        auto db = sqlite::Database::open(file.string(), options);
        auto s = db->prepare("SELECT count(*) FROM t");
        CHECK(s.step() && s.integer(0) == 24 * 15);
    }
    return errors.load();
}

} // namespace

int main()
{
    turnsAreServedInTheOrderAsked();
    aTurnNestsAndAWaiterRunsOutOfPatience();
    const auto dir = std::filesystem::temp_directory_path() / ("chorus-writegate-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    const int polling = lockedErrors(dir / "polling.db", false);
    const int inTurn = lockedErrors(dir / "turns.db", true);
    std::printf("busy errors: %d polling, %d taking turns\n", polling, inTurn);
    CHECK(polling > 0); // the crowd is a real one: without the gate some writers give up
    CHECK(inTurn == 0);
    std::filesystem::remove_all(dir);
    return chorus::test::tally().finish();
}
