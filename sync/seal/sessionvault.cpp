#include "seal/sessionvault.h"

#include "seal/sealformat.h"

#include <sodium.h>

#include <algorithm>

namespace chorus::sync::seal {

namespace {
constexpr std::size_t kKeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr std::size_t kNonce = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr std::size_t kTag = crypto_aead_xchacha20poly1305_ietf_ABYTES;

const unsigned char *bytes(const std::string &s)
{
    return reinterpret_cast<const unsigned char *>(s.data());
}
} // namespace

SessionVault::~SessionVault()
{
    forget();
}

bool SessionVault::start()
{
    forget();
    if (!initialise())
        return false;
    m_key = static_cast<unsigned char *>(sodium_malloc(kKeyBytes));
    if (!m_key)
        return false;
    crypto_aead_xchacha20poly1305_ietf_keygen(m_key);
    return true;
}

void SessionVault::forget()
{
    if (m_key) {
        // sodium_free wipes the key's pages before giving them back.
        sodium_free(m_key);
        m_key = nullptr;
    }
    for (auto &[id, sealed] : m_entries)
        sodium_memzero(sealed.data(), sealed.size());
    m_entries.clear();
}

bool SessionVault::put(const std::string &id, const std::string &plain)
{
    if (!m_key)
        return false;
    std::string sealed(kNonce + plain.size() + kTag, '\0');
    auto *out = reinterpret_cast<unsigned char *>(sealed.data());
    randombytes_buf(out, kNonce);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        out + kNonce, &written, bytes(plain), plain.size(), bytes(id), id.size(), nullptr, out, m_key);
    sealed.resize(kNonce + static_cast<std::size_t>(written));
    const auto held = std::find_if(m_entries.begin(), m_entries.end(), [&](const auto &e) { return e.first == id; });
    if (held != m_entries.end())
        held->second = std::move(sealed);
    else
        m_entries.emplace_back(id, std::move(sealed));
    return true;
}

std::optional<std::string> SessionVault::get(const std::string &id) const
{
    if (!m_key)
        return std::nullopt;
    const auto held = std::find_if(m_entries.begin(), m_entries.end(), [&](const auto &e) { return e.first == id; });
    if (held == m_entries.end() || held->second.size() < kNonce + kTag)
        return std::nullopt;
    const std::string &sealed = held->second;
    std::string plain(sealed.size() - kNonce - kTag, '\0');
    unsigned long long got = 0;
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(reinterpret_cast<unsigned char *>(plain.data()), &got, nullptr,
            bytes(sealed) + kNonce, sealed.size() - kNonce, bytes(id), id.size(), bytes(sealed), m_key)
        != 0)
        return std::nullopt;
    plain.resize(static_cast<std::size_t>(got));
    return plain;
}

void SessionVault::remove(const std::string &id)
{
    const auto held = std::find_if(m_entries.begin(), m_entries.end(), [&](const auto &e) { return e.first == id; });
    if (held == m_entries.end())
        return;
    sodium_memzero(held->second.data(), held->second.size());
    m_entries.erase(held);
}

} // namespace chorus::sync::seal
