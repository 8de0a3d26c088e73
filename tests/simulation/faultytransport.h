#pragma once
// A transport between a simulated device and the real server that, by the simulation's seed, drops
// requests before they arrive, loses answers after the server committed, sends requests twice, and
// kills the device mid-sync.

#include "client/transport.h"

#include <random>

namespace chorus::sim {

struct FaultRates {
    double dropRequest = 0;   // never reaches the server
    double loseAnswer = 0;    // the server commits, the device hears nothing
    double duplicate = 0;     // the server sees the request twice
    double killDevice = 0;    // the device process dies before the answer is handled
};

// Thrown to unwind a device mid-sync as SIGKILL would: open transactions roll back.
struct DeviceKilled {};

class FaultyTransport : public sync::client::Transport {
public:
    FaultyTransport(sync::client::Transport &real, std::mt19937_64 &rng);
    void setRates(const FaultRates &rates) { m_rates = rates; }
    [[nodiscard]] sync::client::HttpReply send(const sync::client::HttpRequest &request) override;

    int requests = 0;
    int faults = 0;

private:
    bool roll(double p);
    sync::client::Transport &m_real;
    std::mt19937_64 &m_rng;
    FaultRates m_rates;
};

} // namespace chorus::sim
