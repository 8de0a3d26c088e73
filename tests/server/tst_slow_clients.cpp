// chorus-server under slow and hostile connections on loopback: 200 connections that send half their
// headers or trickle a body without a token must not stop it answering health checks and devices
// within a second; such connections are cut off when their time is up; one address holds only so many.
//
// Attackers connect from other loopback addresses (127.0.0.2 and up, all of 127/8 is this machine),
// as a crowd of strangers would; the honest device connects from 127.0.0.1.

#include "../sync/check.h"
#include "serverharness.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <thread>

using namespace chorus::test;
using Clock = std::chrono::steady_clock;

namespace {

constexpr int kHeaderTimeout = 3;
constexpr int kBodyTimeout = 3;
constexpr int kPerAddress = 16;

// A raw TCP connection from a chosen loopback address.
class RawConnection {
public:
    RawConnection(const std::string &from, int port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in local {};
        local.sin_family = AF_INET;
        ::inet_pton(AF_INET, from.c_str(), &local.sin_addr);
        sockaddr_in remote {};
        remote.sin_family = AF_INET;
        remote.sin_port = htons(static_cast<uint16_t>(port));
        ::inet_pton(AF_INET, "127.0.0.1", &remote.sin_addr);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&local), sizeof local) != 0
            || ::connect(m_fd, reinterpret_cast<sockaddr *>(&remote), sizeof remote) != 0) {
            ::close(m_fd);
            m_fd = -1;
        }
    }
    ~RawConnection()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    RawConnection(const RawConnection &) = delete;
    [[nodiscard]] bool ok() const { return m_fd >= 0; }
    // False once the server has closed the connection (or it never opened).
    bool send(const std::string &bytes)
    {
        return m_fd >= 0 && ::send(m_fd, bytes.data(), bytes.size(), MSG_NOSIGNAL) == ssize_t(bytes.size());
    }
    // What the server has sent so far, waiting up to `ms`; sets `closed` when it hung up.
    std::string receive(int ms, bool &closed)
    {
        std::string out;
        closed = false;
        const auto until = Clock::now() + std::chrono::milliseconds(ms);
        while (m_fd >= 0 && Clock::now() < until) {
            pollfd p { m_fd, POLLIN, 0 };
            if (::poll(&p, 1, 50) <= 0)
                continue;
            char buf[4096];
            const ssize_t n = ::recv(m_fd, buf, sizeof buf, MSG_DONTWAIT);
            if (n <= 0) {
                closed = true;
                break;
            }
            out.append(buf, static_cast<std::size_t>(n));
        }
        return out;
    }

private:
    int m_fd = -1;
};

std::string halfHeaders()
{
    return "GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
}

std::string bodyWithoutToken()
{
    return "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nChorus-Protocol: 2\r\nContent-Type: application/json\r\n"
           "Content-Length: 1000000\r\n\r\n{\"batch\":";
}

// Keeps every connection alive with a byte every 300 ms, as a slow-loris client does.
class Trickler {
public:
    explicit Trickler(std::vector<std::unique_ptr<RawConnection>> &connections)
        : m_thread([this, &connections] {
            while (!m_stop) {
                for (auto &c : connections)
                    (void)c->send("a");
                std::this_thread::sleep_for(std::chrono::milliseconds(300));
            }
        })
    { }
    ~Trickler()
    {
        m_stop = true;
        m_thread.join();
    }

private:
    std::atomic<bool> m_stop { false };
    std::thread m_thread;
};

std::string address(int n)
{
    return "127.0.0." + std::to_string(n);
}

// How long an answer took, in ms; -1 when there was none.
template<typename F>
long long timed(F &&request)
{
    const auto start = Clock::now();
    const bool answered = request();
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    return answered ? ms : -1;
}

