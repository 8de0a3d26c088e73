#pragma once
// The server's workers: a few threads kept warm, and one more for each connection beyond them up to
// a hard cap, so slow connections occupy threads of their own instead of starving everyone else.

#include <httplib.h>

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <functional>
#include <mutex>

namespace chorus::server::net {

class ConnectionThreads final : public httplib::TaskQueue {
public:
    ConnectionThreads(std::size_t warm, std::size_t max);
    ~ConnectionThreads() override;

    // Blocks while `max` connections are already being served: the listener stops accepting, and
    // the kernel's backlog holds newcomers, rather than the server running out of threads.
    void enqueue(std::function<void()> fn) override;
    // Waits for every connection being served to finish.
    void shutdown() override;

private:
    void spawn();
    void work();

    const std::size_t m_warm;
    const std::size_t m_max;
    std::mutex m_mutex;
    std::condition_variable m_jobReady;
    std::condition_variable m_slotFree;
    std::condition_variable m_exited;
    std::deque<std::function<void()>> m_jobs;
    std::size_t m_threads = 0;
    std::size_t m_idle = 0;
    std::size_t m_busy = 0;
    bool m_stopping = false;
};

} // namespace chorus::server::net
