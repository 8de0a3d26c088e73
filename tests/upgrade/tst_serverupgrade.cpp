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
};

QTEST_GUILESS_MAIN(TestServerUpgrade)
#include "tst_serverupgrade.moc"
