#pragma once
// A thread that runs one task over and over, waiting between runs as long as the task asks, until it
// is destroyed: the loop the scrub and retention schedules share. Declare it after everything the
// task uses, so it stops (and joins) before they go.

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace chorus::server {

class PeriodicWorker {
public:
    using Task = std::function<std::chrono::milliseconds()>; // runs once, answers the wait before the next run

    PeriodicWorker(std::chrono::milliseconds firstWait, Task task);
    ~PeriodicWorker();
    PeriodicWorker(const PeriodicWorker &) = delete;
    PeriodicWorker &operator=(const PeriodicWorker &) = delete;

private:
    void loop(std::chrono::milliseconds wait);

    Task m_task;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_thread;
};

} // namespace chorus::server
