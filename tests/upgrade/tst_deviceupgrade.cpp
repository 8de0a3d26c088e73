// A device store written at each released schema version (tests/upgrade/fixtures/device-v<N>.sql,
// frozen dumps) opens with this build, is migrated to the latest schema, and keeps every row, and
// the app reads it: contributions, prompts, outcomes, unsent changes, sync enrolment, settings.

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/groupsessionrepository.h"
#include "storage/localsettings.h"
#include "storage/mediastore.h"
#include "storage/migrations.h"
#include "storage/outcomerepository.h"
#include "storage/promptrepository.h"
#include "storage/publishedidearepository.h"
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

// The frozen fixture of one schema version loaded into a new file, as that Chorus left it.
struct OldStore {
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("chorus.sqlite"));
    LoadedFixture old;
    explicit OldStore(int version)
        : old(loadFixture(path, fixture(version)))
    {
    }
    QString error() const { return dir.isValid() ? old.error : QStringLiteral("no temporary folder"); }
};

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

    // One ladder: a store upgraded from the oldest release holds exactly the tables, columns and
    // indexes a store made today holds.
    void upgradedEqualsFresh()
    {
        const OldStore oldest(1);
        QVERIFY2(oldest.error().isEmpty(), qPrintable(oldest.error()));
        DeviceStore::open(oldest.path).reset();
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.sqlite"));
        DeviceStore::open(fresh).reset();
        const QStringList upgraded = schemaOf(Sqlite(oldest.path));
        QVERIFY(upgraded.contains(QStringLiteral("table quarantine on quarantine")));
        QCOMPARE(upgraded, schemaOf(Sqlite(fresh)));
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
        const OldStore fixtureStore(version);
        QVERIFY2(fixtureStore.error().isEmpty(), qPrintable(fixtureStore.error()));
        const QString &path = fixtureStore.path;
        const LoadedFixture &old = fixtureStore.old;
        QCOMPARE(old.userVersion, version);
        QVERIFY(old.rows.at(QStringLiteral("contributions")).size() >= 5);

        auto store = DeviceStore::open(path);
        QCOMPARE(store->db().userVersion(), migrations::kLatestVersion);
        QCOMPARE(store->deviceId(), QStringLiteral("52b838c4b1ad40c6"));

        // Every row of every old table, every old column, unchanged, but for the device token and the
        // staff PIN's hash, which move to the device's secrets file (checked below).
        {
            Sqlite now(path);
            const Snapshot after = snapshot(now, old.columns);
            for (const auto &[table, rows] : old.rows) {
                QStringList kept = rows;
                kept.removeIf([](const QString &row) {
                    return row.startsWith(QStringLiteral("token | ")) || row.startsWith(QStringLiteral("staffPinHash | "));
                });
                QCOMPARE(after.at(table), kept);
            }
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

        MediaStore media(*store, fixtureStore.dir.filePath(QStringLiteral("media")));
        const auto recording = media.info(spoken->media.constFirst());
        QVERIFY(recording);
        QCOMPARE(recording->durationMs, qint64(7400));

        PromptRepository prompts(*store);
        QCOMPARE(prompts.all().size(), 4);
        QCOMPARE(prompts.find(QStringLiteral("demo-prompt-opening-hours"))->textIn(QStringLiteral("cy")),
                 QStringLiteral("Ydy ein horiau agor yn dda i chi?"));
        OutcomeRepository outcomes(*store);
        QCOMPARE(outcomes.published(QStringLiteral("demo-site")).size(), 1);
        // Co-production (schema 6 on): a group session and its vote, a published idea and its support,
        // an outcome's place on the board.
        if (version >= 6) {
            GroupSessionRepository groups(*store);
            const QString sessionId = QStringLiteral("01a216b0-0000-7000-8000-00000000b001");
            const auto session = groups.find(sessionId);
            QVERIFY(session);
            QCOMPARE(session->participants, 4);
            QVERIFY(session->hideVotes);
            QCOMPARE(groups.votes(sessionId).size(), 1);
            QCOMPARE(groups.votes(sessionId).constFirst().dots, 3);
            QCOMPARE(outcomes.published(QStringLiteral("demo-site")).constFirst().status, QStringLiteral("doing"));
            PublishedIdeaRepository ideas(*store);
            QCOMPARE(ideas.published(QStringLiteral("demo-site")).size(), 1);
            QCOMPARE(ideas.supportsHere(QStringLiteral("5f0c1d2e3a4b5c6d7e8f901234567890")), 1);
        }

        QCOMPARE(store->outbox().size(), 2);
        // Changes the server refused (schema 3 on) stay set aside, reason and all.
        const auto aside = store->outbox().quarantined();
        QCOMPARE(aside.size(), version >= 3 ? 1u : 0u);
        if (version >= 3)
            QCOMPARE(aside.at(0).code, std::string("invalid_change"));
        QCOMPARE(store->state().get("cursor").value_or(""), std::string("1742"));
        QCOMPARE(store->state().get("token").value_or(""), std::string("fixture-token-not-a-secret"));
        QVERIFY(QFile::exists(QString::fromStdString(sync::DeviceSecrets::pathFor(path.toStdString()).string())));
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

    // Step 4 (fewer pages per save) rebuilds the outbox: from every older schema the queue keeps its
    // changes in their order, new ones still go behind them, no save writes sqlite_sequence, the two
    // dropped indexes are gone, and the lookups that used them still answer.
    void stepFourKeepsTheQueueInOrder_data() { opensAndKeepsEverything_data(); }

    void stepFourKeepsTheQueueInOrder()
    {
        QFETCH(int, version);
        const OldStore fixtureStore(version);
        QVERIFY2(fixtureStore.error().isEmpty(), qPrintable(fixtureStore.error()));
        const QString &path = fixtureStore.path;
        const QStringList queued {QStringLiteral("9cccc4f4-b28f-4b0b-8fd8-bfbf614fecf2"),
                                  QStringLiteral("6382b6d3-61a0-4b96-8b55-281cd49c5514")};
        const QString inOrder = QStringLiteral("SELECT change_id FROM outbox ORDER BY seq");
        QCOMPARE(Sqlite(path).rows(inOrder), queued);

        auto store = DeviceStore::open(path);
        {
            Sqlite now(path);
            QCOMPARE(now.rows(inOrder), queued);
            QCOMPARE(now.rows(QStringLiteral("SELECT name FROM sqlite_master WHERE name IN"
                                             " ('contributions_created', 'outbox_record', 'outbox_v3')")),
                     QStringList());
            QVERIFY(!now.rows(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'outbox'"))
                         .constFirst()
                         .contains(QStringLiteral("AUTOINCREMENT")));
        }

        ContributionRepository contributions(*store);
        Contribution draft;
        draft.promptId = QStringLiteral("demo-prompt-treated-today");
        draft.text = QStringLiteral("Written after the upgrade.");
        const Contribution saved = contributions.save(draft);
        {
            Sqlite now(path);
            const QStringList after = now.rows(inOrder);
            QCOMPARE(after.size(), 3);
            QCOMPARE(after.mid(0, 2), queued);
            QCOMPARE(now.rows(QStringLiteral("SELECT seq FROM outbox ORDER BY seq")).constLast(), QStringLiteral("3"));
            // Stores from schemas 1-3 keep the (now unused) sqlite_sequence table; nothing counts in it.
            if (!now.rows(QStringLiteral("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'")).isEmpty())
                QCOMPARE(now.rows(QStringLiteral("SELECT name FROM sqlite_sequence")), QStringList());
        }
        // Newest first without the created_at index: the new answer, then the fixture's by time.
        const auto recent = contributions.recent(10);
        QCOMPARE(recent.size(), 5);
        QCOMPARE(recent.at(0).id, saved.id);
        for (int i = 1; i < recent.size(); ++i)
            QVERIFY(recent.at(i - 1).createdAt >= recent.at(i).createdAt);

        // Withdrawing finds the record's queued change without the record_id index, and drops it.
        QVERIFY(contributions.withdrawByReference(QStringLiteral("253-ZPR")));
        const QStringList left = Sqlite(path).rows(QStringLiteral("SELECT change_id, record_id FROM outbox ORDER BY seq"));
        QCOMPARE(left.size(), 3);
        QVERIFY(left.at(0).startsWith(queued.at(1)));
        QVERIFY(left.at(2).endsWith(QStringLiteral("01a216a8-49da-7eea-bc9d-edd941b41091")));
    }
};

QTEST_GUILESS_MAIN(TestDeviceUpgrade)
#include "tst_deviceupgrade.moc"
