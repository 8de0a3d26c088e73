#pragma once
// Test helpers for staff mode's voice notes: a device store made a coordinator's holding one real Ogg
// Opus voice note, as a coordinator device holds one after sync (no length recorded: it is read from
// the file), and finding the list's rows, which are not QObject children of the panel.

#include "domain/contribution.h"

#include <QString>

#include <string>

class QQuickItem;

namespace chorus::test {

// The first visible item named `name` at or below `root` in the visual tree, or nullptr.
[[nodiscard]] QQuickItem *findVisibleItem(QQuickItem *root, const QString &name);

// A tone of `durationMs` encoded to Ogg Opus at `path`; false when it could not be written.
[[nodiscard]] bool writeOpusTone(const QString &path, int durationMs);
// Saves a spoken contribution to `promptId` with a `durationMs` voice note, on a device of `role`
// (left as it is when empty); returns it with its reference code. Throws StorageError when refused.
Contribution seedVoiceNote(const QString &dbPath, const QString &mediaDir, const QString &promptId, int durationMs,
    const std::string &role = "coordinator");

} // namespace chorus::test
