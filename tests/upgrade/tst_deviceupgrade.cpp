// A device store written at each released schema version (tests/upgrade/fixtures/device-v<N>.sql,
// frozen dumps) opens with this build, is migrated to the latest schema, and keeps every row, and
// the app reads it: contributions, prompts, outcomes, unsent changes, sync enrolment, settings.

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/localsettings.h"
#include "storage/mediastore.h"
#include "storage/migrations.h"
#include "storage/outcomerepository.h"
#include "storage/promptrepository.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <map>

using namespace chorus;

namespace {

const QString kFixtures = QStringLiteral(CHORUS_UPGRADE_FIXTURES);

// Every row of every table, each as its column values joined, keyed by table.
using Snapshot = std::map<QString, QStringList>;

struct Sqlite {
    sqlite3 *db = nullptr;
    explicit Sqlite(const QString &path) { sqlite3_open(path.toUtf8().constData(), &db); }
    ~Sqlite() { sqlite3_close(db); }
    QStringList rows(const QString &sql, QStringList *columns = nullptr) const
    {
        QStringList out;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
            qFatal("%s: %s", qPrintable(sql), sqlite3_errmsg(db));
        while (sqlite3_step(s) == SQLITE_ROW) {
            QStringList values;
            for (int c = 0; c < sqlite3_column_count(s); ++c) {
                if (columns && out.isEmpty())
                    columns->append(QString::fromUtf8(sqlite3_column_name(s, c)));
                values << (sqlite3_column_type(s, c) == SQLITE_NULL
                               ? QStringLiteral("<null>")
                               : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, c))));
            }
            out << values.join(QStringLiteral(" | "));
        }
        sqlite3_finalize(s);
        return out;
    }
    int userVersion() const { return rows(QStringLiteral("PRAGMA user_version")).constFirst().toInt(); }
};

QStringList tables(const Sqlite &db)
{
    return db.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
}

// The rows of the old file, read again through the old file's columns only.
Snapshot snapshot(const Sqlite &db, const std::map<QString, QStringList> &columnsOf)
{
    Snapshot out;
    for (const auto &[table, columns] : columnsOf)
        out[table] = db.rows(QStringLiteral("SELECT ") + columns.join(u',') + QStringLiteral(" FROM ") + table
                             + QStringLiteral(" ORDER BY rowid"));
    return out;
}

std::map<QString, QStringList> columnsOf(const Sqlite &db)
{
    std::map<QString, QStringList> out;
    for (const QString &table : tables(db)) {
        for (const QString &row : db.rows(QStringLiteral("SELECT name FROM pragma_table_info('") + table + QStringLiteral("')")))
            out[table] << row;
    }
    return out;
}

QString fixture(int version)
{
    return kFixtures + QStringLiteral("/device-v%1.sql").arg(version);
}

} // namespace

