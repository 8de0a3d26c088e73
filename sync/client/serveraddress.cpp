#include "client/serveraddress.h"

#include <algorithm>
#include <cctype>

namespace chorus::sync::client {

namespace {
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}

// The host of "scheme://[user@]host[:port][/...]", brackets kept off an IPv6 literal.
std::string hostOf(const std::string &rest)
{
    std::string authority = rest.substr(0, rest.find_first_of("/?#"));
    if (auto at = authority.rfind('@'); at != std::string::npos)
        authority = authority.substr(at + 1);
    if (!authority.empty() && authority.front() == '[') {
        const auto close = authority.find(']');
        return close == std::string::npos ? std::string() : authority.substr(1, close - 1);
    }
    return authority.substr(0, authority.find(':'));
}
} // namespace

ServerAddress classifyServerAddress(const std::string &url)
{
    const std::string u = lower(url);
    const bool https = u.rfind("https://", 0) == 0;
    const bool http = u.rfind("http://", 0) == 0;
    if (!https && !http)
        return ServerAddress::Invalid;
    const std::string host = hostOf(u.substr(https ? 8 : 7));
    if (host.empty())
        return ServerAddress::Invalid;
    if (https)
        return ServerAddress::Encrypted;
    const bool loopback = host == "localhost" || host == "::1" || host.rfind("127.", 0) == 0;
    return loopback ? ServerAddress::Loopback : ServerAddress::Unencrypted;
}

} // namespace chorus::sync::client
