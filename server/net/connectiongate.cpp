#include "connectiongate.h"

namespace chorus::server::net {

ConnectionGate::ConnectionGate(std::size_t perAddress, ClientAddress proxies)
    : m_perAddress(perAddress)
    , m_proxies(std::move(proxies))
{ }

ConnectionGate::Pass::Pass(ConnectionGate *gate, std::string address)
    : m_gate(gate)
    , m_address(std::move(address))
{ }

ConnectionGate::Pass::Pass(Pass &&other) noexcept
    : m_gate(other.m_gate)
    , m_address(std::move(other.m_address))
{
    other.m_gate = nullptr;
}

ConnectionGate::Pass::~Pass()
{
    if (m_gate)
        m_gate->leave(m_address);
}

ConnectionGate::Pass ConnectionGate::enter(const std::string &address)
{
    if (m_proxies.isTrustedProxy(address))
        return Pass(this, {});
    std::lock_guard lock(m_mutex);
    std::size_t &open = m_open[address];
    if (open >= m_perAddress) {
        if (open == 0)
            m_open.erase(address);
        return {};
    }
    ++open;
    return Pass(this, address);
}

void ConnectionGate::leave(const std::string &address)
{
    if (address.empty())
        return;
    std::lock_guard lock(m_mutex);
    auto it = m_open.find(address);
    if (it != m_open.end() && --it->second == 0)
        m_open.erase(it);
}

} // namespace chorus::server::net
