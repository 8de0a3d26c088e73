#include "scrubschedule.h"

#include "clock/hlc.h"
#include "logger.h"

#include <chrono>

namespace chorus::server {

ScrubSchedule::ScrubSchedule(ServerDb &server, int delaySeconds)
    : m_server(server)
    , m_delaySeconds(delaySeconds)
{
    if (m_server.dialect() == sql::Dialect::PostgreSQL)
        m_thread = std::thread([this] { loop(); });
}

ScrubSchedule::~ScrubSchedule()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

void ScrubSchedule::loop()
{
    using namespace std::chrono_literals;
    auto wait = 5s;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, wait, [this] { return m_stopping; }))
                return;
        }
        wait = 5s;
        const std::int64_t since = m_server.unscrubbedSince();
        if (since == 0 || sync::HybridClock::systemWallMs() - since < std::int64_t(m_delaySeconds) * 1000)
            continue;
        const auto started = std::chrono::steady_clock::now();
        try {
            const bool ran = m_server.scrub();
            const auto ms
                = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started);
            log::info("scrub", { { "ran", ran }, { "ms", ms.count() },
                                   { "waited_ms", sync::HybridClock::systemWallMs() - since } });
            if (!ran)
                wait = 60s; // another instance is scrubbing; look again after it
        } catch (const std::exception &e) {
            log::error("scrub", { { "message", e.what() } });
            wait = 5min;
        }
    }
}

} // namespace chorus::server
