#include "periodicworker.h"

namespace chorus::server {

PeriodicWorker::PeriodicWorker(std::chrono::milliseconds firstWait, Task task)
    : m_task(std::move(task))
    , m_thread([this, firstWait] { loop(firstWait); })
{ }

PeriodicWorker::~PeriodicWorker()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    m_thread.join();
}

void PeriodicWorker::loop(std::chrono::milliseconds wait)
{
    for (;;) {
        {
            std::unique_lock lock(m_mutex);
            if (m_wake.wait_for(lock, wait, [this] { return m_stopping; }))
                return;
        }
        wait = m_task();
    }
}

} // namespace chorus::server
