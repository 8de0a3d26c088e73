#include "seal/sealopener.h"

#include "model/schema.h"
#include "protocol/validation.h"

#include <sodium.h>

#include <fstream>
#include <mutex>
#include <stdexcept>
#include <unordered_map>

namespace chorus::sync::seal {

namespace {
// Sealed item key bytes -> the key inside. Bounded: emptied when full, which costs only a re-open.
class ItemKeyCache {
public:
    bool find(const std::string &sealed, SymmetricKey &out)
    {
        std::lock_guard lock(m_mutex);
        auto it = m_keys.find(sealed);
        if (it == m_keys.end())
            return false;
        out = it->second;
        return true;
    }
    void remember(const std::string &sealed, const SymmetricKey &key)
    {
        std::lock_guard lock(m_mutex);
        if (m_keys.size() >= 4096)
            m_keys.clear();
        m_keys[sealed] = key;
    }

private:
    std::mutex m_mutex;
    std::unordered_map<std::string, SymmetricKey> m_keys;
};

ItemKeyCache &cache()
{
    static ItemKeyCache instance;
    return instance;
}
} // namespace

SealOpener::SealOpener(std::vector<KeyPair> keys)
    : m_keys(std::move(keys))
{
    if (!initialise())
        throw std::runtime_error("libsodium failed to initialise");
    for (const auto &k : m_keys)
        m_keyIds.push_back(*fromHex(keyIdOf(k.publicKey)));
}

SealOpener::~SealOpener()
{
    for (auto &k : m_keys)
        sodium_memzero(k.secretKey.data(), k.secretKey.size());
}

bool SealOpener::openItemKey(std::string_view keyId, std::string_view sealedKey, SymmetricKey &out) const
{
    for (std::size_t i = 0; i < m_keys.size(); ++i) {
        const auto &k = m_keys[i];
        if (m_keyIds[i] != keyId)
            continue;
        // Keyed by the public key that opens it too: an opener without that key (another
        // organisation's) must never be handed what the cache remembers.
        const std::string cacheKey = std::string(k.publicKey.begin(), k.publicKey.end()) + std::string(sealedKey);
        if (cache().find(cacheKey, out))
            return true;
        if (crypto_box_seal_open(out.data(), reinterpret_cast<const unsigned char *>(sealedKey.data()),
                sealedKey.size(), k.publicKey.data(), k.secretKey.data())
            != 0)
            return false;
        cache().remember(cacheKey, out);
        return true;
    }
    return false;
}

std::string SealOpener::openBytes(std::uint8_t format, std::string_view all, std::string_view context) const
{
    if (all.size() < kFieldHeaderBytes + crypto_aead_xchacha20poly1305_ietf_ABYTES
        || static_cast<std::uint8_t>(all[0]) != format)
        throw std::invalid_argument("is not sealed in a form this server can read");
    SymmetricKey key {};
    if (!openItemKey(all.substr(1, kKeyIdBytes), all.substr(1 + kKeyIdBytes, kSealedKeyBytes), key))
        throw std::invalid_argument("was sealed to a key this organisation does not hold (key "
            + toHex(reinterpret_cast<const unsigned char *>(all.data() + 1), kKeyIdBytes) + ")");
    const auto nonce = all.substr(1 + kKeyIdBytes + kSealedKeyBytes, kNonceBytes);
    const auto cipher = all.substr(kFieldHeaderBytes);
    std::string plain(cipher.size(), '\0');
    unsigned long long len = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &len,
        nullptr, reinterpret_cast<const unsigned char *>(cipher.data()), cipher.size(),
        reinterpret_cast<const unsigned char *>(context.data()), context.size(),
        reinterpret_cast<const unsigned char *>(nonce.data()), key.data());
    sodium_memzero(key.data(), key.size());
    if (rc != 0)
        throw std::invalid_argument("did not open: damaged, or sealed for another record or field");
    plain.resize(len);
    return plain;
}

nlohmann::json SealOpener::openValue(
    std::string_view kind, std::string_view recordId, std::string_view field, const nlohmann::json &sealed) const
{
    if (!isSealedValue(sealed) || isBoxMarker(sealed))
        throw std::invalid_argument("is not a sealed value");
    const auto bytes = fromBase64(sealed.at(std::string(kSealedKey)).get_ref<const std::string &>());
    if (!bytes)
        throw std::invalid_argument("is not a sealed value this server can read");
    const std::string plain = openBytes(kFormatVersion, *bytes, fieldContext(kind, recordId, field));
    try {
        return protocol::parsePeerJson(plain);
    } catch (const std::exception &) {
        throw std::invalid_argument("opened to something that is not JSON");
    }
}