class TestDeviceUpgrade : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // A new schema version needs its own frozen fixture, or its upgrades go untested.
    void everyReleasedVersionHasAFixture()
    {
        for (int version = 1; version <= migrations::kLatestVersion; ++version)
            QVERIFY2(QFile::exists(fixture(version)), qPrintable(fixture(version) + QStringLiteral(" is missing")));
    }

    void opensAndKeepsEverything_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version <= migrations::kLatestVersion; ++version)
            QTest::addRow("from v%d", version) << version;
    }

    void opensAndKeepsEverything()
    {
        QFETCH(int, version);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("chorus.sqlite"));
        QFile sql(fixture(version));
        QVERIFY(sql.open(QIODevice::ReadOnly));

        Snapshot before;
        std::map<QString, QStringList> oldColumns;
        {
            Sqlite old(path);
            char *error = nullptr;
            QVERIFY2(sqlite3_exec(old.db, sql.readAll().constData(), nullptr, nullptr, &error) == SQLITE_OK, error);
            QCOMPARE(old.userVersion(), version);
            oldColumns = columnsOf(old);
            before = snapshot(old, oldColumns);
        }
        QVERIFY(before.at(QStringLiteral("contributions")).size() >= 5);

        auto store = DeviceStore::open(path);
        QCOMPARE(store->db().userVersion(), migrations::kLatestVersion);
        QCOMPARE(store->deviceId(), QStringLiteral("52b838c4b1ad40c6"));

        // Every row of every old table, every old column, unchanged.
        {
            Sqlite now(path);
            const Snapshot after = snapshot(now, oldColumns);
            for (const auto &[table, rows] : before)
                QCOMPARE(after.at(table), rows);
        }

        // What the kiosk and the sync engine read from it.
        ContributionRepository contributions(*store);
        QCOMPARE(contributions.count(), 4);
        const auto written = contributions.findByReference(QStringLiteral("253-ZPR"));
        QVERIFY(written);
        QCOMPARE(written->text, QStringLiteral("The staff were kind and the tea was hot."));
        QVERIFY(written->consent.contactMe);
        const auto spoken = contributions.findByReference(QStringLiteral("K7Q-2MN"));
        QVERIFY(spoken);
        QCOMPARE(spoken->format, AnswerFormat::Speak);
        QCOMPARE(spoken->language, QStringLiteral("cy"));
        QCOMPARE(spoken->contactName, QStringLiteral("Ceri"));
        QCOMPARE(spoken->tags, QStringList{QStringLiteral("staff")});
        QCOMPARE(spoken->media.size(), 1);
        const auto sorted = contributions.findByReference(QStringLiteral("P3X-9RT"));
        QVERIFY(sorted);
        QCOMPARE(sorted->symbols.size(), 2);
        QCOMPARE(sorted->rating.value_or(0), 4);
        const auto withdrawn = contributions.find(QStringLiteral("01a216a9-0000-7000-8000-000000000005"));
        QVERIFY(!withdrawn || withdrawn->withdrawn);

        MediaStore media(*store, dir.filePath(QStringLiteral("media")));
        const auto recording = media.info(spoken->media.constFirst());
        QVERIFY(recording);
        QCOMPARE(recording->durationMs, qint64(7400));

        PromptRepository prompts(*store);
        QCOMPARE(prompts.all().size(), 4);
        QCOMPARE(prompts.find(QStringLiteral("demo-prompt-opening-hours"))->textIn(QStringLiteral("cy")),
                 QStringLiteral("Ydy ein horiau agor yn dda i chi?"));
        OutcomeRepository outcomes(*store);
        QCOMPARE(outcomes.published(QStringLiteral("demo-site")).size(), 1);

        QCOMPARE(store->outbox().size(), 2);
        // Changes the server refused (schema 3 on) stay set aside, reason and all.
        const auto aside = store->outbox().quarantined();
        QCOMPARE(aside.size(), version >= 3 ? 1u : 0u);
        if (version >= 3)
            QCOMPARE(aside.at(0).code, std::string("invalid_change"));
        QCOMPARE(store->state().get("cursor").value_or(""), std::string("1742"));
        QCOMPARE(store->state().get("token").value_or(""), std::string("fixture-token-not-a-secret"));
        LocalSettings settings(*store);
        QCOMPARE(settings.value(QStringLiteral("inactivitySeconds")), QStringLiteral("90"));
        QCOMPARE(settings.value(QStringLiteral("siteName")), QStringLiteral("Riverside Centre"));

        // And it keeps working: a new answer is saved and queued behind the old ones.
        Contribution draft;
        draft.promptId = QStringLiteral("demo-prompt-treated-today");
        draft.text = QStringLiteral("Written after the upgrade.");
        const Contribution saved = contributions.save(draft);
        QCOMPARE(contributions.findByReference(saved.reference)->text, draft.text);
        QCOMPARE(store->outbox().size(), 3);

        // Opening it again is a no-op.
        store.reset();
        QCOMPARE(DeviceStore::open(path)->db().userVersion(), migrations::kLatestVersion);
    }
};

QTEST_GUILESS_MAIN(TestDeviceUpgrade)
#include "tst_deviceupgrade.moc"
