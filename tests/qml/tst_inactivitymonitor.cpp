// InactivityMonitor: the quiet spell, the "Are you still there?" countdown, and the pause that keeps
// a long spoken answer, a playback or a reading aloud from being wiped while nobody touches the screen.

#include "controllers/inactivitymonitor.h"

#include <QGuiApplication>
#include <QSignalSpy>
#include <QTest>

using namespace chorus;

class TestInactivityMonitor : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void warnsThenExpiresWhenQuiet()
    {
        InactivityMonitor monitor;
        monitor.setTimeoutMs(80);
        monitor.setCountdownMs(300);
        QSignalSpy expired(&monitor, &InactivityMonitor::expired);
        monitor.setArmed(true);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.isWarning(), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 2000);
        QVERIFY(!monitor.isArmed());
    }

    void pausedHoldsOffTheQuestion()
    {
        InactivityMonitor monitor;
        monitor.setTimeoutMs(80);
        monitor.setCountdownMs(300);
        QSignalSpy expired(&monitor, &InactivityMonitor::expired);
        monitor.setArmed(true);
        monitor.setPaused(true);
        // Ten quiet spells pass while someone speaks: no question, nothing cleared.
        QTest::qWait(800);
        QVERIFY(!monitor.isWarning());
        QCOMPARE(expired.count(), 0);
        QVERIFY(monitor.isArmed());
        // When they stop, a whole quiet spell starts again before the question.
        monitor.setPaused(false);
        QVERIFY(!monitor.isWarning());
        QTRY_VERIFY_WITH_TIMEOUT(monitor.isWarning(), 1000);
    }

    void aCountdownOnScreenIsNotHeldOffByItsOwnReading()
    {
        InactivityMonitor monitor;
        monitor.setTimeoutMs(50);
        monitor.setCountdownMs(300);
        QSignalSpy expired(&monitor, &InactivityMonitor::expired);
        monitor.setArmed(true);
        QTRY_VERIFY_WITH_TIMEOUT(monitor.isWarning(), 1000);
        monitor.setPaused(true); // the question is being read aloud
        QTRY_COMPARE_WITH_TIMEOUT(expired.count(), 1, 2000);
    }

    void pokeWhilePausedDoesNotStartTheSpell()
    {
        InactivityMonitor monitor;
        monitor.setTimeoutMs(50);
        monitor.setArmed(true);
        monitor.setPaused(true);
        monitor.poke(); // a tap on Stop listening, say, while still playing
        QTest::qWait(300);
        QVERIFY(!monitor.isWarning());
    }
};

int main(int argc, char **argv)
{
    QGuiApplication app(argc, argv);
    TestInactivityMonitor test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_inactivitymonitor.moc"
