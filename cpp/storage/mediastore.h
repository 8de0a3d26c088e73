#pragma once
// Voice notes and drawings on disk, named by their SHA-256 once a person sends them. Drafts live
// under temporary names that are removed on discard and swept at start-up.

#include <QString>

#include <optional>

namespace chorus {

class DeviceStore;

struct MediaInfo {
    QString sha256;
    QString mime;
    qint64 bytes = 0;
    qint64 durationMs = 0;
};

// A draft's recording or drawing, waiting for Send.
struct PendingMedia {
    QString tempPath;
    QString mime;
    qint64 durationMs = 0;
};

class MediaStore {
public:
    MediaStore(DeviceStore &store, QString mediaDir);

    [[nodiscard]] QString temporaryPath(const QString &suffix) const;
    // Hashes, flushes to disk and renames a draft file to its content address; records it. Throws
    // StorageError. Adopting a file already held just removes the duplicate.
    QString adopt(const QString &tempPath, const QString &mime, qint64 durationMs);
    [[nodiscard]] QString pathOf(const QString &sha256) const;
    [[nodiscard]] std::optional<MediaInfo> info(const QString &sha256);
    // Deletes a withdrawn item's file and row.
    void purge(const QString &sha256);
    int removeOrphanedTemporaries();
    [[nodiscard]] QString directory() const { return m_dir; }

    [[nodiscard]] static bool isSha256(const QString &text);

private:
    DeviceStore &m_store;
    QString m_dir;
};

} // namespace chorus
