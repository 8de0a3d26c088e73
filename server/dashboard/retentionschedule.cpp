#include "retentionschedule.h"

#include "clock/hlc.h"
#include "logger.h"
#include "retentionpurge.h"

#include <chrono>

namespace chorus::server::dashboard {

RetentionSchedule::RetentionSchedule(ServerDb &server, MediaStore &media)
    : m_server(server)
    , m_media(media)
    , m_worker(std::chrono::seconds(30), [this] {
        purge();
        return std::chrono::hours(1);
    })
{ }

void RetentionSchedule::purge()
{
    try {
        const auto done = RetentionPurge(m_server, m_media).run(sync::HybridClock::systemWallMs());
        if (done.value("purged", 0) > 0)
            log::info("retention", done);
    } catch (const std::exception &e) {
        // Tried again in an hour; nothing is half done (each answer is purged in one transaction).
        log::error("retention", { { "message", e.what() } });
    }
}

} // namespace chorus::server::dashboard
