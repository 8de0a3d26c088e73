#include "storage/mediastore.h"

#include "storage/devicestore.h"
#include "fs/durablefile.h"
#include "seal/draftkeys.h"
#include "seal/mediasealer.h"
#include "storage/storageerror.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>

#include <sstream>

#include <sodium.h>

#include <fcntl.h>
#include <unistd.h>

namespace chorus {

namespace {
const QString kTempPrefix = QStringLiteral("draft-");

// The rename must reach the disk before the contribution that names it commits.
void syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
} // namespace

MediaStore::MediaStore(DeviceStore &store, QString mediaDir)
    : m_store(store)
    , m_dir(std::move(mediaDir))
{
    QDir().mkpath(m_dir);
    QFile::setPermissions(m_dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

bool MediaStore::isSha256(const QString &text)
{
    if (text.size() != 64)
        return false;
    for (const QChar c : text)
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    return true;
}

QString MediaStore::temporaryPath(const QString &suffix) const
{
    return QDir(m_dir).filePath(kTempPrefix + QUuid::createUuid().toString(QUuid::Id128) + QLatin1Char('.') + suffix);
}

QString MediaStore::pathOf(const QString &sha256) const
{
    return isSha256(sha256) ? QDir(m_dir).filePath(sha256) : QString();
}

QString MediaStore::adopt(const QString &tempPath, const QString &mime, qint64 durationMs)
{
    const std::string draftName = QFile::encodeName(tempPath).toStdString();
    std::string plain;
    if (sync::seal::DraftKeys::has(draftName)) {
        // A voice draft, encrypted as it was recorded: opened in memory with the key only this
        // process holds.
        auto opened = sync::seal::DraftKeys::open(draftName);
        if (!opened)
            throw StorageError(StorageError::Kind::NotFound,
                               QStringLiteral("The recording %1 could not be read back").arg(tempPath));
        plain = std::move(*opened);
    } else {
        QFile file(tempPath);
        if (!file.open(QIODevice::ReadOnly))
            throw StorageError(StorageError::Kind::NotFound,
                               QStringLiteral("The recording or drawing %1 could not be read: %2").arg(tempPath, file.errorString()));
        const QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError)
            throw StorageError(StorageError::Kind::Other, QStringLiteral("Could not read %1").arg(tempPath));
        plain.assign(bytes.constData(), std::size_t(bytes.size()));
    }
    const QString sha = QString::fromLatin1(
        QCryptographicHash::hash(QByteArrayView(plain.data(), qsizetype(plain.size())), QCryptographicHash::Sha256).toHex());
    const QString target = pathOf(sha);
    qint64 bytes = qint64(plain.size());
    if (auto *sealer = m_store.sealer()) {
        // Kiosks and outreach tablets keep only the sealed form, named by the SHA-256 of what was
        // said (the server checks that name once it has opened the file).
        if (!QFile::exists(target)) {
            const QString sealing = target + QStringLiteral(".sealing");
            std::istringstream in(plain);
            if (!sync::seal::MediaSealer::sealStream(sealer->publicKey(), in, QFile::encodeName(sealing).constData()))
                throw StorageError(StorageError::Kind::ReadOnly, QStringLiteral("Could not seal the media file in %1").arg(m_dir));
            if (!QFile::rename(sealing, target))
                throw StorageError(StorageError::Kind::ReadOnly, QStringLiteral("Could not store the media file in %1").arg(m_dir));
        }
        bytes = QFileInfo(target).size();
    } else if (!QFile::exists(target)) {
        // Written whole under a temporary name first, so a crash never leaves half a file under the
        // name of the whole.
        const QString writing = temporaryPath(QStringLiteral("part"));
        if (!sync::fs::writeDurably(QFile::encodeName(writing).constData(), plain, sync::fs::WriteMode::Replace)
            || !QFile::rename(writing, target)) {
            QFile::remove(writing);
            throw StorageError(StorageError::Kind::ReadOnly, QStringLiteral("Could not store the media file in %1").arg(m_dir));
        }
    }
    sodium_memzero(plain.data(), plain.size());
    sync::seal::DraftKeys::forget(draftName);
    QFile::remove(tempPath);
    syncPath(m_dir);
    m_store.write([&] {
        auto &s = m_store.db().cached("INSERT OR IGNORE INTO media (sha256, mime, bytes, duration_ms, created_at)"
                                      " VALUES (?1, ?2, ?3, ?4, ?5)");
        sqlite::StatementReset reset(s);
        s.bind(1, sha.toStdString()).bind(2, mime.toStdString()).bind(3, static_cast<std::int64_t>(bytes));
        s.bind(4, static_cast<std::int64_t>(durationMs)).bind(5, static_cast<std::int64_t>(QDateTime::currentMSecsSinceEpoch()));
        s.run();
    });
    return sha;
}

std::optional<MediaInfo> MediaStore::info(const QString &sha256)
{
    std::optional<MediaInfo> out;
    m_store.read([&] {
        auto &s = m_store.db().cached("SELECT mime, bytes, duration_ms FROM media WHERE sha256 = ?1");
        sqlite::StatementReset reset(s);
        s.bind(1, sha256.toStdString());
        if (s.step())
            out = MediaInfo{sha256, QString::fromStdString(s.text(0)), s.integer(1), s.integer(2)};
    });
    return out;
}

void MediaStore::purge(const QString &sha256)
{
    if (!isSha256(sha256))
        return;
    QFile::remove(pathOf(sha256));
    m_store.write([&] {
        auto &s = m_store.db().cached("DELETE FROM media WHERE sha256 = ?1");
        sqlite::StatementReset reset(s);
        s.bind(1, sha256.toStdString());
        s.run();
    });
}

int MediaStore::removeOrphanedTemporaries()
{
    int removed = 0;
    const auto drafts = QDir(m_dir).entryList({kTempPrefix + QLatin1Char('*')}, QDir::Files);
    for (const auto &name : drafts)
        removed += QFile::remove(QDir(m_dir).filePath(name)) ? 1 : 0;
    return removed;
}

} // namespace chorus
