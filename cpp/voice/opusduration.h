#pragma once
// Reads how long an Ogg Opus voice note lasts without decoding it, for players and staff lists.

#include <QString>

#include <optional>

namespace chorus {

// Exact playing time in milliseconds, or nothing when the file is missing or not Ogg Opus.
[[nodiscard]] std::optional<qint64> opusDurationMs(const QString &path);

} // namespace chorus
