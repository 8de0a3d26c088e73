#pragma once
// Reads how long an Ogg Opus voice note lasts without decoding it, for players and staff lists.

#include <QByteArray>
#include <QString>

#include <optional>

namespace chorus {

// Exact playing time in milliseconds, or nothing when the file is missing or not Ogg Opus.
[[nodiscard]] std::optional<qint64> opusDurationMs(const QString &path);
// The same for a note held in memory (a draft opened with its in-memory key).
[[nodiscard]] std::optional<qint64> opusDurationMs(const QByteArray &ogg);

} // namespace chorus
