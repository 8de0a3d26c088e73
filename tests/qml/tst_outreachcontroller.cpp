// OutreachController on a real device store enrolled as outreach: a retired or unknown worker cannot
// sign in and a wrong PIN is refused; a session needs a signed-in worker and a place, is written as a
// synced change, survives a restart of the app, and stamps every answer sent in it (the helper only
// on an assisted one); withdrawn answers leave its count; after a hand-over only the worker's PIN
// unlocks; the last sync and the space left are said in words, with the warning well before full;
// wrong PINs make the next try wait, across a restart; a session starts at one of the organisation's
// sites as the last pull listed them (only the tablet's own before any), recorded by its id.

#include "client/enginestore.h"
#include "controllers/kiosksession.h"
#include "controllers/outreachcontroller.h"
#include "domain/identifiers.h"
#include "outreachseed.h"
#include "storage/contributionrepository.h"
#include "storage/contributionwriter.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"
#include "storage/outreachrepository.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace chorus;

namespace {
constexpr qint64 kGiB = 1024LL * 1024 * 1024;
}

// What the app builds around an OutreachController: the store, the outreach records, the writer
// and the kiosk session.
struct Tablet {
    Tablet(const QString &db, const QString &media)
        : store(DeviceStore::open(db))
        , repository(*store)
        , writer(db, media)
        , mediaStore(*store, media)
        , session(writer, mediaStore, QStringLiteral("site-1"))
    { }
    std::unique_ptr<DeviceStore> store;
    OutreachRepository repository;
    ContributionWriter writer;
    MediaStore mediaStore;
    KioskSession session;
};

