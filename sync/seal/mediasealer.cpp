#include "seal/mediasealer.h"

#include "fs/durablefile.h"

#include <sodium.h>

#include <fstream>
#include <vector>

namespace chorus::sync::seal {

bool MediaSealer::sealStream(
    const PublicKey &organisationKey, std::istream &plain, const std::filesystem::path &sealedPath)
{
    if (!initialise())
        return false;
    SymmetricKey itemKey {};
    crypto_secretstream_xchacha20poly1305_keygen(itemKey.data());
    std::string header(kMediaMagic);
    header.push_back(static_cast<char>(kFormatVersion));
    header += *fromHex(keyIdOf(organisationKey));
    std::string sealedKey(kSealedKeyBytes, '\0');
    crypto_box_seal(
        reinterpret_cast<unsigned char *>(sealedKey.data()), itemKey.data(), itemKey.size(), organisationKey.data());
    header += sealedKey;
    crypto_secretstream_xchacha20poly1305_state state;
    std::string streamHeader(crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    crypto_secretstream_xchacha20poly1305_init_push(
        &state, reinterpret_cast<unsigned char *>(streamHeader.data()), itemKey.data());
    sodium_memzero(itemKey.data(), itemKey.size());
    header += streamHeader;

    // Created 0600 before anything is written to it; the stream then keeps those permissions.
    if (!fs::writeDurably(sealedPath, {}, fs::WriteMode::Replace))
        return false;
    std::ofstream out(sealedPath, std::ios::binary | std::ios::trunc);
    out.write(header.data(), static_cast<std::streamsize>(header.size()));
    std::vector<char> in(kMediaChunkBytes);
    std::vector<unsigned char> cipher(kMediaChunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES);
    // Reads one chunk ahead, so the last one is known and tagged final even for an empty file.
    plain.read(in.data(), static_cast<std::streamsize>(in.size()));
    std::size_t have = static_cast<std::size_t>(plain.gcount());
    std::vector<char> next(kMediaChunkBytes);
    bool ok = true;
    for (;;) {
        std::size_t nextHave = 0;
        if (plain) {
            plain.read(next.data(), static_cast<std::streamsize>(next.size()));
            nextHave = static_cast<std::size_t>(plain.gcount());
        }
        const bool last = nextHave == 0;
        unsigned long long written = 0;
        crypto_secretstream_xchacha20poly1305_push(&state, cipher.data(), &written,
            reinterpret_cast<const unsigned char *>(in.data()), have, nullptr, 0,
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        out.write(reinterpret_cast<const char *>(cipher.data()), static_cast<std::streamsize>(written));
        if (!out) {
            ok = false;
            break;
        }
        if (last)
            break;
        in.swap(next);
        have = nextHave;
    }
    sodium_memzero(&state, sizeof state);
    sodium_memzero(in.data(), in.size());
    sodium_memzero(next.data(), next.size());
    ok = ok && !plain.bad();
    out.close();
    ok = ok && !out.fail();
    if (ok) {
        // Flushed before the contribution naming it commits.
        ok = fs::writeDurably(sealedPath, {}, fs::WriteMode::Append);
    }
    if (!ok) {
        std::error_code ignored;
        std::filesystem::remove(sealedPath, ignored);
    }
    return ok;
}

bool MediaSealer::isSealedFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::string magic(kMediaMagic.size(), '\0');
    in.read(magic.data(), static_cast<std::streamsize>(magic.size()));
    return in && magic == kMediaMagic;
}

} // namespace chorus::sync::seal
