// ServerDb's connection pool under a burst: past its limit a request waits, then may open one more
// (so a request holding one and needing a second never waits for itself), but never more than twice
// the limit; past that it waits and then says busy (429) instead of exhausting PostgreSQL's
// connections. A connection opened beyond the limit is closed when returned, and that makes room
// for a waiting request at once.

#include "../sync/check.h"
#include "apierror.h"
#include "serverdb.h"

#include <chrono>
#include <filesystem>
#include <future>
#include <optional>
#include <thread>

using namespace chorus;
using Clock = std::chrono::steady_clock;

int main()
{
    const auto dir = std::filesystem::temp_directory_path() / ("chorus-pool-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    {
        server::ServerDb db((dir / "pool.db").string());
        db.setPoolLimit(1);
        auto first = db.lease();
        const auto t0 = Clock::now();
        std::optional<server::ServerDb::Lease> second(db.lease()); // waits, then opens one beyond
        CHECK(Clock::now() - t0 >= std::chrono::milliseconds(1900));

        // A third waits for room; the second coming back (closed, being beyond the limit) makes it.
        const auto t1 = Clock::now();
        auto third = std::async(std::launch::async, [&] { return db.lease(); });
        std::this_thread::sleep_for(std::chrono::milliseconds(2500));
        CHECK(third.wait_for(std::chrono::seconds(0)) == std::future_status::timeout);
        second.reset();
        CHECK(third.wait_for(std::chrono::seconds(3)) == std::future_status::ready);
        CHECK(Clock::now() - t1 < std::chrono::seconds(8));
        auto held = third.get();

        // Two held and the limit is one: a fourth is told the server is busy.
        bool busy = false;
        try {
            auto fourth = db.lease();
        } catch (const server::ApiError &e) {
            busy = e.code() == sync::protocol::ErrorCode::RateLimited;
        }
        CHECK(busy);
    }
    std::filesystem::remove_all(dir);
    return chorus::test::tally().finish();
}