void testAnswersWhileCrowded(const ServerProcess &server, Device &device)
{
    // 300 connections from 30 addresses (10 each, under the per-address cap): 200 stop mid-header
    // and stay open, 100 start a push body without a token.
    std::vector<std::unique_ptr<RawConnection>> crowd;
    for (int i = 0; i < 300; ++i) {
        auto c = std::make_unique<RawConnection>(address(2 + i / 10), server.port());
        CHECK(c->ok());
        (void)c->send(i % 3 == 0 ? bodyWithoutToken() : halfHeaders());
        crowd.push_back(std::move(c));
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    // The pushes without a token were refused before their bodies were read (checked before the
    // trickle starts, so no reset from the closed connections can drop the answer).
    int refused = 0;
    for (int i = 0; i < 300; i += 3) {
        bool closed = false;
        const std::string got = crowd[static_cast<std::size_t>(i)]->receive(10, closed);
        refused += got.rfind("HTTP/1.1 401", 0) == 0;
    }
    std::printf("%d of 100 token-less pushes refused before their bodies\n", refused);
    CHECK_EQ(refused, 100);
    Trickler trickle(crowd);

    httplib::Client c("127.0.0.1", server.port());
    c.set_connection_timeout(1);
    c.set_read_timeout(1);
    c.set_write_timeout(1);
    const long long health = timed([&] {
        auto r = c.Get("/v1/health");
        return r && r->status == 200;
    });
    std::printf("health answered in %lld ms with 200 slow connections open\n", health);
    CHECK(health >= 0 && health < 1000);

    device.write("contribution", "while-crowded", { { "text", "still heard" }, { "format", "write" } });
    const long long push = timed([&] {
        Response r = device.push();
        return r.status == 200;
    });
    std::printf("push answered in %lld ms with 200 slow connections open\n", push);
    CHECK(push >= 0 && push < 1000);
}

void testHeadersAndBodiesHaveDeadlines(const ServerProcess &server, Device &device)
{
    // Still trickling a byte every 300 ms, which resets cpp-httplib's own per-read timeout for ever.
    std::vector<std::unique_ptr<RawConnection>> slow;
    slow.push_back(std::make_unique<RawConnection>(address(60), server.port()));
    (void)slow.back()->send(halfHeaders());
    // An enrolled device trickling its push body: it is known, but still may not take for ever.
    slow.push_back(std::make_unique<RawConnection>(address(61), server.port()));
    (void)slow.back()->send("POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nChorus-Protocol: 2\r\nAuthorization: Bearer "
        + device.token + "\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{\"batch\":");
    const auto start = Clock::now();
    {
        Trickler trickle(slow);
        std::this_thread::sleep_for(std::chrono::seconds(std::max(kHeaderTimeout, kBodyTimeout) + 2));
    }
    const auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(Clock::now() - start).count();
    for (auto &c : slow) {
        bool closed = false;
        (void)c->receive(200, closed);
        if (!closed)
            closed = !c->send("more") || (c->receive(500, closed), closed);
        CHECK(closed);
        if (!closed)
            std::printf("connection %d of the slow ones is still open\n", int(&c - &slow.front()));
    }
    std::printf("slow header and slow body cut off within %lld ms\n", static_cast<long long>(waited));
}

void testConnectionsPerAddress(const ServerProcess &server)
{
    std::vector<std::unique_ptr<RawConnection>> many;
    for (int i = 0; i < kPerAddress + 8; ++i) {
        many.push_back(std::make_unique<RawConnection>(address(70), server.port()));
        (void)many.back()->send(halfHeaders());
    }
    int turnedAway = 0;
    for (auto &c : many) {
        bool closed = false;
        const std::string got = c->receive(100, closed);
        turnedAway += closed && got.rfind("HTTP/1.1 429", 0) == 0;
    }
    std::printf("%d of %d connections from one address turned away\n", turnedAway, kPerAddress + 8);
    CHECK_EQ(turnedAway, 8);
    // Another address is not affected.
    httplib::Client c("127.0.0.1", server.port());
    c.set_read_timeout(1);
    auto r = c.Get("/v1/health");
    CHECK(r && r->status == 200);
}

} // namespace

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "slow");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Site" })["id"];
    ServerProcess server(db, dir.path() / "media",
        { "--header-timeout", std::to_string(kHeaderTimeout), "--body-timeout", std::to_string(kBodyTimeout),
            "--max-connections-per-address", std::to_string(kPerAddress) });
    auto device = enrol(server, db, org, site, "outreach");
    testAnswersWhileCrowded(server, *device);
    testHeadersAndBodiesHaveDeadlines(server, *device);
    testConnectionsPerAddress(server);
    return chorus::test::tally().finish();
}
