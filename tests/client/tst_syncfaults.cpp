// Nothing lost, nothing doubled: devices sync through a fault proxy over many seeds, chorus-cli sync
// is SIGKILLed at many points, and the server is SIGKILLed mid-batch; after one clean sync every
// contribution is on the server exactly once and every prompt is on every device.

#include "faultproxy.h"
#include "syncharness.h"

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"
#include "storage/promptrepository.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>
#include <QThread>

using namespace chorus;
using namespace chorus::test;

namespace {
const QString kSync = QStringLiteral("sync");

QStringList add(SyncHarness &h, const QString &device, int n)
{
    const CliResult r = h.cli(device,
        { QStringLiteral("add"), QStringLiteral("--prompt"), QStringLiteral("p-1"), QStringLiteral("--text"),
            QStringLiteral("Said on ") + device, QStringLiteral("--count"), QString::number(n) });
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QSet<QString> serverReferences(SyncHarness &h)
{
    const QStringList refs
        = h.serverStrings(QStringLiteral("SELECT reference FROM contributions WHERE withdrawn IS NOT 1"));
    return QSet<QString>(refs.begin(), refs.end());
}

// Saves a spoken contribution with its voice note; returns {reference, sha256}.
QStringList addMedia(SyncHarness &h, const QString &device, int size, char fill)
{
    auto store = DeviceStore::open(h.dbPath(device));
    MediaStore media(*store, h.mediaDir(device));
    const QString temp = media.temporaryPath(QStringLiteral("ogg"));
    QFile f(temp);
    f.open(QIODevice::WriteOnly);
    f.write(QByteArray(size, fill));
    f.close();
    const QString sha = media.adopt(temp, QStringLiteral("audio/ogg"), 1000);
    Contribution c;
    c.promptId = QStringLiteral("p-1");
    c.format = AnswerFormat::Speak;
    c.media = { sha };
    return { ContributionRepository(*store).save(c).reference, sha };
}
} // namespace

class TestSyncFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void everySeedConvergesExactlyOnce()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        FaultProxy proxy(h.serverPort());
        proxy.setFaultPercent(15);
        const QString viaProxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        const QStringList devices { QStringLiteral("kiosk-a"), QStringLiteral("kiosk-b"), QStringLiteral("coord") };
        h.enrol(devices[0], QStringLiteral("kiosk"));
        h.enrol(devices[1], QStringLiteral("outreach"));
        h.enrol(devices[2], QStringLiteral("coordinator"));
        {
            auto store = DeviceStore::open(h.dbPath(devices[2]));
            for (int i = 0; i < 3; ++i) {
                Prompt p;
                p.id = QStringLiteral("prompt-%1").arg(i);
                p.text.insert(QStringLiteral("en"), QStringLiteral("Question %1").arg(i));
                p.symbol = QStringLiteral("bus");
                p.formats = { AnswerFormat::Write };
                p.position = i;
                PromptRepository(*store).save(p);
            }
        }
        QSet<QString> expected;
        QSet<QString> withdrawn;
        QStringList media;
        int failedRuns = 0;
        const int seeds = qEnvironmentVariableIntValue("CHORUS_FAULT_SEEDS") > 0
            ? qEnvironmentVariableIntValue("CHORUS_FAULT_SEEDS")
            : 30;
        for (int seed = 1; seed <= seeds; ++seed) {
            proxy.setSeed(static_cast<std::uint64_t>(seed));
            const QString device = devices[seed % 3];
            const QStringList refs = add(h, device, 4);
            for (const auto &r : refs)
                expected.insert(r);
            if (seed % 5 == 0) { // a person withdraws on the kiosk before it ever syncs
                QCOMPARE(h.cli(device, { QStringLiteral("withdraw"), refs.first() }).exitCode, 0);
                withdrawn.insert(refs.first());
            }
            if (seed % 7 == 0 && device != devices[2]) {
                const QStringList saved = addMedia(h, device, 1500000 + seed, static_cast<char>('a' + seed % 26));
                expected.insert(saved[0]);
                media << saved[1];
            }
            for (int attempt = 0; attempt < 2; ++attempt) {
                const CliResult r = h.cli(device,
                    { kSync, QStringLiteral("--server"), viaProxy, QStringLiteral("--timeout-ms"),
                        QStringLiteral("5000"), QStringLiteral("--batch"), QStringLiteral("3"),
                        QStringLiteral("--page"), QStringLiteral("4"), QStringLiteral("--media"), h.mediaDir(device) });
                failedRuns += r.exitCode != 0 ? 1 : 0;
                QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
            }
        }
        const auto &c = proxy.counts();
        qInfo("faults: %d drops, %d resets, %d duplicates, %d delays, %d truncations, %d swallowed answers; %d of %d "
              "runs failed",
            c.drops.load(), c.resets.load(), c.duplicates.load(), c.delays.load(), c.truncations.load(),
            c.swallowed.load(), failedRuns, seeds * 2);
        // The faults were real: otherwise this test would prove nothing.
        QVERIFY(failedRuns > 0);
        QVERIFY(c.drops > 0 && c.resets > 0 && c.duplicates > 0 && c.truncations > 0 && c.swallowed > 0);

