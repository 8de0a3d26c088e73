#pragma once
// Which sealer a device writes with: kiosks and outreach tablets seal to the organisation's public
// key they hold (given at enrolment, replaced on sync after a rotation); coordinator devices hold
// readable data by design and seal nothing; a device not enrolled yet has no key.

#include "seal/fieldsealer.h"
#include "store/outbox.h"

#include <memory>

namespace chorus::sync::seal {

namespace statekey {
// The organisation's public key, 64 hex digits, in SyncState.
inline constexpr const char *kPublicKey = "seal_public_key";
// Shared with the engine's bookkeeping (client/enginestore.h).
inline constexpr const char *kRole = "role";
} // namespace statekey

class DeviceSealer {
public:
    explicit DeviceSealer(SyncState &state);
    // Null when this device does not seal.
    [[nodiscard]] FieldSealer *current();
    // True for the roles that seal (kiosk, outreach) once they hold a key.
    [[nodiscard]] static bool sealsFor(const std::string &role);

private:
    SyncState &m_state;
    std::string m_keyHex;
    std::unique_ptr<FieldSealer> m_sealer;
};

} // namespace chorus::sync::seal
