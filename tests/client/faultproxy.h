#pragma once
// A TCP proxy between a device and chorus-server that, by seed, drops connections, delays, truncates
// answers, swallows answers after the server committed, duplicates requests and resets mid-transfer.

#include <atomic>
#include <cstdint>
#include <mutex>
#include <thread>
#include <vector>

namespace chorus::test {

struct FaultCounts {
    std::atomic<int> drops { 0 }, resets { 0 }, duplicates { 0 }, delays { 0 }, truncations { 0 }, swallowed { 0 },
        forwarded { 0 };
};

class FaultProxy {
public:
    explicit FaultProxy(std::uint16_t upstreamPort);
    ~FaultProxy();
    FaultProxy(const FaultProxy &) = delete;
    FaultProxy &operator=(const FaultProxy &) = delete;

    [[nodiscard]] std::uint16_t port() const { return m_port; }
    // Every connection draws its faults from (seed, connection number), so a failing seed replays.
    void setSeed(std::uint64_t seed)
    {
        m_seed = seed;
        m_connections = 0;
    }
    // Percent of chunks that meet a fault; 0 makes the proxy a clean pipe.
    void setFaultPercent(int percent) { m_percent = percent; }
    void setUpstreamPort(std::uint16_t port) { m_upstream = port; }
    [[nodiscard]] const FaultCounts &counts() const { return m_counts; }

private:
    void acceptLoop();
    void serve(int client, std::uint64_t connection);
    void duplicate(const std::vector<char> &bytes);

    std::atomic<std::uint16_t> m_upstream;
    std::uint16_t m_port = 0;
    int m_listener = -1;
    std::atomic<bool> m_stop { false };
    std::atomic<std::uint64_t> m_seed { 1 };
    std::atomic<int> m_percent { 30 };
    std::atomic<std::uint64_t> m_connections { 0 };
    FaultCounts m_counts;
    std::thread m_acceptor;
    std::mutex m_threadsMutex;
    std::vector<std::thread> m_threads;
};

} // namespace chorus::test
