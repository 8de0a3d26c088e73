#pragma once
// Turns at SQLite's write lock for the connections of one process, served in the order they were
// asked for. Without it, writers poll the lock through SQLite's busy handler, which sleeps up to
// 100 ms between tries and keeps no order: under a crowd the lock sits idle between polls and an
// unlucky writer waits until its busy timeout runs out. Other processes still meet the busy handler.

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>
#include <utility>

namespace chorus::sqlite {

class WriteGate {
public:
    // This thread's turn, released when it ends; empty when it was not given (a timeout) or when the
    // thread already held one (turns nest: the outer one releases).
    class Turn {
    public:
        Turn() = default;
        explicit Turn(WriteGate *gate)
            : m_gate(gate)
        { }
        Turn(Turn &&other) noexcept
            : m_gate(std::exchange(other.m_gate, nullptr))
        { }
        Turn &operator=(Turn &&other) noexcept;
        Turn(const Turn &) = delete;
        Turn &operator=(const Turn &) = delete;
        ~Turn();

    private:
        WriteGate *m_gate = nullptr;
    };

    // `patience`: how long a thread waits for its turn before it is told the database is busy.
    explicit WriteGate(std::chrono::milliseconds patience = std::chrono::seconds(90))
        : m_patience(patience)
    { }
    WriteGate(const WriteGate &) = delete;
    WriteGate &operator=(const WriteGate &) = delete;

    // Waits, behind every thread that asked before, for the turn. False when the patience ran out first.
    [[nodiscard]] bool take(Turn &turn);
    [[nodiscard]] bool heldByThisThread();

private:
    struct Waiter {
        std::condition_variable granted;
        std::thread::id thread;
        bool given = false;
    };
    void release();

    const std::chrono::milliseconds m_patience;
    std::mutex m_mutex;
    std::deque<Waiter *> m_queue;
    bool m_held = false;
    std::thread::id m_holder;
};

} // namespace chorus::sqlite
