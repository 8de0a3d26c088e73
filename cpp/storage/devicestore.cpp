#include "storage/devicestore.h"

#include "client/enginestore.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"

#include <QFile>
#include <QLoggingCategory>
#include <QUuid>

Q_LOGGING_CATEGORY(lcStorage, "chorus.storage")

namespace chorus {

namespace {
constexpr auto kDeviceIdKey = "device_id";
constexpr auto kClockKey = "clock";
} // namespace

StorageError toStorageError(const sqlite::Error &error, const QString &path)
{
    const QString detail = QString::fromUtf8(error.what());
    if (error.isCorrupt())
        return StorageError(StorageError::Kind::Corrupt,
                            QStringLiteral("The file %1 is not a Chorus database or is damaged (%2). It has not been "
                                           "changed. Restore it from a backup, or move it aside to start a new store.")
                                .arg(path, detail));
    if (error.isBusy())
        return StorageError(StorageError::Kind::Locked,
                            QStringLiteral("The database %1 is locked by another program (%2). Close the other Chorus "
                                           "window or tool and try again.")
                                .arg(path, detail));
    if (error.isDiskFull())
        return StorageError(StorageError::Kind::DiskFull,
                            QStringLiteral("The disk holding %1 is full, so this answer could not be saved. Nothing "
                                           "was half-saved. Free some space and press Send again.")
                                .arg(path));
    if (error.isReadOnly())
        return StorageError(StorageError::Kind::ReadOnly,
                            QStringLiteral("Chorus cannot write to %1 (%2). Check the folder exists and this user may "
                                           "write to it, then try again.")
                                .arg(path, detail));
    return StorageError(StorageError::Kind::Other, QStringLiteral("Storage error in %1: %2").arg(path, detail));
}

std::unique_ptr<DeviceStore> DeviceStore::open(const QString &path, int busyTimeoutMs)
{
    try {
        auto db = sqlite::Database::open(path.toStdString(), {.busyTimeoutMs = busyTimeoutMs});
        // The token, the staff PIN's hash and every queued answer live here: this user only. SQLite
        // gives its WAL and shared-memory files the same permissions.
        if (path != QLatin1String(":memory:"))
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        migrations::migrate(*db);
        std::unique_ptr<DeviceStore> store(new DeviceStore(path, std::move(db)));
        store->loadIdentity();
        store->moveSecretsOut();
        return store;
    } catch (const sqlite::Error &e) {
        throw toStorageError(e, path);
    } catch (const migrations::NewerSchemaError &e) {
        throw StorageError(StorageError::Kind::NewerVersion,
                           QStringLiteral("The database %1 was written by a newer version of Chorus (schema %2; this "
                                          "version understands up to %3). It has not been changed. Install the newer "
                                          "Chorus, or open a different file.")
                               .arg(path)
                               .arg(e.found)
                               .arg(migrations::kLatestVersion));
    }
}

DeviceStore::DeviceStore(QString path, std::unique_ptr<sqlite::Database> db)
    : m_path(std::move(path))
    , m_db(std::move(db))
{
    if (m_path != QLatin1String(":memory:"))
        m_secrets = std::make_unique<sync::DeviceSecrets>(sync::DeviceSecrets::pathFor(QFile::encodeName(m_path).toStdString()));
    m_state = std::make_unique<sync::SyncState>(*m_db, m_secrets.get());
    m_outbox = std::make_unique<sync::Outbox>(*m_db);
    m_sealer = std::make_unique<sync::seal::DeviceSealer>(*m_state);
}

DeviceStore::~DeviceStore() = default;

void DeviceStore::loadIdentity()
{
    m_db->transaction([&] {
        auto id = m_state->get(kDeviceIdKey);
        if (!id) {
            id = QUuid::createUuid().toString(QUuid::Id128).left(16).toStdString();
            m_state->set(kDeviceIdKey, *id);
        }
        m_deviceId = QString::fromStdString(*id);
        // The clock resumes from its last reading, so a clock set back after a restart can never
        // stamp an edit older than one already made here.
        if (auto saved = m_state->get(kClockKey))
            if (auto v = sync::Version::parse(*saved))
                m_clock.restore(v->hlc);
    });
    // A device follows the server's judgement of conflicts (see sync::ConflictRole).
    m_records = std::make_unique<sync::RecordStore>(*m_db, m_clock, m_deviceId.toStdString(), sync::ConflictRole::Follow);
    m_records->setSealerSource([this] { return m_sealer->current(); });
}

void DeviceStore::moveSecretsOut()
{
    if (!m_secrets)
        return;
    // Stores from before the secrets file kept the token and the PIN's hash in these tables.
    struct Held {
        const char *table;
        const char *key;
        std::optional<std::string> value;
    };
    Held held[] = { { "sync_state", sync::secretkey::kToken, {} },
        { "local_settings", sync::secretkey::kStaffPinHash, {} } };
    for (auto &h : held) {
        auto s = m_db->prepare(std::string("SELECT value FROM ") + h.table + " WHERE key = ?1");
        s.bind(1, std::string(h.key));
        if (s.step())
            h.value = s.text(0);
    }
    if (!held[0].value && !held[1].value)
        return;
    // The file first: a crash before the rows go just repeats the move at the next start.
    try {
        for (const auto &h : held)
            if (h.value)
                m_secrets->set(h.key, *h.value);
    } catch (const std::runtime_error &e) {
        throw StorageError(StorageError::Kind::ReadOnly, QString::fromUtf8(e.what()));
    }
    m_db->transaction([&] {
        for (const auto &h : held)
            m_db->prepare(std::string("DELETE FROM ") + h.table + " WHERE key = ?1").bind(1, std::string(h.key)).run();
    });
    // Not left behind in free pages or the WAL either.
    m_db->forgetDeletedContent();
    qCInfo(lcStorage) << "moved the device token and staff PIN hash out of" << m_path << "into their own file";
}

QString DeviceStore::originDeviceId()
{
    if (auto enrolled = m_state->get(sync::client::statekey::kServerDeviceId))
        return QString::fromStdString(*enrolled);
    return m_deviceId;
}

void DeviceStore::write(const std::function<void()> &fn)
{
    try {
        m_db->transaction([&] {
            fn();
            m_state->set(kClockKey, sync::Version{m_clock.last(), m_deviceId.toStdString()}.toString());
        });
    } catch (const sqlite::Error &e) {
        qCWarning(lcStorage) << "write failed:" << e.what();
        throw toStorageError(e, m_path);
    } catch (const std::invalid_argument &e) {
        throw StorageError(StorageError::Kind::Invalid, QString::fromUtf8(e.what()));
    }
}

void DeviceStore::read(const std::function<void()> &fn)
{
    try {
        fn();
    } catch (const sqlite::Error &e) {
        throw toStorageError(e, m_path);
    }
}

} // namespace chorus
