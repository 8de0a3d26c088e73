#pragma once
// Seals a voice note or drawing to the organisation's public key as one file: a fresh key per item,
// sealed to the organisation, encrypts the bytes with libsodium's secretstream in 64 KiB chunks, so
// a file cut short or altered never opens.

#include "seal/sealformat.h"

#include <filesystem>
#include <istream>

namespace chorus::sync::seal {

class MediaSealer {
public:
    // Reads `plain` to its end and writes the sealed file to `sealedPath` (flushed to the disk).
    // Returns false when either cannot be read or written; `sealedPath` is then removed.
    [[nodiscard]] static bool sealStream(
        const PublicKey &organisationKey, std::istream &plain, const std::filesystem::path &sealedPath);
    [[nodiscard]] static bool isSealedFile(const std::filesystem::path &path);
};

} // namespace chorus::sync::seal
