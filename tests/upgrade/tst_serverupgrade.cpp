// A chorus-server database written at each released schema version (tests/upgrade/fixtures/
// server-v<N>.sql, frozen dumps of a real run) is migrated by this build's `chorus-server migrate`,
// keeps every row of every table, and serves again.

#include "serverdb.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <map>

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

// Every row of every table, each as its values joined, keyed by table.
std::map<QString, QStringList> snapshot(const QString &path, int *userVersion = nullptr)
{
    sqlite3 *db = nullptr;
    sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
    auto rows = [&](const QString &sql) {
        QStringList out;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
            qFatal("%s: %s", qPrintable(sql), sqlite3_errmsg(db));
        while (sqlite3_step(s) == SQLITE_ROW) {
            QStringList values;
            for (int c = 0; c < sqlite3_column_count(s); ++c)
                values << (sqlite3_column_type(s, c) == SQLITE_NULL
                               ? QStringLiteral("<null>")
                               : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, c))));
            out << values.join(QStringLiteral(" | "));
        }
        sqlite3_finalize(s);
        return out;
    };
    std::map<QString, QStringList> all;
    for (const QString &table :
         rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")))
        all[table] = rows(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2").arg(table));
    if (userVersion)
        *userVersion = rows(QStringLiteral("PRAGMA user_version")).constFirst().toInt();
    sqlite3_close(db);
    return all;
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
        QFile sql(fixture(version));
        QVERIFY(sql.open(QIODevice::ReadOnly));
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(path.toUtf8().constData(), &db), SQLITE_OK);
            char *error = nullptr;
            const int rc = sqlite3_exec(db, sql.readAll().constData(), nullptr, nullptr, &error);
            QVERIFY2(rc == SQLITE_OK, error);
            sqlite3_close(db);
        }
        int before = 0;
        const auto old = snapshot(path, &before);
        QCOMPARE(before, version);
        QVERIFY(old.at(QStringLiteral("contributions")).size() > 0);

        int exitCode = -1;
        const QByteArray out = run({ QStringLiteral("migrate"), QStringLiteral("--db"), path }, &exitCode);
        QVERIFY2(exitCode == 0, out.constData());

        int after = 0;
        const auto migrated = snapshot(path, &after);
        QCOMPARE(after, chorus::server::ServerDb::kSchemaVersion);
        for (const auto &[table, rows] : old)
            QVERIFY2(migrated.count(table) && migrated.at(table) == rows,
                qPrintable(QStringLiteral("table %1 changed in the upgrade from v%2").arg(table).arg(version)));
        QVERIFY(migrated.count(QStringLiteral("clamps")));

        // It still answers as a server would: the organisation's device is listed.
        const QString org = old.at(QStringLiteral("organisations")).constFirst().section(QStringLiteral(" | "), 0, 0);
        const QByteArray devices
            = run({ QStringLiteral("list-devices"), org, QStringLiteral("--db"), path }, &exitCode);
        QVERIFY2(exitCode == 0, devices.constData());
        QVERIFY2(devices.contains("Front desk kiosk"), devices.constData());

        // Migrating again changes nothing.
        QVERIFY(run({ QStringLiteral("migrate"), QStringLiteral("--db"), path }, &exitCode).size() >= 0);
        QCOMPARE(exitCode, 0);
        QVERIFY(snapshot(path) == migrated);
    }
};

QTEST_GUILESS_MAIN(TestServerUpgrade)
#include "tst_serverupgrade.moc"
