#pragma once
// Runs the retention purge on its own thread: shortly after the server starts, then every hour,
// until it is destroyed (declare it after the database and media store it uses).

#include "mediastore.h"
#include "serverdb.h"

#include <condition_variable>
#include <mutex>
#include <thread>

namespace chorus::server::dashboard {

class RetentionSchedule {
public:
    RetentionSchedule(ServerDb &server, MediaStore &media);
    ~RetentionSchedule();
    RetentionSchedule(const RetentionSchedule &) = delete;
    RetentionSchedule &operator=(const RetentionSchedule &) = delete;

private:
    void loop();

    ServerDb &m_server;
    MediaStore &m_media;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace chorus::server::dashboard