class TestOutreachController : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    QTranslator m_english; // English plural forms ("1 day", "4 days"), as LanguageSwitcher loads them
    QString db() const { return m_dir.filePath(QStringLiteral("device.sqlite")); }
    QString media() const { return m_dir.filePath(QStringLiteral("media")); }

    static bool signIn(OutreachController &c, const QString &id, const QString &pin)
    {
        QSignalSpy refused(&c, &OutreachController::pinRefused);
        if (!c.signIn(id, pin))
            return false;
        return QTest::qWaitFor([&] { return !c.isChecking(); }, 10000) && refused.isEmpty() && c.isSignedIn();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QDir().mkpath(media());
        test::seedOutreachTablet(db());
        QVERIFY(m_english.load(QStringLiteral(":/i18n/chorus_en.qm")));
        QCoreApplication::installTranslator(&m_english);
    }

    void fieldDay()
    {
        Tablet t(db(), media());
        auto &store = t.store;
        auto &repository = t.repository;
        auto &writer = t.writer;
        auto &session = t.session;
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-01T10:00:00Z"), Qt::ISODate);
        OutreachController::Space space { 50 * kGiB, 64 * kGiB };
        OutreachController c(
            *store, repository, session, [&] { return space; }, [&] { return now; });

        QVERIFY(c.isActive());
        QCOMPARE(c.workers().size(), 2);
        QVERIFY(!c.startSession(QStringLiteral("Market"))); // nobody signed in
        QVERIFY(!c.signIn(QStringLiteral("nobody"), QStringLiteral("2468")));
        QVERIFY(!signIn(c, QStringLiteral("w-aled"), QStringLiteral("97531"))); // Noor's PIN
        QVERIFY(signIn(c, QStringLiteral("w-aled"), QStringLiteral("2468")));
        QVERIFY(!c.startSession(QStringLiteral("   "))); // no place
        const int queued = [&] {
            int n = 0;
            store->read([&] { n = int(store->outbox().size()); });
            return n;
        }();
        QVERIFY(c.startSession(QStringLiteral("Market street")));
        int after = 0;
        store->read([&] { after = int(store->outbox().size()); });
        QCOMPARE(after, queued + 1); // the session is a change that syncs

        // A handed-over answer, then an assisted one, each saved as the kiosk saves them.
        QSignalSpy saved(&writer, &ContributionWriter::saved);
        c.beginAnswer(false);
        session.begin(QStringLiteral("p1"));
        session.chooseFormat(QStringLiteral("write"));
        session.setText(QStringLiteral("handed over"));
        session.send();
        QVERIFY(saved.wait(10000));
        c.answerSent();
        QVERIFY(c.isAwaitingReturn());
        QSignalSpy returned(&c, &OutreachController::returned);
        QVERIFY(c.unlockReturn(QStringLiteral("97531")));
        QVERIFY(QTest::qWaitFor([&] { return !c.isChecking(); }, 10000));
        QVERIFY(c.isAwaitingReturn()); // another worker's PIN does not unlock
        QVERIFY(c.unlockReturn(QStringLiteral("2468")));
        QVERIFY(returned.wait(10000));
        QVERIFY(!c.isAwaitingReturn());

        c.beginAnswer(true);
        session.begin(QStringLiteral("p1"));
        session.chooseFormat(QStringLiteral("write"));
        session.setText(QStringLiteral("assisted"));
        session.send();
        QVERIFY(saved.wait(10000));
        c.answerSent();
        QVERIFY(!c.isAwaitingReturn()); // the worker holds the tablet already
        c.refresh();
        QCOMPARE(c.answersThisSession(), 2);

        ContributionRepository contributions(*store);
        const QList<Contribution> recent = contributions.recent(2);
        QCOMPARE(recent.size(), 2);
        const Contribution &assisted = recent.at(0).text == QLatin1String("assisted") ? recent.at(0) : recent.at(1);
        const Contribution &handed = recent.at(0).text == QLatin1String("assisted") ? recent.at(1) : recent.at(0);
        QCOMPARE(assisted.assistedBy, QStringLiteral("w-aled"));
        QCOMPARE(handed.assistedBy, QString());
        QVERIFY(!handed.outreachSessionId.isEmpty());
        QCOMPARE(assisted.outreachSessionId, handed.outreachSessionId);

        // Withdrawn on request: out of the count.
        QVERIFY(contributions.withdraw(handed.id));
        c.refresh();
        QCOMPARE(c.answersThisSession(), 1);

        // The app restarts mid-session: the session carries on, its worker signs in again.
        {
            OutreachController again(
                *store, repository, session, [&] { return space; }, [&] { return now; });
            QVERIFY(again.isSessionRunning());
            QCOMPARE(again.place(), QStringLiteral("Market street"));
            QVERIFY(!again.isSignedIn());
        }

        // Words for the home.
        QCOMPARE(c.timeAgo(QDateTime()), QStringLiteral("never"));
        QCOMPARE(c.timeAgo(now.addSecs(-20)), QStringLiteral("just now"));
        QCOMPARE(c.timeAgo(now.addDays(-4)), QStringLiteral("4 days ago"));
        QVERIFY(!c.isStorageLow());
        QVERIFY(c.storageText().endsWith(QStringLiteral("of space left.")));
        space = { 3 * kGiB, 64 * kGiB }; // under a tenth of the disk
        c.refresh();
        QVERIFY(c.isStorageLow());
        QVERIFY(c.storageText().startsWith(QStringLiteral("Space is running low")));
        space = { 1 * kGiB, 4 * kGiB }; // a quarter free, but under 2 GiB
        c.refresh();
        QVERIFY(c.isStorageLow());

        c.endSession();
        QVERIFY(!c.isSessionRunning());
        QVERIFY(!repository.openSession().has_value());
        c.signOut();
        QVERIFY(!c.isSignedIn());
    }

    // Guessing a four-digit PIN must take days: after three wrong PINs (any worker's, at sign-in or
    // at the give-back screen) the tablet waits 5 s, then 10 s, …, refusing even the right PIN
    // meanwhile; the wait survives a restart; the right PIN after it clears the count.
    void wrongPinsMakeTheNextTryWait()
    {
        Tablet t(db(), media());
        auto &store = t.store;
        auto &repository = t.repository;
        auto &session = t.session;
        QDateTime now = QDateTime::fromString(QStringLiteral("2026-12-02T09:00:00Z"), Qt::ISODate);
        const auto space = [] { return OutreachController::Space { 50 * kGiB, 64 * kGiB }; };
        const auto clock = [&] { return now; };
        auto c = std::make_unique<OutreachController>(*store, repository, session, space, clock);
        QCOMPARE(c->waitSeconds(), 0);
        for (const char *guess : { "1111", "2222" }) {
            QVERIFY(!signIn(*c, QStringLiteral("w-aled"), QString::fromLatin1(guess)));
            QCOMPARE(c->waitSeconds(), 0); // a slip costs nothing
        }
        QVERIFY(!signIn(*c, QStringLiteral("w-noor"), QStringLiteral("3333")));
        QCOMPARE(c->waitSeconds(), 5);
        QVERIFY2(!c->signIn(QStringLiteral("w-aled"), QStringLiteral("2468")), "even the right PIN waits");
        QVERIFY(!c->isChecking());

        // A restart changes nothing.
        c.reset();
        c = std::make_unique<OutreachController>(*store, repository, session, space, clock);
        QCOMPARE(c->waitSeconds(), 5);
        now = now.addSecs(2);
        QCOMPARE(c->waitSeconds(), 3);
        now = now.addSecs(3);
        QCOMPARE(c->waitSeconds(), 0);
        QVERIFY(!signIn(*c, QStringLiteral("w-aled"), QStringLiteral("4444")));
        QCOMPARE(c->waitSeconds(), 10); // longer each time
        now = now.addSecs(10);
        QVERIFY(signIn(*c, QStringLiteral("w-aled"), QStringLiteral("2468")));

        // The count starts again after the right PIN, and the give-back screen counts too.
        QVERIFY(c->startSession(QStringLiteral("Square")));
        c->beginAnswer(false);
        c->answerSent();
        QVERIFY(c->isAwaitingReturn());
        for (const char *guess : { "1", "2", "3" }) {
            QVERIFY(c->unlockReturn(QString::fromLatin1(guess)));
            QVERIFY(QTest::qWaitFor([&] { return !c->isChecking(); }, 10000));
        }
        QCOMPARE(c->waitSeconds(), 5);
        QVERIFY(!c->unlockReturn(QStringLiteral("2468")));
        now = now.addSecs(5);
        QSignalSpy returned(c.get(), &OutreachController::returned);
        QVERIFY(c->unlockReturn(QStringLiteral("2468")));
        QVERIFY(returned.wait(10000));
        c->signOut();
    }

    void sessionAtOneOfTheOrganisationsSites()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("device.sqlite")), media = dir.filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        test::seedOutreachTablet(db);
        Tablet t(db, media);
        namespace key = sync::client::statekey;
        t.store->write([&] {
            t.store->state().remove(key::kSites);
            t.store->state().set(key::kSite, "site-1");
            t.store->state().set(key::kSiteName, "Food bank");
        });
        OutreachController c(*t.store, t.repository, t.session, {});
        auto names = [&] {
            QStringList out;
            for (const QVariant &s : c.sites())
                out << s.toMap().value(QStringLiteral("name")).toString();
            return out;
        };
        QCOMPARE(names(), QStringList { QStringLiteral("Food bank") }); // before any pull: its own site

        t.store->write([&] {
            t.store->state().set(key::kSites,
                R"([{"id":"site-1","name":"Food bank"},{"id":"site-2","name":"Hostel"},{"id":"site-3","name":"Library"}])");
        });
        c.refresh();
        QCOMPARE(names(), (QStringList { QStringLiteral("Food bank"), QStringLiteral("Hostel"), QStringLiteral("Library") }));
        QCOMPARE(c.sites().at(1).toMap().value(QStringLiteral("id")).toString(), QStringLiteral("site-2"));

        QVERIFY(signIn(c, QStringLiteral("w-noor"), QStringLiteral("97531")));
        QVERIFY(!c.startSessionAtSite(QStringLiteral("site-9"))); // not one of the organisation's
        QVERIFY(!c.startSessionAtSite(QString()));
        QVERIFY(!c.isSessionRunning());
        QVERIFY(c.startSessionAtSite(QStringLiteral("site-2")));
        QCOMPARE(c.place(), QStringLiteral("Hostel"));
        QCOMPARE(c.siteId(), QStringLiteral("site-2"));
        const auto saved = t.repository.openSession();
        QVERIFY(saved);
        QCOMPARE(saved->siteId, QStringLiteral("site-2"));
        QCOMPARE(saved->place, QStringLiteral("Hostel"));
        QVERIFY(!c.startSessionAtSite(QStringLiteral("site-3"))); // one session at a time
        c.endSession();

        // A typed place names no site, even one spelled like a site.
        QVERIFY(c.startSession(QStringLiteral("  Library ")));
        QCOMPARE(c.place(), QStringLiteral("Library"));
        QCOMPARE(t.repository.openSession()->siteId, QString());
        c.signOut();
    }
};

QTEST_GUILESS_MAIN(TestOutreachController)
#include "tst_outreachcontroller.moc"
