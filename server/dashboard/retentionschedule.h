#pragma once
// Runs the retention purge on its own thread: shortly after the server starts, then every hour,
// until it is destroyed (declare it after the database and media store it uses).

#include "mediastore.h"
#include "periodicworker.h"
#include "serverdb.h"

namespace chorus::server::dashboard {

class RetentionSchedule {
public:
    RetentionSchedule(ServerDb &server, MediaStore &media);

private:
    void purge();

    ServerDb &m_server;
    MediaStore &m_media;
    PeriodicWorker m_worker; // last: stops before the rest goes
};

} // namespace chorus::server::dashboard
