#include "faultproxy.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <chrono>
#include <random>
#include <stdexcept>

namespace chorus::test {

namespace {

int connectTo(std::uint16_t port)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    return fd;
}

bool sendAll(int fd, const char *data, std::size_t size)
{
    while (size > 0) {
        const ssize_t n = ::send(fd, data, size, MSG_NOSIGNAL);
        if (n <= 0)
            return false;
        data += n;
        size -= static_cast<std::size_t>(n);
    }
    return true;
}

// Closing with SO_LINGER 0 sends RST instead of FIN: the peer sees "connection reset".
void resetClose(int fd)
{
    linger l { 1, 0 };
    ::setsockopt(fd, SOL_SOCKET, SO_LINGER, &l, sizeof l);
    ::close(fd);
}

} // namespace

FaultProxy::FaultProxy(std::uint16_t upstreamPort)
    : m_upstream(upstreamPort)
{
    m_listener = ::socket(AF_INET, SOCK_STREAM, 0);
    const int one = 1;
    ::setsockopt(m_listener, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::bind(m_listener, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0 || ::listen(m_listener, 64) != 0)
        throw std::runtime_error("fault proxy cannot listen");
    socklen_t len = sizeof addr;
    ::getsockname(m_listener, reinterpret_cast<sockaddr *>(&addr), &len);
    m_port = ntohs(addr.sin_port);
    m_acceptor = std::thread([this] { acceptLoop(); });
}

FaultProxy::~FaultProxy()
{
    m_stop = true;
    ::shutdown(m_listener, SHUT_RDWR);
    ::close(m_listener);
    m_acceptor.join();
    std::lock_guard lock(m_threadsMutex);
    for (auto &t : m_threads)
        t.join();
}

void FaultProxy::acceptLoop()
{
    while (!m_stop) {
        pollfd p { m_listener, POLLIN, 0 };
        if (::poll(&p, 1, 100) <= 0)
            continue;
        const int client = ::accept(m_listener, nullptr, nullptr);
        if (client < 0)
            continue;
        const std::uint64_t n = m_connections++;
        std::lock_guard lock(m_threadsMutex);
        m_threads.emplace_back([this, client, n] { serve(client, n); });
    }
}

void FaultProxy::duplicate(const std::vector<char> &bytes)
{
    // The same request again on its own connection, its answer thrown away: a replay the device
    // never sees. Bounded wait so a partial request cannot hold the thread.
    const int fd = connectTo(m_upstream);
    if (fd < 0)
        return;
    if (sendAll(fd, bytes.data(), bytes.size())) {
        char sink[4096];
        pollfd p { fd, POLLIN, 0 };
        while (::poll(&p, 1, 1500) > 0 && ::recv(fd, sink, sizeof sink, 0) > 0) { }
    }
    ::close(fd);
}

void FaultProxy::serve(int client, std::uint64_t connection)
{
    std::mt19937_64 rng(m_seed * 1000003ULL + connection);
    std::uniform_int_distribution<int> percent(0, 99);
    auto faulty = [&] { return percent(rng) < m_percent.load(); };
    const int server = connectTo(m_upstream);
    if (server < 0) {
        ::close(client);
        return;
    }
    std::vector<char> buf(64 * 1024);
    bool open = true;
    while (open && !m_stop) {
        pollfd fds[2] = { { client, POLLIN, 0 }, { server, POLLIN, 0 } };
        if (::poll(fds, 2, 200) <= 0)
            continue;
        for (int side = 0; side < 2 && open; ++side) {
            if (!(fds[side].revents & (POLLIN | POLLHUP | POLLERR)))
                continue;
            const int from = side == 0 ? client : server;
            const int to = side == 0 ? server : client;
            const ssize_t n = ::recv(from, buf.data(), buf.size(), 0);
            if (n <= 0) {
                open = false;
                break;
            }
            const auto size = static_cast<std::size_t>(n);
            int fault = faulty() ? percent(rng) % 4 : -1;
            if (side == 0) {
                if (fault == 0) { // drop before anything reaches the server
                    ++m_counts.drops;
                    open = false;
                } else if (fault == 1) { // reset half-way through the request
                    ++m_counts.resets;
                    sendAll(server, buf.data(), size / 2);
                    resetClose(client);
                    resetClose(server);
                    return;
                } else if (fault == 2) {
                    ++m_counts.duplicates;
                    std::vector<char> copy(buf.begin(), buf.begin() + n);
                    open = sendAll(server, buf.data(), size);
                    duplicate(copy);
                } else {
                    if (fault == 3) {
                        ++m_counts.delays;
                        std::this_thread::sleep_for(std::chrono::milliseconds(20 + percent(rng) * 2));
                    }
                    ++m_counts.forwarded;
                    open = sendAll(server, buf.data(), size);
                }
            } else {
                if (fault == 0 || fault == 1) { // the server committed; the device never hears
                    ++m_counts.swallowed;
                    open = false;
                } else if (fault == 2) { // half an answer, then the connection ends
                    ++m_counts.truncations;
                    sendAll(client, buf.data(), size / 2);
                    open = false;
                } else {
                    ++m_counts.forwarded;
                    open = sendAll(client, buf.data(), size);
                }
            }
        }
    }
    ::close(client);
    ::close(server);
}

} // namespace chorus::test
