// Opening, migrating and refusing device store files.

#include "sqlite/database.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/localsettings.h"
#include "storage/migrations.h"
#include "storage/storageerror.h"
#include "model/schema.h"
#include "store/devicetables.h"

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

// Every byte the store keeps (the file, its WAL and journal), for scanning.
QByteArray storeBytes(const QString &db)
{
    QByteArray all;
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-journal") }) {
        QFile f(db + suffix);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
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

    // The ladder makes a table for each synced kind and each declared device table, and nothing else:
    // a table added to one and not the other (so never wiped on revocation, say) fails here.
    void holdsTheDeclaredTablesOnly()
    {
        QTemporaryDir dir;
        auto store = DeviceStore::open(dir.filePath(QStringLiteral("a.db")));
        QStringList declared;
        for (const auto &kind : sync::Schema::instance().kinds())
            declared << QString::fromStdString(kind.table);
        for (const auto &table : sync::kDeviceTables)
            declared << QString::fromUtf8(table.name.data(), qsizetype(table.name.size()));
        declared.sort();
        QStringList made;
        auto s = store->db().prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name");
        while (s.step())
            made << QString::fromStdString(s.text(0));
        QCOMPARE(made, declared);
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

    // The device token and the staff PIN's hash live in a file of their own, this user's only, and
    // never in the store (issue 17).
    void secretsLiveInTheirOwnFile()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kiosk.db"));
        const QByteArray token = "TOKEN-CANARY-5c1d9e0a7b";
        const QByteArray pinHash = "$argon2id$PIN-CANARY-88f2";
        {
            auto store = DeviceStore::open(db);
            store->write([&] { store->state().set("token", token.toStdString()); });
            LocalSettings(*store).setValue(QStringLiteral("staffPinHash"), QString::fromLatin1(pinHash));
            LocalSettings(*store).setValue(QStringLiteral("theme"), QStringLiteral("dark"));
            QCOMPARE(store->state().get("token").value_or(""), token.toStdString());
            QCOMPARE(LocalSettings(*store).value(QStringLiteral("staffPinHash")), QString::fromLatin1(pinHash));
            const QByteArray bytes = storeBytes(db);
            QVERIFY(!bytes.contains(token));
            QVERIFY(!bytes.contains(pinHash));
        }
        const QString secrets = QString::fromStdString(sync::DeviceSecrets::pathFor(db.toStdString()).string());
        QFile file(secrets);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray held = file.readAll();
        QVERIFY(held.contains(token) && held.contains(pinHash));
        QCOMPARE(QFile::permissions(secrets) & ~(QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser),
            QFile::Permissions());
        // Another connection (the sync thread, chorus-cli) sees the same; removing the token
        // un-enrols.
        auto other = DeviceStore::open(db);
        QCOMPARE(other->state().get("token").value_or(""), token.toStdString());
        other->write([&] { other->state().remove("token"); });
        QVERIFY(!DeviceStore::open(db)->state().get("token"));
        QCOMPARE(LocalSettings(*other).value(QStringLiteral("theme")), QStringLiteral("dark"));
    }

    // A store from before the secrets file: opening it moves both out, and leaves no copy behind in
    // the store, its free pages or its WAL.
    void existingStoresMoveTheirSecretsOut()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("old.db"));
        const QByteArray token = "TOKEN-CANARY-old-31b7aa";
        const QByteArray pinHash = "$argon2id$PIN-CANARY-old-07";
        DeviceStore::open(db).reset();
        {
            // As an older version of the app wrote them.
            auto raw = sqlite::Database::open(db.toStdString(), {});
            raw->prepare("INSERT INTO sync_state (key, value) VALUES ('token', ?1)").bind(1, token.toStdString()).run();
            raw->prepare("INSERT INTO local_settings (key, value) VALUES ('staffPinHash', ?1)")
                .bind(1, pinHash.toStdString())
                .run();
        }
        QVERIFY(storeBytes(db).contains(token));
        const QString secrets = QString::fromStdString(sync::DeviceSecrets::pathFor(db.toStdString()).string());
        QVERIFY(!QFile::exists(secrets));
        {
            auto store = DeviceStore::open(db);
            QCOMPARE(store->state().get("token").value_or(""), token.toStdString());
            QCOMPARE(LocalSettings(*store).value(QStringLiteral("staffPinHash")), QString::fromLatin1(pinHash));
        }
        QVERIFY(QFile::exists(secrets));
        const QByteArray bytes = storeBytes(db);
        QVERIFY2(!bytes.contains(token), "the token is still in the store");
        QVERIFY2(!bytes.contains(pinHash), "the PIN hash is still in the store");
        auto again = DeviceStore::open(db);
        QCOMPARE(again->state().get("token").value_or(""), token.toStdString());
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
