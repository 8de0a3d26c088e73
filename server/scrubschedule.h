#pragma once
// Runs the PostgreSQL scrub (postgres/pgscrub.h) on its own thread once a removal has waited
// `delaySeconds`, so removals close together share one scrub and its table locks. After a failure
// (a lock not granted in time, a missing privilege) it logs why and tries again five minutes later.
// Does nothing on SQLite, where each removal clears its own traces at once.

#include "serverdb.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace chorus::server {

class ScrubSchedule {
public:
    ScrubSchedule(ServerDb &server, int delaySeconds);
    ~ScrubSchedule();
    ScrubSchedule(const ScrubSchedule &) = delete;
    ScrubSchedule &operator=(const ScrubSchedule &) = delete;

private:
    void loop();

    ServerDb &m_server;
    const int m_delaySeconds;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace chorus::server
