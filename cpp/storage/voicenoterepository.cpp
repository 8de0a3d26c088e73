#include "storage/voicenoterepository.h"

#include "storage/devicerole.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"

#include <QFileInfo>

namespace chorus {

VoiceNoteRepository::VoiceNoteRepository(DeviceStore &store, MediaStore &media)
    : m_store(store)
    , m_media(media)
{ }

bool VoiceNoteRepository::playbackAllowed()
{
    return isCoordinatorDevice(m_store);
}

QList<VoiceNote> VoiceNoteRepository::stored(int limit)
{
    QList<VoiceNote> out;
    m_store.read([&] {
        auto &s = m_store.db().cached(
            "SELECT c.id, c.prompt_id, c.reference, c.created_at, m.sha256, m.duration_ms"
            " FROM contributions c, json_each(CASE WHEN json_valid(c.media) THEN c.media ELSE '[]' END) j"
            " JOIN media m ON m.sha256 = j.value"
            " WHERE (c.withdrawn IS NULL OR c.withdrawn = 0) AND m.mime = 'audio/ogg'"
            " ORDER BY c.id DESC LIMIT ?1"); // newest first: ids are time-ordered UUIDv7
        sqlite::StatementReset reset(s);
        s.bind(1, limit);
        while (s.step()) {
            VoiceNote note { QString::fromStdString(s.text(0)), QString::fromStdString(s.text(1)),
                QString::fromStdString(s.text(2)), QDateTime::fromMSecsSinceEpoch(s.integer(3), Qt::UTC),
                QString::fromStdString(s.text(4)), {}, s.integer(5) };
            note.path = m_media.pathOf(note.sha256);
            if (QFileInfo::exists(note.path))
                out << note;
        }
    });
    return out;
}

} // namespace chorus
