#pragma once
// Token buckets keyed by device or client address, held in memory per server instance.

#include <chrono>
#include <mutex>
#include <string>
#include <unordered_map>

namespace chorus::server {

class RateLimiter {
public:
    RateLimiter(double perSecond, double burst);
    // True when the request may go ahead; consumes one token.
    [[nodiscard]] bool allow(const std::string &key);

private:
    struct Bucket {
        double tokens;
        std::chrono::steady_clock::time_point at;
    };
    double m_rate;
    double m_burst;
    std::mutex m_mutex;
    std::unordered_map<std::string, Bucket> m_buckets;
};

} // namespace chorus::server
