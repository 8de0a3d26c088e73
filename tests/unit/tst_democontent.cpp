// Demo prompts appear once, in order, and lose to anything newer.

#include "storage/democontent.h"
#include "storage/devicestore.h"
#include "storage/outcomerepository.h"
#include "storage/promptrepository.h"
#include "storage/publishedidearepository.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

class TestDemoContent : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void installsOnceAndNeverQueuesForSync()
    {
        QTemporaryDir dir;
        auto store = DeviceStore::open(dir.filePath(QStringLiteral("d.db")));
        QVERIFY(DemoContent::install(*store));
        QVERIFY(!DemoContent::install(*store));
        PromptRepository prompts(*store);
        const auto active = prompts.active(QDateTime::currentDateTimeUtc(), QStringLiteral("any-site"));
        QCOMPARE(active.size(), 4);
        QCOMPARE(active.first().id, QStringLiteral("demo-prompt-treated-today"));
        for (const auto &p : active) {
            QVERIFY(!p.formats.isEmpty());
            QVERIFY(p.textIn(QStringLiteral("en")).split(QLatin1Char(' ')).size() <= 15);
        }
        bool fellBack = false;
        QCOMPARE(active.at(2).textIn(QStringLiteral("ar"), &fellBack), active.at(2).textIn(QStringLiteral("en")));
        QVERIFY(fellBack);
        QCOMPARE(OutcomeRepository(*store).published({}).size(), 1);
        QCOMPARE(store->outbox().size(), 0);

        // A coordinator's later edit wins over the demo text.
        Prompt edited = active.first();
        edited.text[QStringLiteral("en")] = QStringLiteral("How did we treat you?");
        prompts.save(edited);
        QCOMPARE(prompts.find(edited.id)->textIn(QStringLiteral("en")), QStringLiteral("How did we treat you?"));
    }

    // The demo's "me too" idea and its board status; on enrolment the idea goes, and with it every
    // support tapped for it, queued or not: they support nothing real.
    void demoIdeaAndItsSupportsLeaveTogether()
    {
        QTemporaryDir dir;
        auto store = DeviceStore::open(dir.filePath(QStringLiteral("d.db")));
        QVERIFY(DemoContent::install(*store));
        QCOMPARE(OutcomeRepository(*store).published({}).constFirst().status, QStringLiteral("done"));
        PublishedIdeaRepository ideas(*store);
        QCOMPARE(ideas.published({}).size(), 1);
        const QString demoIdea = ideas.published({}).constFirst().id;
        (void)ideas.addSupport(demoIdea, {});
        (void)ideas.addSupport(QStringLiteral("a-real-idea"), {});
        QCOMPARE(store->outbox().size(), 2);
        QVERIFY(DemoContent::remove(*store));
        QCOMPARE(ideas.published({}).size(), 0);
        QCOMPARE(ideas.supportsHere(demoIdea), 0);
        QCOMPARE(ideas.supportsHere(QStringLiteral("a-real-idea")), 1);
        QCOMPARE(store->outbox().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoContent)
#include "tst_democontent.moc"
