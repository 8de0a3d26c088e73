#include "seal/fieldsealer.h"

#include "model/jsontext.h"
#include "model/schema.h"

#include <sodium.h>

#include <stdexcept>
#include <utility>

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

std::string FieldSealer::sealBytes(std::uint8_t format, std::string_view context, std::string_view plain)
{
    if (m_uses >= kValuesPerItemKey)
        newItemKey();
    ++m_uses;
    std::string out;
    out.reserve(kFieldHeaderBytes + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    out.push_back(static_cast<char>(format));
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
        reinterpret_cast<const unsigned char *>(context.data()), context.size(), nullptr,
        reinterpret_cast<const unsigned char *>(nonce.data()), m_itemKey.data());
    out.resize(at + written);
    return out;
}

int FieldSealer::sealChange(Change &change)
{
    const KindSpec *kind = Schema::instance().kind(change.kind);
    if (!kind)
        return 0;
    nlohmann::json inside = nlohmann::json::object();
    for (auto &[name, f] : change.fields) {
        const FieldSpec *spec = kind->field(name);
        if (spec && spec->sealed && !f.value.is_null() && !isSealedValue(f.value))
            inside[name] = std::exchange(f.value, boxMarker());
    }
    if (inside.empty())
        return 0;
    // One box a change: a change sealed already holds its box, and nothing plain beside it.
    if (!change.sealed.empty())
        throw std::logic_error("change " + change.changeId + " is sealed already");
    std::string plain = jsontext::dump(inside);
    change.sealed = toBase64(sealBytes(kChangeFormatVersion, changeContext(change.kind, change.recordId), plain));
    sodium_memzero(plain.data(), plain.size());
    return static_cast<int>(inside.size());
}

} // namespace chorus::sync::seal
