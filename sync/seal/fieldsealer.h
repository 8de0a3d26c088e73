#pragma once
// Seals what a person said to the organisation's public key on a kiosk or outreach tablet, so it is
// never on the device's disk in a form the device itself can read. A change's sealed fields are
// sealed together, once (format 2, seal/sealformat.h): one box per change, not one per field, since
// every sealed byte is written twice on the device and sent once. A short-lived item key, held only
// in memory, encrypts each box (XChaCha20-Poly1305, bound to its record); the key travels sealed to
// the organisation beside it. Making a new item key costs a public-key operation, so one serves a
// few hundred boxes before it is replaced.

#include "model/change.h"
#include "seal/sealformat.h"

#include <string>

namespace chorus::sync::seal {

class FieldSealer {
public:
    explicit FieldSealer(const PublicKey &organisationKey);
    ~FieldSealer();
    FieldSealer(const FieldSealer &) = delete;
    FieldSealer &operator=(const FieldSealer &) = delete;

    [[nodiscard]] const std::string &keyId() const { return m_keyId; }
    [[nodiscard]] const PublicKey &publicKey() const { return m_publicKey; }
    // Moves the value of every field of `change` that is sealed by the schema (and not null, nor
    // sealed already) into the change's box, leaving the marker in its place. Returns how many fields
    // it sealed; a change with nothing to seal is left as it is.
    int sealChange(Change &change);
    // The sealed bytes of `plain` in the given format, bound to `context` (for format 1 too, which
    // only tests still write: what older devices have queued).
    [[nodiscard]] std::string sealBytes(std::uint8_t format, std::string_view context, std::string_view plain);

    static constexpr int kValuesPerItemKey = 256;

private:
    void newItemKey();

    PublicKey m_publicKey;
    std::string m_keyId;
    std::string m_keyIdBytes;
    SymmetricKey m_itemKey {};
    std::string m_sealedItemKey;
    int m_uses = 0;
};

} // namespace chorus::sync::seal