        // The faults stop; one clean sync each (the coordinator last, then again, to see everything).
        for (const auto &device : devices)
            QCOMPARE(h.cli(device,
                          { kSync, QStringLiteral("--server"), h.serverUrl(), QStringLiteral("--media"),
                              h.mediaDir(device) })
                         .exitCode,
                0);
        QCOMPARE(h.cli(devices[2], { kSync, QStringLiteral("--server"), h.serverUrl() }).exitCode, 0);
        for (const auto &device : devices)
            QCOMPARE(h.cli(device, { kSync, QStringLiteral("--server"), h.serverUrl() }).exitCode, 0);

        const QSet<QString> onServer = serverReferences(h);
        const QSet<QString> missing = (expected - withdrawn) - onServer;
        const QSet<QString> extra = onServer - (expected - withdrawn);
        QVERIFY2(missing.isEmpty(),
            qPrintable(
                QStringLiteral("missing on the server: ") + QStringList(missing.values()).join(QLatin1Char(' '))));
        QVERIFY2(extra.isEmpty(),
            qPrintable(QStringLiteral("on the server but not expected: ")
                + QStringList(extra.values()).join(QLatin1Char(' '))));
        // Each kept contribution was logged once; a withdrawn one left one withdrawal entry.
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM changelog WHERE kind = 'contribution'")),
            expected.size());
        for (const auto &sha : media)
            QCOMPARE(h.serverCount(
                         QStringLiteral("SELECT count(*) FROM media WHERE complete = 1 AND sha256 = '%1'").arg(sha)),
                1);
        QCOMPARE(h.cli(devices[2], { QStringLiteral("count") }).out.trimmed().toInt(), onServer.size());
        for (const auto &device : devices) {
            auto store = DeviceStore::open(h.dbPath(device));
            QCOMPARE(PromptRepository(*store).all().size(), 3);
            QCOMPARE(store->outbox().size(), 0);
        }
    }

    void deviceKilledAtManyPoints()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        const QString device = QStringLiteral("kiosk");
        h.enrol(device, QStringLiteral("kiosk"));
        QSet<QString> expected;
        auto *rng = QRandomGenerator::global();
        int killedMidway = 0;
        for (int round = 0; round < 12; ++round) {
            for (const auto &r : add(h, device, 25))
                expected.insert(r);
            // One change per batch makes a sync long enough to be cut anywhere.
            auto sync = h.startSync(device, { QStringLiteral("--batch"), QStringLiteral("1") });
            QThread::msleep(static_cast<unsigned long>(rng->bounded(20, 400)));
            if (sync->state() != QProcess::NotRunning) {
                sync->kill();
                ++killedMidway;
            }
            sync->waitForFinished(10000);
        }
        qInfo("chorus-cli sync killed mid-run %d of 12 times", killedMidway);
        QVERIFY(killedMidway > 0);
        QCOMPARE(h.cli(device, { kSync }).exitCode, 0);
        QCOMPARE(serverReferences(h), expected);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM changelog WHERE kind = 'contribution'")),
            expected.size());
    }

    void serverKilledMidBatch()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        const QString device = QStringLiteral("kiosk");
        h.enrol(device, QStringLiteral("kiosk"));
        QSet<QString> expected;
        int interrupted = 0;
        for (int round = 0; round < 3; ++round) {
            for (const auto &r : add(h, device, 300))
                expected.insert(r);
            auto sync = h.startSync(device, { QStringLiteral("--batch"), QStringLiteral("50") });
            QThread::msleep(static_cast<unsigned long>(60 + 60 * round));
            h.killServer();
            QVERIFY(sync->waitForFinished(30000));
            interrupted += sync->exitCode() != 0 ? 1 : 0;
            QVERIFY(h.startServer());
        }
        qInfo("the server was killed under %d of 3 running syncs", interrupted);
        QVERIFY(interrupted > 0);
        QCOMPARE(h.cli(device, { kSync }).exitCode, 0);
        QCOMPARE(serverReferences(h), expected);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM changelog WHERE kind = 'contribution'")),
            expected.size());
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
