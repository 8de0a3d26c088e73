#pragma once
// Seals field values to the organisation's public key on a kiosk or outreach tablet, so what a
// person said is never on the device's disk in a form the device itself can read. A short-lived
// item key, held only in memory, encrypts each value (XChaCha20-Poly1305, bound to its record and
// field); the key itself travels sealed to the organisation beside every value. Making a new item
// key costs a public-key operation, so one serves a few hundred values before it is replaced.

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
    // {"$sealed": "<base64>"} holding `value` (any JSON, null included).
    [[nodiscard]] nlohmann::json seal(
        std::string_view kind, std::string_view recordId, std::string_view field, const nlohmann::json &value);

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
