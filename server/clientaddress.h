#pragma once
// Who a request really came from: the peer's address, or, when the peer is a trusted reverse proxy,
// the address that proxy saw (from X-Forwarded-For). Rate limits, lock-outs and logs key on it.

#include <httplib.h>

#include <string>
#include <unordered_set>
#include <vector>

namespace chorus::server {

class ClientAddress {
public:
    explicit ClientAddress(const std::vector<std::string> &trustedProxies);

    // The rightmost address in X-Forwarded-For that is not a trusted proxy, when the request arrived
    // from a trusted proxy; otherwise the peer's own address. A client cannot forge its way past a
    // limit by sending the header itself, because only trusted proxies' copies are read.
    [[nodiscard]] std::string of(const httplib::Request &req) const;
    [[nodiscard]] bool isTrustedProxy(const std::string &address) const;
    // True for a request made on this machine and not relayed: a proxy on the same host that forwards
    // a stranger's request adds X-Forwarded-For, and that request is not local.
    [[nodiscard]] static bool isLocal(const httplib::Request &req);
    [[nodiscard]] static bool isLoopback(const std::string &address);

private:
    std::unordered_set<std::string> m_trusted;
};

} // namespace chorus::server
