#include "faultytransport.h"

namespace chorus::sim {

FaultyTransport::FaultyTransport(sync::client::Transport &real, std::mt19937_64 &rng)
    : m_real(real)
    , m_rng(rng)
{
}

bool FaultyTransport::roll(double p)
{
    return p > 0 && std::uniform_real_distribution<double>(0, 1)(m_rng) < p;
}

sync::client::HttpReply FaultyTransport::send(const sync::client::HttpRequest &request)
{
    ++requests;
    sync::client::HttpReply lost;
    lost.networkError = "simulated network fault";
    if (roll(m_rates.dropRequest)) {
        ++faults;
        return lost;
    }
    sync::client::HttpReply reply = m_real.send(request);
    if (roll(m_rates.duplicate)) {
        ++faults;
        reply = m_real.send(request);
    }
    if (roll(m_rates.killDevice)) {
        ++faults;
        throw DeviceKilled{};
    }
    if (roll(m_rates.loseAnswer)) {
        ++faults;
        return lost;
    }
    return reply;
}

} // namespace chorus::sim
