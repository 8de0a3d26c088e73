#pragma once
// Runs the PostgreSQL scrub (postgres/pgscrub.h) on its own thread once a removal has waited
// `delaySeconds`, so removals close together share one scrub and its table locks. After a failure
// (a lock not granted in time, a missing privilege) it logs why and tries again five minutes later.
// Does nothing on SQLite, where each removal clears its own traces at once.

#include "periodicworker.h"
#include "serverdb.h"

#include <chrono>
#include <memory>

namespace chorus::server {

class ScrubSchedule {
public:
    ScrubSchedule(ServerDb &server, int delaySeconds);

private:
    // Scrubs when a removal has waited long enough; answers how long to wait before looking again.
    std::chrono::milliseconds tick();

    ServerDb &m_server;
    const int m_delaySeconds;
    std::unique_ptr<PeriodicWorker> m_worker; // last: stops before the rest goes
};

} // namespace chorus::server
