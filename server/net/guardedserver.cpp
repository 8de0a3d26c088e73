#include "guardedserver.h"

#include "bodygate.h"
#include "deadlinestream.h"

#include <sys/socket.h>
#include <unistd.h>

namespace chorus::server::net {

namespace {
void refuse(DeadlineStream &strm)
{
    static const std::string body
        = R"({"error":{"code":"rate_limited","message":"too many open connections from this address"}})";
    const std::string answer = "HTTP/1.1 429 Too Many Requests\r\nContent-Type: application/json\r\nRetry-After: "
                               "5\r\nConnection: close\r\nContent-Length: "
        + std::to_string(body.size()) + "\r\n\r\n" + body;
    // Best effort and without waiting: this connection is not worth a thread's time.
    (void)::send(strm.socket(), answer.data(), answer.size(), MSG_NOSIGNAL | MSG_DONTWAIT);
}
} // namespace

GuardedServer::GuardedServer(ConnectionLimits limits, ClientAddress proxies)
    : m_limits(limits)
    , m_gate(limits.perAddress, std::move(proxies))
{ }

void GuardedServer::widenBacklog(int backlog)
{
    // listen() again on a listening socket only changes its backlog.
    if (svr_sock_ != INVALID_SOCKET)
        (void)::listen(svr_sock_, backlog);
}

bool GuardedServer::process_and_close_socket(socket_t sock)
{
    using Clock = DeadlineStream::Clock;
    DeadlineStream strm(sock, m_limits.write, [this] { return svr_sock_ == INVALID_SOCKET; });
    std::string address;
    int port = 0;
    strm.get_remote_ip_and_port(address, port);
    bool ok = false;
    if (const auto pass = m_gate.enter(address); !pass) {
        refuse(strm);
    } else {
        for (std::size_t left = keep_alive_max_count_; left > 0; --left) {
            if (svr_sock_ == INVALID_SOCKET || !strm.waitForRequest(m_limits.idle))
                break;
            strm.setReadDeadline(Clock::now() + m_limits.header);
            strm.resetStatus();
            bool headersIn = false;
            bool body = false;
            bool closed = false;
            // Called once the headers are in: the body gets its own time.
            ok = process_request(strm, left == 1, closed, [&](httplib::Request &req) {
                strm.setReadDeadline(Clock::now() + m_limits.body);
                headersIn = true;
                body = BodyGate::declaresBody(req);
            });
            // Headers that never finished, or a body refused before it was read, leave bytes on the wire
            // that must not be read as a next request.
            if (!ok || closed || !headersIn || (body && strm.lastStatus() >= 400))
                break;
        }
    }
    ::shutdown(sock, SHUT_RDWR);
    ::close(sock);
    return ok;
}

} // namespace chorus::server::net
