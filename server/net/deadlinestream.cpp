#include "deadlinestream.h"

#include <arpa/inet.h>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>

namespace chorus::server::net {

namespace {
// Waits are cut into slices this long, so a stopping server is noticed quickly.
constexpr auto kSlice = std::chrono::milliseconds(200);

void addressOf(const sockaddr_storage &addr, std::string &ip, int &port)
{
    char text[INET6_ADDRSTRLEN] = {};
    if (addr.ss_family == AF_INET) {
        const auto *a = reinterpret_cast<const sockaddr_in *>(&addr);
        ::inet_ntop(AF_INET, &a->sin_addr, text, sizeof text);
        port = ntohs(a->sin_port);
    } else if (addr.ss_family == AF_INET6) {
        const auto *a = reinterpret_cast<const sockaddr_in6 *>(&addr);
        ::inet_ntop(AF_INET6, &a->sin6_addr, text, sizeof text);
        port = ntohs(a->sin6_port);
    }
    ip = text;
}
} // namespace

DeadlineStream::DeadlineStream(int sock, std::chrono::milliseconds writeTimeout, std::function<bool()> stopping)
    : m_sock(sock)
    , m_writeTimeout(writeTimeout)
    , m_stopping(std::move(stopping))
    , m_deadline(Clock::now())
{ }

bool DeadlineStream::waitFor(short events, Clock::time_point until) const
{
    for (;;) {
        if (m_stopping && m_stopping())
            return false;
        const auto now = Clock::now();
        if (now >= until)
            return false;
        const auto slice = std::min<Clock::duration>(until - now, kSlice);
        pollfd p { m_sock, events, 0 };
        const int ms = static_cast<int>(std::chrono::ceil<std::chrono::milliseconds>(slice).count());
        const int r = ::poll(&p, 1, ms);
        if (r > 0)
            return true;
        if (r < 0 && errno != EINTR)
            return false;
    }
}

bool DeadlineStream::waitForRequest(std::chrono::milliseconds idle)
{
    return m_begin < m_end || waitFor(POLLIN, Clock::now() + idle);
}

bool DeadlineStream::is_readable() const
{
    return m_begin < m_end || waitFor(POLLIN, m_deadline);
}

bool DeadlineStream::is_writable() const
{
    return waitFor(POLLOUT, Clock::now() + m_writeTimeout);
}

ssize_t DeadlineStream::read(char *ptr, size_t size)
{
    if (m_begin == m_end) {
        if (!waitFor(POLLIN, m_deadline))
            return -1;
        ssize_t n;
        do
            n = ::recv(m_sock, m_buffer.data(), m_buffer.size(), 0);
        while (n < 0 && errno == EINTR);
        if (n <= 0)
            return n;
        m_begin = 0;
        m_end = static_cast<std::size_t>(n);
    }
    const std::size_t n = std::min(size, m_end - m_begin);
    std::memcpy(ptr, m_buffer.data() + m_begin, n);
    m_begin += n;
    return static_cast<ssize_t>(n);
}

ssize_t DeadlineStream::write(const char *ptr, size_t size)
{
    // Every response starts with its status line in one write ("HTTP/1.1 200 OK\r\n").
    if (m_lastStatus == 0 && size >= 12 && std::memcmp(ptr, "HTTP/1.", 7) == 0) {
        const int status = std::atoi(std::string(ptr + 9, 3).c_str());
        // "100 Continue" comes before the real answer.
        if (status >= 200)
            m_lastStatus = status;
    }
    if (!is_writable())
        return -1;
    ssize_t n;
    do
        n = ::send(m_sock, ptr, size, MSG_NOSIGNAL);
    while (n < 0 && errno == EINTR);
    return n;
}

void DeadlineStream::get_remote_ip_and_port(std::string &ip, int &port) const
{
    sockaddr_storage addr {};
    socklen_t len = sizeof addr;
    if (::getpeername(m_sock, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        addressOf(addr, ip, port);
}

void DeadlineStream::get_local_ip_and_port(std::string &ip, int &port) const
{
    sockaddr_storage addr {};
    socklen_t len = sizeof addr;
    if (::getsockname(m_sock, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
        addressOf(addr, ip, port);
}

} // namespace chorus::server::net
