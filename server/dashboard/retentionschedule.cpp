#include "retentionschedule.h"

#include "clock/hlc.h"
#include "logger.h"
#include "retentionpurge.h"

#include <chrono>

namespace chorus::server::dashboard {

RetentionSchedule::RetentionSchedule(ServerDb &server, MediaStore &media)
    : m_server(server)
    , m_media(media)
    , m_thread([this] { loop(); })
{ }

RetentionSchedule::~RetentionSchedule()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void RetentionSchedule::loop()
{
    using namespace std::chrono_literals;
    auto wait = 30s;
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, wait, [this] { return m_stopping; }))
                return;
        }
        wait = 1h;
        try {
            const auto done = RetentionPurge(m_server, m_media).run(sync::HybridClock::systemWallMs());
            if (done.value("purged", 0) > 0)
                log::info("retention", done);
        } catch (const std::exception &e) {
            // Tried again in an hour; nothing is half done (each answer is purged in one transaction).
            log::error("retention", { { "message", e.what() } });
        }
    }
}

} // namespace chorus::server::dashboard
