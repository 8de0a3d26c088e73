#include "scrubschedule.h"

#include "clock/hlc.h"
#include "logger.h"

#include <chrono>

namespace chorus::server {

ScrubSchedule::ScrubSchedule(ServerDb &server, int delaySeconds)
    : m_server(server)
    , m_delaySeconds(delaySeconds)
{
    using namespace std::chrono_literals;
    if (m_server.dialect() == sql::Dialect::PostgreSQL)
        m_worker = std::make_unique<PeriodicWorker>(5s, [this] { return tick(); });
}

std::chrono::milliseconds ScrubSchedule::tick()
{
    using namespace std::chrono_literals;
    const std::int64_t since = m_server.unscrubbedSince();
    if (since == 0 || sync::HybridClock::systemWallMs() - since < std::int64_t(m_delaySeconds) * 1000)
        return 5s;
    const auto started = std::chrono::steady_clock::now();
    try {
        const bool ran = m_server.scrub();
        const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
        log::info("scrub", { { "ran", ran }, { "ms", ms.count() },
                               { "waited_ms", sync::HybridClock::systemWallMs() - since } });
        // Not run: another instance is scrubbing; look again after it.
        return ran ? 5s : 60s;
    } catch (const std::exception &e) {
        log::error("scrub", { { "message", e.what() } });
        return 5min;
    }
}

} // namespace chorus::server
