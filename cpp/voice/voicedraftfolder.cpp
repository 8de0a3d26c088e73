#include "voicedraftfolder.h"

#include "voicelog.h"

#include "seal/draftkeys.h"

#include <QDir>
#include <QFile>
#include <QUuid>

#include <sodium.h>

namespace chorus {

namespace {
// Inside MediaStore's "draft-" namespace, so its start-up sweep removes voice drafts too.
const QString Prefix = QStringLiteral("draft-voice-");
const QString Suffix = QStringLiteral(".opus");
} // namespace

QString VoiceDraftFolder::newDraftPath() const
{
    QDir().mkpath(m_dir);
    return QDir(m_dir).filePath(Prefix + QUuid::createUuid().toString(QUuid::WithoutBraces) + Suffix);
}

int VoiceDraftFolder::removeOrphans() const
{
    const QDir dir(m_dir);
    int removed = 0;
    const QStringList names = dir.entryList({ Prefix + QLatin1Char('*') + Suffix }, QDir::Files | QDir::Hidden);
    for (const QString &name : names) {
        if (QFile::remove(dir.filePath(name)))
            ++removed;
        else
            qCWarning(chorusVoice) << "could not remove orphaned voice draft" << name;
    }
    if (removed > 0)
        qCInfo(chorusVoice) << "removed" << removed << "orphaned voice drafts";
    return removed;
}

std::optional<QByteArray> VoiceDraftFolder::read(const QString &path)
{
    auto plain = sync::seal::DraftKeys::open(QFile::encodeName(path).toStdString());
    if (!plain)
        return std::nullopt;
    QByteArray out(plain->data(), qsizetype(plain->size()));
    sodium_memzero(plain->data(), plain->size());
    return out;
}

bool VoiceDraftFolder::remove(const QString &path)
{
    sync::seal::DraftKeys::forget(QFile::encodeName(path).toStdString());
    return !QFile::exists(path) || QFile::remove(path);
}

bool VoiceDraftFolder::isDraftName(const QString &fileName)
{
    return fileName.startsWith(Prefix) && fileName.endsWith(Suffix);
}

} // namespace chorus
