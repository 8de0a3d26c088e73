// "You said, we did" from a coordinator to a person at the kiosk: a real chorus-server, an outcome
// published through the dashboard API, a kiosk app (its own KioskContext and QML) enrolled to the
// server; after the kiosk syncs, the outcome is on its Welcome screen above the fold and reads
// itself aloud.

#include "kioskapptest.h"
#include "../qml/quickfind.h"

#include "controllers/kioskcontext.h"
#include "controllers/speaker.h"

#include <QQuickItem>
#include <QQuickWindow>
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
        const test::DashboardOrg made
            = test::makeDashboardOrg(server, "Outcome org", "coord@outcome.org", "password-outcome-1");
        QCOMPARE(made.loginStatus, 200);
        const dashtest::Session &coordinator = made.coordinator;
        const auto now
            = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
                  .count();
        const dashtest::Reply published = coordinator.post(server, "/dashboard/api/outcomes",
            { { "said", { { "en", "You said the benches were hard" } } },
                { "did", { { "en", "We bought cushioned chairs for the waiting room" } } }, { "happened_at", now },
                { "themes", { "comfort" } }, { "published", true } });
        QVERIFY2(published.status == 200, published.body.c_str());

        QTemporaryDir dir;
        test::KioskApp kiosk(dir.path());
        KioskContext &context = kiosk.context();
        QQuickWindow *window = kiosk.window();
        QVERIFY(window);

        // Not there before the kiosk has synced.
        auto outcomeCard
            = [&]() -> QQuickItem * { return test::findItem(window->contentItem(), QStringLiteral("outcome_0")); };
        QVERIFY(!outcomeCard() || !outcomeCard()->property("text").toString().contains(QStringLiteral("cushioned")));

        const QString refused = kiosk.enrol(server, made.org, made.site);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));

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
    return test::runKioskTest<TestWelcomeOutcome>(argc, argv);
}

#include "tst_welcomeoutcome.moc"
