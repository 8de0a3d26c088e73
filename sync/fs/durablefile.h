#pragma once
// Writes bytes to a file and flushes them to the disk before returning, so what the caller then
// reports or names (a chunk received, a download kept) survives a crash. Shared by server and device.

#include <filesystem>
#include <string_view>

namespace chorus::sync::fs {

enum class WriteMode { Append, Replace };

// False when the file could not be opened, written in full or flushed.
[[nodiscard]] bool writeDurably(const std::filesystem::path &path, std::string_view data, WriteMode mode);
// Makes a rename or a new name in `dir` durable (best effort: some file systems refuse).
void syncDirectory(const std::filesystem::path &dir);

} // namespace chorus::sync::fs
