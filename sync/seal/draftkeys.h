#pragma once
// The keys of this process's encrypted drafts, by file path, held only in memory: the recorder
// makes one per draft, Send (MediaStore::adopt) and the Check screen's playback open the draft with
// it, and discarding forgets it. One keyring per process because a draft's key must follow its file
// from the recorder through QML to the session and the store without ever being written anywhere;
// when the process dies the keys die with it and leftover drafts are unreadable noise.

#include "seal/sealformat.h"

#include <filesystem>
#include <optional>
#include <string>

namespace chorus::sync::seal {

class DraftKeys {
public:
    // A fresh random key for the draft at `path`, replacing any earlier one.
    [[nodiscard]] static SymmetricKey create(const std::filesystem::path &path);
    [[nodiscard]] static bool has(const std::filesystem::path &path);
    static void forget(const std::filesystem::path &path);
    // The whole plain draft, when this process holds its key and the file is complete and
    // authentic; nullopt otherwise (never a partial or altered draft).
    [[nodiscard]] static std::optional<std::string> open(const std::filesystem::path &path);
};

} // namespace chorus::sync::seal
