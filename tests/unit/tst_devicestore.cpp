// Opening, migrating and refusing device store files.

#include "sqlite/database.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

class TestDeviceStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void createsNewStoreAtLatestVersion()
    {
        QTemporaryDir dir;
        auto store = DeviceStore::open(dir.filePath(QStringLiteral("a.db")));
        QCOMPARE(store->db().userVersion(), migrations::kLatestVersion);
        QCOMPARE(store->deviceId().size(), 16);
        const QString id = store->deviceId();
        store.reset();
        QCOMPARE(DeviceStore::open(dir.filePath(QStringLiteral("a.db")))->deviceId(), id);
    }

    void migratesEveryOlderVersionKeepingData_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 1; v < migrations::kLatestVersion; ++v)
            QTest::addRow("v%d", v) << v;
    }
    void migratesEveryOlderVersionKeepingData()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.db"));
        {
            auto db = sqlite::Database::open(path.toStdString());
            migrations::migrate(*db, from);
            // A contribution as that schema version stored it.
            db->exec("INSERT INTO contributions (id, prompt_id, format, text, reference, created_at, versions)"
                     " VALUES ('c-old', 'p1', 'write', 'kept across upgrades', 'ABC-DEF', 1700000000000, '{}')");
            db->exec("INSERT INTO media (sha256, mime, bytes, duration_ms, created_at) VALUES ('aa', 'audio/ogg', 10, 1000, 1)");
        }
        auto store = DeviceStore::open(path);
        QCOMPARE(store->db().userVersion(), migrations::kLatestVersion);
        ContributionRepository repo(*store);
        const auto found = repo.findByReference(QStringLiteral("abcdef"));
        QVERIFY(found.has_value());
        QCOMPARE(found->text, QStringLiteral("kept across upgrades"));
        auto s = store->db().prepare("SELECT uploaded FROM media WHERE sha256 = 'aa'");
        QVERIFY(s.step());
        QCOMPARE(s.integer(0), 0);
    }

    void refusesNewerVersionUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.db"));
        {
            auto db = sqlite::Database::open(path.toStdString());
            db->exec("CREATE TABLE future (x)");
            db->setUserVersion(migrations::kLatestVersion + 1);
        }
        const QByteArray before = fileHash(path);
        try {
            (void)DeviceStore::open(path);
            QFAIL("a newer database was opened");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::NewerVersion);
            QVERIFY(e.userMessage().contains(path));
            QVERIFY(e.userMessage().contains(QStringLiteral("newer version")));
        }
        QCOMPARE(fileHash(path), before);
    }

    void refusesCorruptFileUntouched()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("corrupt.db"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const QByteArray before = fileHash(path);
        try {
            (void)DeviceStore::open(path);
            QFAIL("a corrupt file was opened");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Corrupt);
            QVERIFY(e.userMessage().contains(path));
        }
        QCOMPARE(fileHash(path), before);
    }

    void reportsUnwritableFolder()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("missing/folder/x.db"));
        try {
            (void)DeviceStore::open(path);
            QFAIL("opened a store in a folder that does not exist");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::ReadOnly);
            QVERIFY(e.userMessage().contains(path));
        }
    }

    void reportsLockedDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("locked.db"));
        auto store = DeviceStore::open(path, 50);
        auto other = sqlite::Database::open(path.toStdString(), {.busyTimeoutMs = 50});
        other->exec("BEGIN EXCLUSIVE");
        Contribution draft;
        draft.promptId = QStringLiteral("p");
        draft.text = QStringLiteral("hello");
        try {
            (void)ContributionRepository(*store).save(draft);
            QFAIL("saved into a locked database");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::Locked);
        }
        other->exec("ROLLBACK");
        QCOMPARE(ContributionRepository(*store).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDeviceStore)
#include "tst_devicestore.moc"