void SealOpener::openChange(Change &change) const
{
    const KindSpec *kind = Schema::instance().kind(change.kind);
    int markers = 0;
    for (auto &[name, f] : change.fields) {
        if (!isSealedValue(f.value))
            continue;
        const FieldSpec *spec = kind ? kind->field(name) : nullptr;
        if (!spec || !spec->sealed)
            throw std::invalid_argument(change.kind + "." + name + " is never sealed");
        if (isBoxMarker(f.value)) {
            ++markers;
            continue;
        }
        try {
            f.value = openValue(change.kind, change.recordId, name, f.value);
        } catch (const std::invalid_argument &e) {
            throw std::invalid_argument(change.kind + "." + name + " " + e.what());
        }
    }
    if (change.sealed.empty()) {
        if (markers > 0)
            throw std::invalid_argument(change.kind + " has sealed fields but no sealed box");
        return;
    }
    nlohmann::json inside;
    try {
        const auto bytes = fromBase64(change.sealed);
        if (!bytes)
            throw std::invalid_argument("is not base64");
        inside = protocol::parsePeerJson(openBytes(kChangeFormatVersion, *bytes, changeContext(change.kind, change.recordId)));
    } catch (const std::exception &e) {
        throw std::invalid_argument(change.kind + " sealed box " + e.what());
    }
    if (!inside.is_object() || static_cast<int>(inside.size()) != markers)
        throw std::invalid_argument(change.kind + " sealed box does not hold exactly the fields marked sealed");
    for (auto &[name, value] : inside.items()) {
        auto f = change.fields.find(name);
        if (f == change.fields.end() || !isBoxMarker(f->second.value))
            throw std::invalid_argument(change.kind + " sealed box holds " + name + ", which is not marked sealed");
        f->second.value = std::move(value);
    }
    change.sealed.clear();
}

bool SealOpener::openFile(const std::filesystem::path &sealedPath, const std::filesystem::path &plainPath) const
{
    std::ifstream in(sealedPath, std::ios::binary);
    const std::size_t headerBytes
        = kMediaMagic.size() + 1 + kKeyIdBytes + kSealedKeyBytes + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    std::string header(headerBytes, '\0');
    in.read(header.data(), static_cast<std::streamsize>(header.size()));
    if (!in || header.compare(0, kMediaMagic.size(), kMediaMagic) != 0
        || static_cast<std::uint8_t>(header[kMediaMagic.size()]) != kFormatVersion)
        return false;
    const std::string_view h(header);
    std::size_t at = kMediaMagic.size() + 1;
    SymmetricKey key {};
    if (!openItemKey(h.substr(at, kKeyIdBytes), h.substr(at + kKeyIdBytes, kSealedKeyBytes), key))
        return false;
    at += kKeyIdBytes + kSealedKeyBytes;
    crypto_secretstream_xchacha20poly1305_state state;
    const int init = crypto_secretstream_xchacha20poly1305_init_pull(
        &state, reinterpret_cast<const unsigned char *>(header.data() + at), key.data());
    sodium_memzero(key.data(), key.size());
    if (init != 0)
        return false;
    std::ofstream out(plainPath, std::ios::binary | std::ios::trunc);
    std::vector<unsigned char> cipher(kMediaChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES);
    std::vector<unsigned char> plain(kMediaChunkBytes);
    bool finished = false;
    while (!finished) {
        in.read(reinterpret_cast<char *>(cipher.data()), static_cast<std::streamsize>(cipher.size()));
        const auto got = static_cast<std::size_t>(in.gcount());
        if (got < crypto_secretstream_xchacha20poly1305_ABYTES)
            break;
        unsigned long long len = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, plain.data(), &len, &tag, cipher.data(), got, nullptr, 0)
            != 0)
            break;
        out.write(reinterpret_cast<const char *>(plain.data()), static_cast<std::streamsize>(len));
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    // Bytes after the final chunk mean the file is not what was sealed.
    const bool trailing = finished && in.peek() != std::char_traits<char>::eof();
    out.close();
    if (!finished || trailing || !out) {
        std::error_code ignored;
        std::filesystem::remove(plainPath, ignored);
        return false;
    }
    return true;
}

} // namespace chorus::sync::seal
