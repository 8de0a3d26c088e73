#include "connectionthreads.h"

#include <chrono>
#include <thread>

namespace chorus::server::net {

namespace {
// A thread beyond the warm ones that has served nobody for this long goes away.
constexpr auto kIdleExit = std::chrono::seconds(30);
} // namespace

ConnectionThreads::ConnectionThreads(std::size_t warm, std::size_t max)
    : m_warm(warm)
    , m_max(std::max(max, warm))
{
    std::lock_guard lock(m_mutex);
    for (std::size_t i = 0; i < m_warm; ++i)
        spawn();
}

ConnectionThreads::~ConnectionThreads()
{
    shutdown();
}

void ConnectionThreads::spawn()
{
    ++m_threads;
    ++m_idle;
    std::thread([this] { work(); }).detach();
}

void ConnectionThreads::enqueue(std::function<void()> fn)
{
    std::unique_lock lock(m_mutex);
    m_slotFree.wait(lock, [&] { return m_stopping || m_busy + m_jobs.size() < m_max; });
    if (m_stopping)
        return;
    m_jobs.push_back(std::move(fn));
    if (m_idle < m_jobs.size())
        spawn();
    m_jobReady.notify_one();
}

void ConnectionThreads::work()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        const bool woke = m_jobReady.wait_for(lock, kIdleExit, [&] { return m_stopping || !m_jobs.empty(); });
        if (m_jobs.empty() && (m_stopping || (!woke && m_threads > m_warm)))
            break;
        if (m_jobs.empty())
            continue;
        auto job = std::move(m_jobs.front());
        m_jobs.pop_front();
        --m_idle;
        ++m_busy;
        lock.unlock();
        job();
        lock.lock();
        --m_busy;
        ++m_idle;
        m_slotFree.notify_one();
    }
    --m_idle;
    --m_threads;
    // Notified only once this thread has fully left, so shutdown() may destroy the queue after it.
    std::notify_all_at_thread_exit(m_exited, std::move(lock));
}

void ConnectionThreads::shutdown()
{
    std::unique_lock lock(m_mutex);
    m_stopping = true;
    m_jobReady.notify_all();
    m_slotFree.notify_all();
    m_exited.wait(lock, [&] { return m_threads == 0; });
}

} // namespace chorus::server::net
