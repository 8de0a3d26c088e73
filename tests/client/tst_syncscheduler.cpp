// When syncs happen: after a save, on the timer, backing off after failures, never two at once.

#include "sync/syncscheduler.h"

#include <QSignalSpy>
#include <QTest>

using namespace chorus;

namespace {
SyncScheduler::Timing fast()
{
    return { 50, 400, 100, 1600 };
}
} // namespace

class TestSyncScheduler : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void saveBringsSyncForward()
    {
        SyncScheduler s;
        s.setTiming(fast());
        QSignalSpy due(&s, &SyncScheduler::due);
        QVERIFY(due.wait(1000)); // the first run comes soon after start
        s.started();
        s.finished(true);
        QVERIFY(s.msUntilNext() > 200); // then the period
        s.requestSoon();
        QVERIFY(s.msUntilNext() <= 50);
        QVERIFY(due.wait(1000));
    }

    void neverTwoAtOnce()
    {
        SyncScheduler s;
        s.setTiming(fast());
        QSignalSpy due(&s, &SyncScheduler::due);
        s.requestNow();
        QCOMPARE(due.count(), 1);
        s.started();
        s.requestNow();
        s.requestSoon();
        QTest::qWait(150);
        QCOMPARE(due.count(), 1);
        // What was asked for during the run happens soon after it, once.
        s.finished(true);
        QVERIFY(s.msUntilNext() <= 50);
        QVERIFY(due.wait(1000));
        QCOMPARE(due.count(), 2);
    }

    void backsOffWithJitterAndCap()
    {
        SyncScheduler s;
        s.setTiming(fast());
        QList<int> waits;
        for (int i = 0; i < 7; ++i) {
            s.started();
            s.finished(false);
            waits << s.msUntilNext();
        }
        QCOMPARE(s.failures(), 7);
        QVERIFY2(waits[0] >= 70 && waits[0] <= 125, qPrintable(QString::number(waits[0])));
        QVERIFY2(waits[2] >= 300 && waits[2] <= 485, qPrintable(QString::number(waits[2])));
        for (int w : waits)
            QVERIFY(w <= 1600);
        QVERIFY(waits[6] >= 1200);
        // A Send during backoff does not hurry the retry; Sync now does.
        s.requestSoon();
        QVERIFY(s.msUntilNext() > 1000);
        QSignalSpy due(&s, &SyncScheduler::due);
        s.requestNow();
        QCOMPARE(due.count(), 1);
        s.started();
        s.finished(true);
        QCOMPARE(s.failures(), 0);
    }

    void serverRetryAfterIsRespected()
    {
        SyncScheduler s;
        s.setTiming(fast());
        s.started();
        s.finished(false, 1500);
        QVERIFY(s.msUntilNext() > 1400);
    }

    void pausedUntilAskedOrResumed()
    {
        SyncScheduler s;
        s.setTiming(fast());
        QSignalSpy due(&s, &SyncScheduler::due);
        s.pause();
        s.requestSoon();
        QTest::qWait(150);
        QCOMPARE(due.count(), 0);
        QCOMPARE(s.msUntilNext(), -1);
        s.resume();
        QVERIFY(due.wait(1000));
    }
};

QTEST_GUILESS_MAIN(TestSyncScheduler)
#include "tst_syncscheduler.moc"
