#include "seal/fieldsealer.h"

#include "model/jsontext.h"

#include <sodium.h>

#include <stdexcept>

namespace chorus::sync::seal {

FieldSealer::FieldSealer(const PublicKey &organisationKey)
    : m_publicKey(organisationKey)
    , m_keyId(keyIdOf(organisationKey))
{
    if (!initialise())
        throw std::runtime_error("libsodium failed to initialise");
    m_keyIdBytes = *fromHex(m_keyId);
    newItemKey();
}

FieldSealer::~FieldSealer()
{
    sodium_memzero(m_itemKey.data(), m_itemKey.size());
}

void FieldSealer::newItemKey()
{
    crypto_aead_xchacha20poly1305_ietf_keygen(m_itemKey.data());
    m_sealedItemKey.assign(kSealedKeyBytes, '\0');
    if (crypto_box_seal(reinterpret_cast<unsigned char *>(m_sealedItemKey.data()), m_itemKey.data(), m_itemKey.size(),
            m_publicKey.data())
        != 0)
        throw std::runtime_error("could not seal an item key");
    m_uses = 0;
}

nlohmann::json FieldSealer::seal(
    std::string_view kind, std::string_view recordId, std::string_view field, const nlohmann::json &value)
{
    if (m_uses >= kValuesPerItemKey)
        newItemKey();
    ++m_uses;
    const std::string plain = jsontext::dump(value);
    const std::string ad = fieldContext(kind, recordId, field);
    std::string out;
    out.reserve(kFieldHeaderBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    out.push_back(static_cast<char>(kFormatVersion));
    out += m_keyIdBytes;
    out += m_sealedItemKey;
    std::string nonce(kNonceBytes, '\0');
    randombytes_buf(nonce.data(), nonce.size());
    out += nonce;
    const std::size_t at = out.size();
    out.resize(at + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char *>(out.data() + at), &written,
        reinterpret_cast<const unsigned char *>(plain.data()), plain.size(),
        reinterpret_cast<const unsigned char *>(ad.data()), ad.size(), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.data()), m_itemKey.data());
    out.resize(at + written);
    return nlohmann::json { { std::string(kSealedKey), toBase64(out) } };
}

} // namespace chorus::sync::seal
