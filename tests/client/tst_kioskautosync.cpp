// The kiosk app's own wiring (KioskContext) against a real chorus-server on 127.0.0.1: enrolled
// from the staff panel's controller, it syncs with nobody pressing anything. Answers reach the
// server after Send, also when the server was down at the time; what a coordinator publishes shows
// in the kiosk's prompt list without a restart.

#include "qrpicture.h"
#include "syncharness.h"

#include "controllers/kioskcontext.h"
#include "controllers/kiosksession.h"
#include "controllers/kiosksettings.h"
#include "models/promptsmodel.h"
#include "storage/devicestore.h"
#include "storage/promptrepository.h"
#include "sync/synccontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace chorus;
using namespace chorus::test;

namespace {
void publishPrompt(SyncHarness &h, const QString &id, const QString &text, int position)
{
    {
        auto store = DeviceStore::open(h.dbPath(QStringLiteral("coord")));
        Prompt p;
        p.id = id;
        p.text.insert(QStringLiteral("en"), text);
        p.symbol = QStringLiteral("bus");
        p.formats = { AnswerFormat::Write, AnswerFormat::Faces };
        p.position = position;
        PromptRepository(*store).save(p);
    }
    QCOMPARE(h.cli(QStringLiteral("coord"), { QStringLiteral("sync") }).exitCode, 0);
}

qint64 serverContributions(SyncHarness &h)
{
    return h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE withdrawn IS NOT 1"));
}

void answer(KioskSession &session, const QString &promptId, const QString &text)
{
    session.reset();
    session.begin(promptId);
    session.chooseFormat(QStringLiteral("write"));
    session.setText(text);
    session.send();
    QTRY_COMPARE(session.state(), KioskSession::State::Sent);
}
} // namespace

class TestKioskAutoSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void syncsWithNobodyPressingAnything()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("coord"), QStringLiteral("coordinator"));
        publishPrompt(h, QStringLiteral("prompt-bus"), QStringLiteral("How was the bus?"), 1);

        QDir().mkpath(h.mediaDir(QStringLiteral("kiosk")));
        KioskContext context({ h.dbPath(QStringLiteral("kiosk")), h.mediaDir(QStringLiteral("kiosk")),
            QStringLiteral("none"), false, true });
        SyncController &sync = context.sync();
        // Seconds, not the field's minutes, so the test waits on the same code paths quickly.
        sync.scheduler().setTiming({ 200, 1500, 300, 2000 });

        // Before enrolment: the demo, and a clear "not enrolled".
        QVERIFY(!context.prompts().get(QStringLiteral("demo-prompt-treated-today")).isEmpty());
        QTRY_COMPARE(sync.state(), SyncController::NotEnrolled);

        // Enrolment as the staff panel does it, from a picture of the code's QR code (the payload
        // chorus-server prints); the first sync follows by itself.
        const QString payload = QString::fromStdString(nlohmann::json::parse(
            h.admin({ QStringLiteral("enrol-code"), h.orgId(), h.siteId(), QStringLiteral("kiosk") }).toStdString())["qr"]);
        const QString picture = h.mediaDir(QStringLiteral("kiosk")) + QStringLiteral("/../enrol.png");
        QVERIFY(test::qrPicture(payload).save(picture));
        QSignalSpy enrolled(&sync, &SyncController::enrolFinished);
        sync.setServerUrl(h.serverUrl());
        sync.enrolFromQrImage(QUrl::fromLocalFile(picture).toString());
        QTRY_COMPARE_WITH_TIMEOUT(enrolled.count(), 1, 20000);
        QVERIFY2(enrolled.at(0).at(0).toBool(), qPrintable(enrolled.at(0).at(1).toString()));

        // The organisation's prompt replaces the demo, live, and the kiosk knows its site.
        QTRY_VERIFY_WITH_TIMEOUT(!context.prompts().get(QStringLiteral("prompt-bus")).isEmpty(), 20000);
        QTRY_COMPARE(context.settings().siteId(), h.siteId());
        QVERIFY(context.prompts().get(QStringLiteral("demo-prompt-treated-today")).isEmpty());

        // An answer reaches the server shortly after Send, recorded for the kiosk's site.
        answer(context.session(), QStringLiteral("prompt-bus"), QStringLiteral("The bus was late again"));
        QTRY_COMPARE_WITH_TIMEOUT(serverContributions(h), 1, 20000);
        QCOMPARE(h.serverStrings(QStringLiteral("SELECT site_id FROM contributions")), QStringList { h.siteId() });

        // The server is down when the next person sends: the answer waits, then goes by itself.
        h.stopServer();
        answer(context.session(), QStringLiteral("prompt-bus"), QStringLiteral("More seats at the stop"));
        QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncController::Offline, 20000);
        QVERIFY(sync.itemsWaiting() >= 1);
        QVERIFY(h.startServer());
        QTRY_COMPARE_WITH_TIMEOUT(serverContributions(h), 2, 30000);
        QTRY_COMPARE_WITH_TIMEOUT(sync.itemsWaiting(), 0, 20000);

        // A prompt published later shows on the kiosk's list on the next timed sync, no restart.
        publishPrompt(h, QStringLiteral("prompt-later"), QStringLiteral("Is the cafe open long enough?"), 2);
        QTRY_VERIFY_WITH_TIMEOUT(!context.prompts().get(QStringLiteral("prompt-later")).isEmpty(), 20000);
        QCOMPARE(serverContributions(h), 2); // nothing sent twice
    }
};

QTEST_MAIN(TestKioskAutoSync)
#include "tst_kioskautosync.moc"
