#pragma once
// One client connection as cpp-httplib reads and writes it, with a deadline on reading: a client
// that sends its headers (or its body) a byte at a time is cut off when its time is up, however
// often it sends a byte. cpp-httplib's own timeout only bounds the wait for each next byte.

#include <httplib.h>

#include <array>
#include <chrono>
#include <functional>

namespace chorus::server::net {

class DeadlineStream final : public httplib::Stream {
public:
    using Clock = std::chrono::steady_clock;
    // `stopping` is asked between short waits, so a server that is shutting down lets go at once.
    DeadlineStream(int sock, std::chrono::milliseconds writeTimeout, std::function<bool()> stopping);

    // Reads fail once `deadline` passes.
    void setReadDeadline(Clock::time_point deadline) { m_deadline = deadline; }
    // Waits up to `idle` for the first byte of a next request; false when none came.
    [[nodiscard]] bool waitForRequest(std::chrono::milliseconds idle);
    // The status of the last response written (0 before any), read from its status line.
    [[nodiscard]] int lastStatus() const { return m_lastStatus; }
    void resetStatus() { m_lastStatus = 0; }

    bool is_readable() const override;
    bool is_writable() const override;
    ssize_t read(char *ptr, size_t size) override;
    ssize_t write(const char *ptr, size_t size) override;
    void get_remote_ip_and_port(std::string &ip, int &port) const override;
    void get_local_ip_and_port(std::string &ip, int &port) const override;
    socket_t socket() const override { return m_sock; }

private:
    // Polls for `events` until ready (true), or until `until` passes or the server stops (false).
    [[nodiscard]] bool waitFor(short events, Clock::time_point until) const;

    int m_sock;
    std::chrono::milliseconds m_writeTimeout;
    std::function<bool()> m_stopping;
    Clock::time_point m_deadline;
    // A push body is hundreds of KiB: read it in large pieces, not cpp-httplib's 4 KiB, so a batch
    // costs a few dozen reads and waits rather than hundreds.
    std::array<char, 64 * 1024> m_buffer {};
    std::size_t m_begin = 0;
    std::size_t m_end = 0;
    int m_lastStatus = 0;
};

} // namespace chorus::server::net
