#include "ratelimiter.h"

#include <algorithm>

namespace chorus::server {

RateLimiter::RateLimiter(double perSecond, double burst)
    : m_rate(perSecond)
    , m_burst(burst)
{ }

bool RateLimiter::allow(const std::string &key)
{
    const auto now = std::chrono::steady_clock::now();
    std::lock_guard lock(m_mutex);
    // Forget idle keys now and then, so a stream of made-up addresses cannot grow the map for ever.
    if (m_buckets.size() > 100000)
        std::erase_if(m_buckets, [&](const auto &kv) { return now - kv.second.at > std::chrono::minutes(10); });
    auto [it, inserted] = m_buckets.try_emplace(key, Bucket { m_burst, now });
    Bucket &b = it->second;
    if (!inserted) {
        const double elapsed = std::chrono::duration<double>(now - b.at).count();
        b.tokens = std::min(m_burst, b.tokens + elapsed * m_rate);
        b.at = now;
    }
    if (b.tokens < 1.0)
        return false;
    b.tokens -= 1.0;
    return true;
}

} // namespace chorus::server
