// "You said, we did" from a coordinator to a person at the kiosk: a real chorus-server, an outcome
// published through the dashboard API, a kiosk app (its own KioskContext and QML) enrolled to the
// server; after the kiosk syncs, the outcome is on its Welcome screen above the fold and reads
// itself aloud.

#include "../integration/dashboard/dashharness.h"
#include "../qml/quickfind.h"

#include "controllers/kioskcontext.h"
#include "controllers/speaker.h"
#include "sync/synccontroller.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <chrono>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;
using chorus::dashtest::Json;

class TestWelcomeOutcome : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aPublishedOutcomeReachesTheWelcomeScreen()
    {
        dashtest::Server server;
        const std::string org = server.admin({ "create-org", "Outcome org" })["id"];
        const std::string site = server.admin({ "create-site", org, "Drop-in centre" })["id"];
        server.admin({ "create-coordinator", org, "coord@outcome.org" }, "password-outcome-1");
        dashtest::Session coordinator;
        QCOMPARE(dashtest::login(server, "coord@outcome.org", "password-outcome-1", &coordinator).status, 200);
        const auto now
            = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
        const dashtest::Reply published = coordinator.post(server, "/dashboard/api/outcomes",
            { { "said", { { "en", "You said the benches were hard" } } },
                { "did", { { "en", "We bought cushioned chairs for the waiting room" } } }, { "happened_at", now },
                { "themes", { "comfort" } }, { "published", true } });
        QVERIFY2(published.status == 200, published.body.c_str());

        QTemporaryDir dir;
        const QString media = dir.filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        KioskContext context(
            { dir.filePath(QStringLiteral("device.sqlite")), media, QStringLiteral("none"), false, true });
        context.installSingletons();
        QQmlApplicationEngine engine;
        QQuickWindow *window = test::showKiosk(engine);
        QVERIFY(window);

        // Not there before the kiosk has synced.
        auto outcomeCard
            = [&]() -> QQuickItem * { return test::findItem(window->contentItem(), QStringLiteral("outcome_0")); };
        QVERIFY(!outcomeCard() || !outcomeCard()->property("text").toString().contains(QStringLiteral("cushioned")));

        SyncController &sync = context.sync();
        QSignalSpy enrolled(&sync, &SyncController::enrolFinished);
        sync.setServerUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
        const std::string code = server.admin({ "enrol-code", org, site, "kiosk" })["code"];
        sync.enrol(QString::fromStdString(code));
        QTRY_COMPARE_WITH_TIMEOUT(enrolled.count(), 1, 20000);
        QVERIFY2(enrolled.at(0).at(0).toBool(), qPrintable(enrolled.at(0).at(1).toString()));

        // The first sync after enrolment brings the outcome; the Welcome screen shows it live.
        QTRY_VERIFY_WITH_TIMEOUT(outcomeCard()
                && outcomeCard()->property("text").toString().contains(
                    QStringLiteral("We bought cushioned chairs for the waiting room")),
            30000);
        QQuickItem *card = outcomeCard();
        QVERIFY(card->isVisible());
        QVERIFY(card->property("text").toString().contains(QStringLiteral("You said the benches were hard")));
        // Above the fold: wholly on screen without scrolling, clear of the footer row.
        const QRectF r = card->mapRectToScene(QRectF(0, 0, card->width(), card->height()));
        QVERIFY2(r.top() >= 0 && r.bottom() <= window->height() - 2 * 72,
            qPrintable(QStringLiteral("%1 to %2 of %3").arg(r.top()).arg(r.bottom()).arg(window->height())));
        // It reads itself aloud when pressed, and is part of the screen's Read aloud.
        QTest::mouseClick(window, Qt::LeftButton, {}, r.center().toPoint());
        QTRY_VERIFY(context.speaker().lastSpoken().contains(QStringLiteral("We bought cushioned chairs")));
        QVERIFY(test::accessibleName(card).contains(QStringLiteral("We bought cushioned chairs")));
    }
};

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    TestWelcomeOutcome test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_welcomeoutcome.moc"
