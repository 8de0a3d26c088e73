// Withdrawal at the desk through a real chorus-server on 127.0.0.1: an answer given on another
// kiosk (chorus-cli), its code typed into this kiosk's staff mode (the app's own wiring) while the
// server is down: the request waits, goes by itself when the server is back, the server withdraws
// the answer, the kiosk that made it purges it on its next sync, and this kiosk says so.

#include "syncharness.h"

#include "controllers/deskwithdrawal.h"
#include "controllers/kioskcontext.h"
#include "sync/synccontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace chorus;
using namespace chorus::test;

class TestDeskWithdrawalSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aCodeFromAnotherKioskIsWithdrawnThroughTheServer()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        const QString elsewhere = QStringLiteral("elsewhere");
        h.enrol(elsewhere, QStringLiteral("kiosk"));
        const CliResult added = h.cli(elsewhere,
            { QStringLiteral("add"), QStringLiteral("--prompt"), QStringLiteral("prompt-1"), QStringLiteral("--text"),
                QStringLiteral("CANARY-DESK-SYNC words") });
        QCOMPARE(added.exitCode, 0);
        const QString code = QString::fromUtf8(added.out).trimmed();
        QCOMPARE(code.size(), 14);
        QCOMPARE(h.cli(elsewhere, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE withdrawn IS NOT 1")), 1);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE text IS NOT NULL")), 1);

        QDir().mkpath(h.mediaDir(QStringLiteral("desk")));
        KioskContext context({ h.dbPath(QStringLiteral("desk")), h.mediaDir(QStringLiteral("desk")),
            QStringLiteral("none"), false, true });
        SyncController &sync = context.sync();
        sync.scheduler().setTiming({ 200, 1500, 300, 2000 });
        QSignalSpy enrolled(&sync, &SyncController::enrolFinished);
        sync.setServerUrl(h.serverUrl());
        sync.enrol(h.enrolCode(QStringLiteral("kiosk")));
        QTRY_COMPARE_WITH_TIMEOUT(enrolled.count(), 1, 20000);
        QVERIFY2(enrolled.at(0).at(0).toBool(), qPrintable(enrolled.at(0).at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::Idle, 20000);

        // Offline at the desk: the code is not held here, so it waits for the server.
        h.stopServer();
        DeskWithdrawal &desk = context.deskWithdrawal();
        QSignalSpy answered(&desk, &DeskWithdrawal::answered);
        desk.find(code.toLower().remove(QLatin1Char('-')));
        QCOMPARE(desk.state(), DeskWithdrawal::State::NotHere);
        desk.confirm();
        QCOMPARE(desk.state(), DeskWithdrawal::State::Queued);
        QCOMPARE(desk.waiting(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::Offline, 20000);
        QCOMPARE(desk.state(), DeskWithdrawal::State::Queued);
        QCOMPARE(desk.waiting(), 1);

        // The server is back: the request goes by itself, and the outcome comes back in words.
        const int before = answered.count();
        QVERIFY(h.startServer());
        QTRY_COMPARE_WITH_TIMEOUT(desk.state(), DeskWithdrawal::State::WithdrawnByServer, 30000);
        QCOMPARE(desk.waiting(), 0);
        QVERIFY(answered.count() > before);
        QVERIFY2(desk.message().contains(QStringLiteral("withdrawn everywhere")), qPrintable(desk.message()));
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE withdrawn = 1")), 1);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE text IS NOT NULL")), 0);

        // The kiosk that made it is told on its next sync and purges it (its words were sealed and emptied there after
        // the first sync).
        QCOMPARE(h.cli(elsewhere, { QStringLiteral("sync") }).exitCode, 0);
        QCOMPARE(h.cli(elsewhere, { QStringLiteral("count") }).out.trimmed(), QByteArray("0"));
    }
};

QTEST_MAIN(TestDeskWithdrawalSync)
#include "tst_deskwithdrawalsync.moc"
