#pragma once
// Counts open connections per client address and turns away one more than the cap, so one address
// cannot hold every connection the server will take. Trusted proxies carry many clients' requests
// and are not capped.

#include "clientaddress.h"

#include <cstddef>
#include <mutex>
#include <string>
#include <unordered_map>

namespace chorus::server::net {

class ConnectionGate {
public:
    ConnectionGate(std::size_t perAddress, ClientAddress proxies);

    // Held while a connection is open; empty (false) when the address is at its cap.
    class Pass {
    public:
        Pass() = default;
        Pass(ConnectionGate *gate, std::string address);
        Pass(Pass &&other) noexcept;
        Pass &operator=(Pass &&) = delete;
        ~Pass();
        explicit operator bool() const { return m_gate != nullptr; }

    private:
        ConnectionGate *m_gate = nullptr;
        std::string m_address;
    };

    [[nodiscard]] Pass enter(const std::string &address);

private:
    void leave(const std::string &address);

    const std::size_t m_perAddress;
    const ClientAddress m_proxies;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::size_t> m_open;
};

} // namespace chorus::server::net
