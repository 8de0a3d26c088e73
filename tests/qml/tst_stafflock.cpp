// The staff PIN: kept only as a libsodium hash, and wrong guesses wait longer and longer.

#include "controllers/stafflock.h"
#include "storage/devicestore.h"
#include "storage/localsettings.h"

#include <QTemporaryDir>
#include <QTest>


using namespace chorus;

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
        QVERIFY(lock.unlock(QStringLiteral("1234")));
    }

    void wrongPinsWaitLongerEachTime()
    {
        StaffLock lock(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QVERIFY(!lock.unlock(QStringLiteral("0000")));
        QVERIFY(!lock.unlock(QStringLiteral("1111")));
        QCOMPARE(lock.waitSeconds(), 0);
        QVERIFY(!lock.unlock(QStringLiteral("2222")));
        QCOMPARE(lock.waitSeconds(), 5);
        // While waiting, even the right PIN is refused.
        QVERIFY(!lock.unlock(QStringLiteral("1234")));
        m_now = m_now.addSecs(5);
        QVERIFY(!lock.unlock(QStringLiteral("3333")));
        QCOMPARE(lock.waitSeconds(), 10);
        m_now = m_now.addSecs(10);
        QVERIFY(lock.unlock(QStringLiteral("1234")));
        QCOMPARE(lock.failures(), 0);
        QCOMPARE(lock.waitSeconds(), 0);
    }

    void changedPinReplacesTheOld()
    {
        StaffLock lock(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QVERIFY(!lock.changePin(QStringLiteral("12")));
        QVERIFY(lock.changePin(QStringLiteral("987654")));
        QVERIFY(!lock.unlock(QStringLiteral("1234")));
        QVERIFY(lock.unlock(QStringLiteral("987654")));
        // A second lock over the same settings keeps the changed PIN, not the default.
        StaffLock again(*m_settings, QStringLiteral("1234"), [this] { return m_now; });
        QVERIFY(again.unlock(QStringLiteral("987654")));
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
