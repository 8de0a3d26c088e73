#include "clientaddress.h"

#include <arpa/inet.h>

namespace chorus::server {

namespace {
std::string trimmed(const std::string &s)
{
    const auto first = s.find_first_not_of(" \t");
    if (first == std::string::npos)
        return {};
    return s.substr(first, s.find_last_not_of(" \t") - first + 1);
}

// "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is the same client as "10.0.0.1".
std::string canonical(const std::string &address)
{
    const std::string mapped = "::ffff:";
    if (address.rfind(mapped, 0) == 0 && address.find('.') != std::string::npos)
        return address.substr(mapped.size());
    return address;
}
} // namespace

ClientAddress::ClientAddress(const std::vector<std::string> &trustedProxies)
{
    for (const auto &a : trustedProxies)
        m_trusted.insert(canonical(trimmed(a)));
}

bool ClientAddress::isTrustedProxy(const std::string &address) const
{
    return m_trusted.count(canonical(address)) > 0;
}

std::string ClientAddress::of(const httplib::Request &req) const
{
    const std::string peer = canonical(req.remote_addr);
    if (!isTrustedProxy(peer))
        return peer;
    // Every X-Forwarded-For header, in order, as one comma-separated list.
    std::string chain;
    const auto count = req.get_header_value_count("X-Forwarded-For");
    for (std::size_t i = 0; i < count; ++i)
        chain += (chain.empty() ? "" : ",") + req.get_header_value("X-Forwarded-For", i);
    std::string candidate = peer;
    std::size_t end = chain.size();
    while (end > 0) {
        const std::size_t comma = chain.rfind(',', end - 1);
        const std::size_t start = comma == std::string::npos ? 0 : comma + 1;
        const std::string hop = canonical(trimmed(chain.substr(start, end - start)));
        if (hop.empty())
            break;
        candidate = hop;
        if (!isTrustedProxy(hop))
            break;
        if (comma == std::string::npos)
            break;
        end = comma;
    }
    return candidate;
}

bool ClientAddress::isLoopback(const std::string &address)
{
    const std::string a = canonical(address);
    in_addr v4 {};
    if (::inet_pton(AF_INET, a.c_str(), &v4) == 1)
        return (ntohl(v4.s_addr) >> 24) == 127;
    return a == "::1";
}

bool ClientAddress::isLocal(const httplib::Request &req)
{
    return isLoopback(req.remote_addr) && !req.has_header("X-Forwarded-For") && !req.has_header("Forwarded");
}

} // namespace chorus::server
