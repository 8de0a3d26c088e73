#pragma once
// Names unsent voice notes in the media folder and sweeps away the ones a crash or power cut left.

#include <QByteArray>
#include <QString>

#include <optional>

namespace chorus {

class VoiceDraftFolder {
public:
    explicit VoiceDraftFolder(QString mediaDir)
        : m_dir(std::move(mediaDir))
    { }

    [[nodiscard]] QString directory() const { return m_dir; }
    // A fresh, unused draft name; creates the folder if it is missing.
    [[nodiscard]] QString newDraftPath() const;
    // Deletes every draft in the folder. Call at start-up, before anything records: any draft that
    // exists then belongs to a session that never pressed Send. Returns how many were deleted.
    int removeOrphans() const;

    [[nodiscard]] static bool isDraftName(const QString &fileName);
    // A draft this process recorded, decrypted in memory (it is encrypted on disk); nothing when the
    // key is not held here or the draft is incomplete.
    [[nodiscard]] static std::optional<QByteArray> read(const QString &path);
    // Deletes a draft and forgets its key.
    static bool remove(const QString &path);

private:
    QString m_dir;
};

} // namespace chorus
