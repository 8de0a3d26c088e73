// A contribution is durable when Send returns: a real chorus-cli child saves contributions and
// is SIGKILLed right after some save has returned; every returned save must be there, whole.

#include "sqlite/database.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace chorus;

class TestDurability : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void survivesSigkillAfterSave_data()
    {
        QTest::addColumn<int>("killAfter");
        for (int k : {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
            QTest::addRow("after-%d", k) << k;
    }
    void survivesSigkillAfterSave()
    {
        QFETCH(int, killAfter);
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("kill.db"));
        const QString text = QStringLiteral("The staff listened to me and the soup was hot. ").repeated(6);
        QProcess child;
        child.start(QStringLiteral(CHORUS_CLI), {QStringLiteral("--db"), db, QStringLiteral("add"), QStringLiteral("--prompt"),
                                                 QStringLiteral("p1"), QStringLiteral("--text"), text,
                                                 QStringLiteral("--count"), QStringLiteral("100000")});
        QVERIFY(child.waitForStarted());
        QStringList acknowledged;
        while (acknowledged.size() < killAfter) {
            if (!child.canReadLine() && !child.waitForReadyRead(10000))
                QFAIL("the child stopped printing references");
            while (child.canReadLine())
                acknowledged << QString::fromUtf8(child.readLine()).trimmed();
        }
        // A little jitter so the kill lands at varied points of the next save.
        QTest::qSleep(static_cast<int>(QRandomGenerator::global()->bounded(3)));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(5000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        while (child.canReadLine())
            acknowledged << QString::fromUtf8(child.readLine()).trimmed();

        auto store = DeviceStore::open(db);
        auto check = store->db().prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(QString::fromStdString(check.text(0)), QStringLiteral("ok"));
        ContributionRepository repo(*store);
        for (const auto &reference : acknowledged) {
            const auto found = repo.findByReference(reference);
            QVERIFY2(found, qPrintable(QStringLiteral("lost acknowledged contribution ") + reference));
            QCOMPARE(found->text, text);
        }
        // Whatever was mid-save is either all there (record and queued change) or not at all.
        const int held = repo.count();
        QVERIFY(held >= acknowledged.size());
        QVERIFY(held <= acknowledged.size() + 1);
        QCOMPARE(store->outbox().size(), held);
        for (const auto &c : repo.recent(held))
            QCOMPARE(c.text, text);
    }
};

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
