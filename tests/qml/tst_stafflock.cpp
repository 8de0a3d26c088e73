// The staff PIN: kept only as a libsodium hash, checked off the UI thread, and wrong guesses wait
// longer and longer, however fast OK is tapped.

#include "controllers/stafflock.h"
#include "storage/devicestore.h"
#include "storage/localsettings.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

namespace {
// Tries a PIN and waits for the answer; false when the lock would not even try it.
bool unlock(StaffLock &lock, const QString &pin)
{
    QSignalSpy unlocked(&lock, &StaffLock::unlocked);
    QSignalSpy refused(&lock, &StaffLock::refused);
    if (!lock.tryUnlock(pin))
        return false;
    if (!QTest::qWaitFor([&] { return unlocked.count() + refused.count() > 0; }, 10000))
        qFatal("no answer from the PIN check");
    return unlocked.count() == 1 && refused.count() == 0;
}

bool changePin(StaffLock &lock, const QString &pin)
{
    QSignalSpy changed(&lock, &StaffLock::pinChanged);
    return lock.changePin(pin) && changed.wait(10000);
}
} // namespace

class TestStaffLock : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_store = DeviceStore::open(m_dir.filePath(QStringLiteral("lock-%1.sqlite").arg(++m_n)));
        m_settings = std::make_unique<LocalSettings>(*m_store);
        m_now = QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    }

    void defaultPinIsStoredHashedAndUnlocks()
    {
        StaffLock lock(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        const QString stored = m_settings->value(QStringLiteral("staffPinHash"));
        QVERIFY(stored.startsWith(QLatin1String("$argon2")));
        QVERIFY(!stored.contains(QLatin1String("1234")));
        QVERIFY(unlock(lock, QStringLiteral("1234")));
    }

    void wrongPinsWaitLongerEachTime()
    {
        StaffLock lock(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QVERIFY(!unlock(lock, QStringLiteral("0000")));
        QVERIFY(!unlock(lock, QStringLiteral("1111")));
        QCOMPARE(lock.waitSeconds(), 0);
        QVERIFY(!unlock(lock, QStringLiteral("2222")));
        QCOMPARE(lock.waitSeconds(), 5);
        // While waiting, even the right PIN is refused.
        QVERIFY(!unlock(lock, QStringLiteral("1234")));
        m_now = m_now.addSecs(5);
        QVERIFY(!unlock(lock, QStringLiteral("3333")));
        QCOMPARE(lock.waitSeconds(), 10);
        m_now = m_now.addSecs(10);
        QVERIFY(unlock(lock, QStringLiteral("1234")));
        QCOMPARE(lock.failures(), 0);
        QCOMPARE(lock.waitSeconds(), 0);
    }

    void changedPinReplacesTheOld()
    {
        StaffLock lock(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QVERIFY(!lock.changePin(QStringLiteral("12")));
        QVERIFY(changePin(lock, QStringLiteral("987654")));
        QVERIFY(!unlock(lock, QStringLiteral("1234")));
        QVERIFY(unlock(lock, QStringLiteral("987654")));
        // A second lock over the same settings keeps the changed PIN, not the default.
        StaffLock again(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QVERIFY(unlock(again, QStringLiteral("987654")));
    }

    void defaultPinMustBeChangedAndNotToItself()
    {
        StaffLock lock(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QVERIFY(lock.mustChangePin());
        QVERIFY(!lock.changePin(QStringLiteral("1234")));
        QVERIFY(lock.mustChangePin());
        QVERIFY(changePin(lock, QStringLiteral("4826")));
        QVERIFY(!lock.mustChangePin());
        StaffLock again(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QVERIFY(!again.mustChangePin());
    }

    void deviceSetUpEarlierWithTheDefaultMustChangeToo()
    {
        // As stored before the default was recorded: only the hash.
        m_settings->setValue(QStringLiteral("staffPinHash"), StaffLock::hashPin(QStringLiteral("1234")));
        StaffLock lock(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QTRY_VERIFY_WITH_TIMEOUT(lock.mustChangePin(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_settings->value(QStringLiteral("staffPinIsDefault")), QStringLiteral("1"), 10000);
    }

    void backOffSurvivesARestart()
    {
        {
            StaffLock lock(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
            QVERIFY(!unlock(lock, QStringLiteral("0000")));
            QVERIFY(!unlock(lock, QStringLiteral("1111")));
            QVERIFY(!unlock(lock, QStringLiteral("2222")));
            QCOMPARE(lock.waitSeconds(), 5);
        }
        // The app restarted (or was killed): the count and the wait are still there.
        StaffLock restarted(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QCOMPARE(restarted.failures(), 3);
        QCOMPARE(restarted.waitSeconds(), 5);
        QVERIFY(!restarted.tryUnlock(QStringLiteral("1234")));
        m_now = m_now.addSecs(5);
        QVERIFY(!unlock(restarted, QStringLiteral("3333")));
        QCOMPARE(restarted.waitSeconds(), 10);
    }

    void checkRunsOffTheUiThread()
    {
        StaffLock lock(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        // The check is deliberately slow (Argon2id); the UI thread must get it back at once.
        QElapsedTimer t;
        t.start();
        QVERIFY(lock.tryUnlock(QStringLiteral("1234")));
        const qint64 startMs = t.elapsed();
        QVERIFY(lock.isChecking());
        QSignalSpy unlocked(&lock, &StaffLock::unlocked);
        QVERIFY(unlocked.wait(10000));
        const qint64 checkMs = t.elapsed();
        QVERIFY(!lock.isChecking());
        qInfo("tryUnlock returned after %lld ms; the answer came after %lld ms", startMs, checkMs);
        QVERIFY2(startMs * 5 < checkMs, "tryUnlock should return long before the hash is checked");
    }

    void secondTryWhileCheckingIsRefusedAndNotCounted()
    {
        StaffLock lock(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QVERIFY(!unlock(lock, QStringLiteral("0000")));
        QVERIFY(!unlock(lock, QStringLiteral("1111")));
        QSignalSpy refused(&lock, &StaffLock::refused);
        QSignalSpy unlocked(&lock, &StaffLock::unlocked);
        QVERIFY(lock.tryUnlock(QStringLiteral("2222"))); // the third wrong PIN starts a wait…
        // …so rapid taps while it is checked, even with the right PIN, must not get in first.
        for (int i = 0; i < 5; ++i)
            QVERIFY(!lock.tryUnlock(QStringLiteral("1234")));
        QTRY_COMPARE_WITH_TIMEOUT(refused.count(), 1, 10000);
        QTest::qWait(200);
        QCOMPARE(unlocked.count(), 0);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(lock.failures(), 3);
        QCOMPARE(lock.waitSeconds(), 5);
        QVERIFY(!lock.tryUnlock(QStringLiteral("1234")));
        m_now = m_now.addSecs(5);
        QVERIFY(unlock(lock, QStringLiteral("1234")));
    }

    void destroyedWhileCheckingIsSafe()
    {
        auto lock = std::make_unique<StaffLock>(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QVERIFY(lock->tryUnlock(QStringLiteral("1234")));
        lock.reset(); // waits for the hash; its answer is dropped with the object
        QTest::qWait(50);
    }

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<DeviceStore> m_store;
    std::unique_ptr<LocalSettings> m_settings;
    QDateTime m_now;
};

QTEST_GUILESS_MAIN(TestStaffLock)
#include "tst_stafflock.moc"
