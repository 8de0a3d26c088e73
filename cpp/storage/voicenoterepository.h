#pragma once
// The voice notes a device holds (recorded here or downloaded by sync), for staff to play back on a
// coordinator device. Withdrawn contributions and notes whose file is not here are never listed.

#include <QDateTime>
#include <QList>
#include <QString>

namespace chorus {

class DeviceStore;
class MediaStore;

struct VoiceNote {
    QString contributionId;
    QString promptId;
    QString reference;
    QDateTime createdAt;
    QString sha256;
    QString path;
    qint64 durationMs = 0; // as recorded here; 0 when it came by sync and must be read from the file
};

class VoiceNoteRepository {
public:
    VoiceNoteRepository(DeviceStore &store, MediaStore &media);

    // Only a coordinator device holds everyone's contributions; kiosks never play them back.
    [[nodiscard]] bool playbackAllowed();
    // Newest first.
    [[nodiscard]] QList<VoiceNote> stored(int limit = 200);

private:
    DeviceStore &m_store;
    MediaStore &m_media;
};

} // namespace chorus
