#include "seal/devicesealer.h"

namespace chorus::sync::seal {

DeviceSealer::DeviceSealer(SyncState &state)
    : m_state(state)
{ }

bool DeviceSealer::sealsFor(const std::string &role)
{
    return role == "kiosk" || role == "outreach";
}

FieldSealer *DeviceSealer::current()
{
    const auto role = m_state.get(statekey::kRole);
    const auto keyHex = m_state.get(statekey::kPublicKey);
    if (!role || !sealsFor(*role) || !keyHex) {
        m_sealer.reset();
        m_keyHex.clear();
        return nullptr;
    }
    if (!m_sealer || *keyHex != m_keyHex) {
        const auto key = publicKeyFromHex(*keyHex);
        if (!key)
            throw std::invalid_argument("the organisation's public key held by this device is damaged");
        m_sealer = std::make_unique<FieldSealer>(*key);
        m_keyHex = *keyHex;
    }
    return m_sealer.get();
}

} // namespace chorus::sync::seal
