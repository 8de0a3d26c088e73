#pragma once
// cpp-httplib's server with the connection handling a public server needs: a whole request's headers,
// and then its body, must arrive within set times (not merely a byte at a time), one address holds at
// most a set number of connections, and a body refused unread closes its connection.

#include "connectiongate.h"

#include <httplib.h>

#include <chrono>

namespace chorus::server::net {

struct ConnectionLimits {
    std::chrono::seconds header { 10 };
    std::chrono::seconds body { 60 };
    std::chrono::seconds idle { 5 }; // between requests on a kept-alive connection
    std::chrono::seconds write { 30 }; // for each chunk of an answer to be taken
    std::size_t perAddress = 32;
};

class GuardedServer final : public httplib::Server {
public:
    GuardedServer(ConnectionLimits limits, ClientAddress proxies);
    // After binding: lets the kernel queue this many connections not yet accepted. cpp-httplib asks
    // for 5, so a burst of connections (a crowd of kiosks, or an attack) has SYNs dropped and retried.
    void widenBacklog(int backlog);

private:
    // Replaces cpp-httplib's loop over one connection's requests (same keep-alive rules), reading
    // through a DeadlineStream.
    bool process_and_close_socket(socket_t sock) override;

    const ConnectionLimits m_limits;
    ConnectionGate m_gate;
};

} // namespace chorus::server::net
