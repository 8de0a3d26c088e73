#include "seal/draftkeys.h"

#include "seal/draftstreamwriter.h"

#include <sodium.h>

#include <fstream>
#include <iterator>
#include <map>
#include <mutex>

namespace chorus::sync::seal {

namespace {
struct Keyring {
    std::mutex mutex;
    std::map<std::string, SymmetricKey> keys;
};

Keyring &keyring()
{
    static Keyring ring;
    return ring;
}

std::string nameOf(const std::filesystem::path &path)
{
    return std::filesystem::absolute(path).lexically_normal().string();
}

std::optional<SymmetricKey> keyFor(const std::filesystem::path &path)
{
    auto &ring = keyring();
    std::lock_guard lock(ring.mutex);
    const auto it = ring.keys.find(nameOf(path));
    if (it == ring.keys.end())
        return std::nullopt;
    return it->second;
}

std::optional<std::string> decrypt(const std::string &file, SymmetricKey key)
{
    const std::size_t headerEnd = kDraftMagic.size() + crypto_secretstream_xchacha20poly1305_HEADERBYTES;
    if (file.size() < headerEnd || file.compare(0, kDraftMagic.size(), kDraftMagic) != 0)
        return std::nullopt;
    crypto_secretstream_xchacha20poly1305_state state;
    const auto *bytes = reinterpret_cast<const unsigned char *>(file.data());
    if (crypto_secretstream_xchacha20poly1305_init_pull(&state, bytes + kDraftMagic.size(), key.data()) != 0)
        return std::nullopt;
    sodium_memzero(key.data(), key.size());
    std::string plain;
    std::size_t at = headerEnd;
    bool finished = false;
    while (at < file.size() && !finished) {
        if (file.size() - at < 4)
            break;
        std::size_t length = 0;
        for (int i = 0; i < 4; ++i)
            length |= static_cast<std::size_t>(bytes[at + static_cast<std::size_t>(i)]) << (8 * i);
        at += 4;
        if (length < crypto_secretstream_xchacha20poly1305_ABYTES || file.size() - at < length)
            break;
        const std::size_t before = plain.size();
        plain.resize(before + length - crypto_secretstream_xchacha20poly1305_ABYTES);
        unsigned long long got = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(&state, reinterpret_cast<unsigned char *>(plain.data()) + before,
                &got, &tag, bytes + at, length, nullptr, 0)
            != 0)
            break;
        plain.resize(before + static_cast<std::size_t>(got));
        at += length;
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(&state, sizeof state);
    if (!finished || at != file.size()) {
        sodium_memzero(plain.data(), plain.size());
        return std::nullopt;
    }
    return plain;
}
} // namespace

SymmetricKey DraftKeys::create(const std::filesystem::path &path)
{
    SymmetricKey key {};
    if (initialise())
        crypto_secretstream_xchacha20poly1305_keygen(key.data());
    auto &ring = keyring();
    std::lock_guard lock(ring.mutex);
    ring.keys[nameOf(path)] = key;
    return key;
}

bool DraftKeys::has(const std::filesystem::path &path)
{
    return keyFor(path).has_value();
}

void DraftKeys::forget(const std::filesystem::path &path)
{
    auto &ring = keyring();
    std::lock_guard lock(ring.mutex);
    const auto it = ring.keys.find(nameOf(path));
    if (it == ring.keys.end())
        return;
    sodium_memzero(it->second.data(), it->second.size());
    ring.keys.erase(it);
}

std::optional<std::string> DraftKeys::open(const std::filesystem::path &path)
{
    const auto key = keyFor(path);
    if (!key)
        return std::nullopt;
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    const std::string file((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return decrypt(file, *key);
}

} // namespace chorus::sync::seal
