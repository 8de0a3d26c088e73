#pragma once
// Writes a draft (a voice note being recorded) encrypted as it is written: libsodium's secretstream
// under a key that lives only in this process's memory (DraftKeys), so a crash, SIGKILL or pulled
// battery leaves bytes nobody can read. Layout: kDraftMagic | stream header(24) | messages, each
// u32 little-endian length | ciphertext; a finished draft ends with an empty message tagged final.

#include "seal/sealformat.h"

#include <sodium.h>

#include <filesystem>
#include <string>

namespace chorus::sync::seal {

inline constexpr std::string_view kDraftMagic = "CHORUSDV";

class DraftStreamWriter {
public:
    DraftStreamWriter() = default;
    ~DraftStreamWriter();
    DraftStreamWriter(const DraftStreamWriter &) = delete;
    DraftStreamWriter &operator=(const DraftStreamWriter &) = delete;

    // Creates (truncates) the file, readable by this user only; false when it cannot.
    [[nodiscard]] bool open(const std::filesystem::path &path, const SymmetricKey &key);
    // Encrypts and writes one piece straight to the kernel (no user-space buffer to lose).
    [[nodiscard]] bool append(const unsigned char *data, std::size_t size);
    // Marks the end, flushes the file to the disk and closes it.
    [[nodiscard]] bool finish();
    // Closes without marking the end (the caller deletes the file).
    void close();

    [[nodiscard]] bool isOpen() const { return m_fd >= 0; }
    [[nodiscard]] const std::string &errorString() const { return m_error; }

private:
    [[nodiscard]] bool push(const unsigned char *data, std::size_t size, unsigned char tag);
    [[nodiscard]] bool writeAll(const unsigned char *data, std::size_t size);

    int m_fd = -1;
    crypto_secretstream_xchacha20poly1305_state m_state {};
    std::string m_error;
};

} // namespace chorus::sync::seal
