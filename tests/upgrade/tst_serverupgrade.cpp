// A chorus-server database written at each released schema version (tests/upgrade/fixtures/
// server-v<N>.sql, frozen dumps of a real run) is migrated by this build's `chorus-server migrate`,
// keeps every row of every table, and serves again.

#include "serverdb.h"
#include "sqlitesnapshot.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus::test;

namespace {

const QString kFixtures = QStringLiteral(CHORUS_UPGRADE_FIXTURES);
const QStringList kPrivacyTables { QStringLiteral("org_retention"), QStringLiteral("retained_counts"),
    QStringLiteral("contact_back"), QStringLiteral("urgent_words"), QStringLiteral("urgent"),
    QStringLiteral("org_webhook") };

QString serverBinary()
{
    return qEnvironmentVariable("CHORUS_BUILD_DIR") + QStringLiteral("/server/chorus-server");
}

QString fixture(int version)
{
    return kFixtures + QStringLiteral("/server-v%1.sql").arg(version);
}

QByteArray run(const QStringList &args, int *exitCode)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(serverBinary(), args);
    p.waitForFinished(60000);
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return p.readAll();
}

} // namespace

class TestServerUpgrade : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everyReleasedVersionHasAFixture()
    {
        for (int version = 1; version <= chorus::server::ServerDb::kSchemaVersion; ++version)
            QVERIFY2(QFile::exists(fixture(version)), qPrintable(fixture(version) + QStringLiteral(" is missing")));
    }

    // One ladder: a database upgraded from the oldest release holds exactly the tables, columns,
    // indexes and triggers of one made today, the dashboard's own tables included (its step is on the
    // ladder; nothing creates tables beside it).
    void upgradedEqualsFresh()
    {
        QTemporaryDir dir;
        const QString upgraded = dir.filePath(QStringLiteral("upgraded.db"));
        const QString fresh = dir.filePath(QStringLiteral("fresh.db"));
        const LoadedFixture old = loadFixture(upgraded, fixture(1));
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        for (const QString &path : { upgraded, fresh })
            chorus::server::ServerDb db(path.toStdString());
        const QStringList upgradedSchema = schemaOf(Sqlite(upgraded));
        QVERIFY(upgradedSchema.contains(QStringLiteral("table clamps on clamps")));
        for (const QString &table : { QStringLiteral("dashboard_sessions"), QStringLiteral("dashboard_login_attempts"),
                 QStringLiteral("dashboard_roles"), QStringLiteral("dashboard_audit") })
            QVERIFY2(schemaOf(Sqlite(fresh)).contains(QStringLiteral("table %1 on %1").arg(table)),
                qPrintable(table + QStringLiteral(" is not made by the ladder")));
        QCOMPARE(upgradedSchema, schemaOf(Sqlite(fresh)));
    }

    void migratesAndKeepsEverything_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= chorus::server::ServerDb::kSchemaVersion; ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void migratesAndKeepsEverything()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.db"));
        const LoadedFixture old = loadFixture(path, fixture(version));
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        QCOMPARE(old.userVersion, version);
        QVERIFY(old.rows.at(QStringLiteral("contributions")).size() > 0);

        int exitCode = -1;
        const QByteArray out = run({ QStringLiteral("migrate"), QStringLiteral("--db"), path }, &exitCode);
        QVERIFY2(exitCode == 0, out.constData());

        Snapshot migrated;
        {
            Sqlite now(path);
            QCOMPARE(now.userVersion(), chorus::server::ServerDb::kSchemaVersion);
            QVERIFY(tables(now).contains(QStringLiteral("clamps")));
            // What people chose lives on the ladder, whatever version the file came from.
            for (const QString &table : kPrivacyTables)
                QVERIFY2(tables(now).contains(table), qPrintable(table + QStringLiteral(" is missing")));
            migrated = snapshot(now, columnsOf(now));
            const Snapshot kept = snapshot(now, old.columns);
            for (const auto &[table, rows] : old.rows)
                QVERIFY2(kept.at(table) == rows,
                    qPrintable(QStringLiteral("table %1 changed in the upgrade from v%2").arg(table).arg(version)));
        }

        // It still answers as a server would: the organisation's device is listed.
        const QString org = old.rows.at(QStringLiteral("organisations")).constFirst().section(QStringLiteral(" | "), 0, 0);
        const QByteArray devices
            = run({ QStringLiteral("list-devices"), org, QStringLiteral("--db"), path }, &exitCode);
        QVERIFY2(exitCode == 0, devices.constData());
        QVERIFY2(devices.contains("Front desk kiosk"), devices.constData());

        // Migrating again changes nothing.
        const QByteArray again = run({ QStringLiteral("migrate"), QStringLiteral("--db"), path }, &exitCode);
        QVERIFY2(exitCode == 0, again.constData());
        Sqlite now(path);
        QVERIFY(snapshot(now, columnsOf(now)) == migrated);
    }

    // Servers before the privacy step (the last) created its tables outside the ladder, as the
    // dashboard started (with exactly this SQL). Such a file migrates with every row of them kept.
    void privacyTablesMadeBeforeTheLadderAreKept()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("server.db"));
        const LoadedFixture old = loadFixture(path, fixture(chorus::server::ServerDb::kSchemaVersion - 1));
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        const char *const asTheyWere[] = {
            "CREATE TABLE IF NOT EXISTS org_retention (org_id TEXT PRIMARY KEY, months INTEGER NOT NULL)",
            "CREATE TABLE IF NOT EXISTS retained_counts (org_id TEXT NOT NULL, prompt_id TEXT NOT NULL, month TEXT NOT "
            "NULL, format TEXT NOT NULL, rating INTEGER NOT NULL, n INTEGER NOT NULL, PRIMARY KEY (org_id, prompt_id, "
            "month, format, rating))",
            "CREATE TABLE IF NOT EXISTS contact_back (record_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, contacted_at "
            "INTEGER NOT NULL, contacted_by TEXT NOT NULL, note TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS urgent_words (org_id TEXT NOT NULL, language TEXT NOT NULL, phrase TEXT NOT "
            "NULL, PRIMARY KEY (org_id, language, phrase))",
            "CREATE TABLE IF NOT EXISTS urgent (record_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, marked_at INTEGER NOT "
            "NULL, source TEXT NOT NULL, marked_by TEXT NOT NULL)",
            "CREATE TABLE IF NOT EXISTS org_webhook (org_id TEXT PRIMARY KEY, url TEXT NOT NULL)",
            "INSERT INTO org_retention VALUES ('org-1', 12)",
            "INSERT INTO retained_counts VALUES ('org-1', 'prompt-1', '2024-01', 'write', 0, 3)",
            "INSERT INTO contact_back VALUES ('rec-1', 'org-1', 1700000000000, 'coord@example.org', 'Rang back')",
            "INSERT INTO urgent_words VALUES ('org-1', 'en', 'unsafe')",
            "INSERT INTO urgent VALUES ('rec-2', 'org-1', 1700000000000, 'words', '')",
            "INSERT INTO org_webhook VALUES ('org-1', 'https://example.org/hook')",
        };
        Snapshot before;
        {
            Sqlite db(path);
            for (const char *sql : asTheyWere)
                QCOMPARE(sqlite3_exec(db.db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
            before = snapshot(db, columnsOf(db));
        }
        int exitCode = -1;
        const QByteArray out = run({ QStringLiteral("migrate"), QStringLiteral("--db"), path }, &exitCode);
        QVERIFY2(exitCode == 0, out.constData());
        Sqlite now(path);
        QCOMPARE(now.userVersion(), chorus::server::ServerDb::kSchemaVersion);
        const Snapshot after = snapshot(now, columnsOf(now));
        for (const QString &table : kPrivacyTables) {
            QVERIFY2(!before.at(table).isEmpty(), qPrintable(table));
            QCOMPARE(after.at(table), before.at(table));
        }
    }
};

QTEST_GUILESS_MAIN(TestServerUpgrade)
#include "tst_serverupgrade.moc"
