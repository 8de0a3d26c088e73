// PeriodicWorker, the thread the scrub and retention schedules run on: it waits first, runs its
// task again after the wait the task answers, and stops at once when destroyed, mid-wait included.

#include <QTest>

// moc stops at the standard library headers chorus_server_lib's include paths lead it to.
#ifndef Q_MOC_RUN
#include "periodicworker.h"

#include <atomic>
#include <chrono>
#endif

using chorus::server::PeriodicWorker;
using namespace std::chrono_literals;

class TestPeriodicWorker : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void runsAgainAfterTheWaitTheTaskAnswers()
    {
        std::atomic<int> runs { 0 };
        PeriodicWorker worker(10ms, [&] {
            ++runs;
            return std::chrono::milliseconds(10);
        });
        QTRY_VERIFY_WITH_TIMEOUT(runs.load() >= 3, 5000);
    }

    void waitsBeforeTheFirstRun()
    {
        std::atomic<int> runs { 0 };
        PeriodicWorker worker(400ms, [&] {
            ++runs;
            return std::chrono::milliseconds(1h);
        });
        QTest::qWait(100);
        QCOMPARE(runs.load(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(runs.load(), 1, 5000);
    }

    void stopsMidWaitWhenDestroyed()
    {
        std::atomic<int> runs { 0 };
        const auto started = std::chrono::steady_clock::now();
        {
            PeriodicWorker worker(1h, [&] {
                ++runs;
                return std::chrono::milliseconds(1h);
            });
            QTest::qWait(50);
        }
        QVERIFY(std::chrono::steady_clock::now() - started < 2s);
        QCOMPARE(runs.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestPeriodicWorker)
#include "tst_periodicworker.moc"
