#include "sqlite/writegate.h"

#include <algorithm>

namespace chorus::sqlite {

WriteGate::Turn &WriteGate::Turn::operator=(Turn &&other) noexcept
{
    if (this != &other) {
        if (m_gate)
            m_gate->release();
        m_gate = std::exchange(other.m_gate, nullptr);
    }
    return *this;
}

WriteGate::Turn::~Turn()
{
    if (m_gate)
        m_gate->release();
}

bool WriteGate::take(Turn &turn)
{
    const auto me = std::this_thread::get_id();
    std::unique_lock lock(m_mutex);
    if (m_held && m_holder == me)
        return true; // nested: the outer turn releases
    if (!m_held) {
        m_held = true;
        m_holder = me;
        lock.unlock();
        turn = Turn(this);
        return true;
    }
    Waiter waiter;
    waiter.thread = me;
    m_queue.push_back(&waiter);
    if (!waiter.granted.wait_for(lock, m_patience, [&] { return waiter.given; })) {
        m_queue.erase(std::find(m_queue.begin(), m_queue.end(), &waiter));
        return false;
    }
    lock.unlock();
    turn = Turn(this);
    return true;
}

bool WriteGate::heldByThisThread()
{
    std::lock_guard lock(m_mutex);
    return m_held && m_holder == std::this_thread::get_id();
}

void WriteGate::release()
{
    std::lock_guard lock(m_mutex);
    if (m_queue.empty()) {
        m_held = false;
        m_holder = {};
        return;
    }
    // Handed straight to the longest waiter, so no newcomer slips in between.
    Waiter *next = m_queue.front();
    m_queue.pop_front();
    m_holder = next->thread;
    next->given = true;
    // Under the lock: the waiter's condition variable lives on its stack and goes once it wakes.
    next->granted.notify_one();
}

} // namespace chorus::sqlite
