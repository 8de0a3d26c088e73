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
#include "sqlitesnapshot.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;
using namespace chorus::test;

namespace {

const QString kFixtures = QStringLiteral(CHORUS_UPGRADE_FIXTURES);

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
        const LoadedFixture old = loadFixture(path, fixture(version));
        QVERIFY2(old.error.isEmpty(), qPrintable(old.error));
        QCOMPARE(old.userVersion, version);
        QVERIFY(old.rows.at(QStringLiteral("contributions")).size() >= 5);

        auto store = DeviceStore::open(path);
        QCOMPARE(store->db().userVersion(), migrations::kLatestVersion);
        QCOMPARE(store->deviceId(), QStringLiteral("52b838c4b1ad40c6"));

        // Every row of every old table, every old column, unchanged.
        {
            Sqlite now(path);
            const Snapshot after = snapshot(now, old.columns);
            for (const auto &[table, rows] : old.rows)
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
