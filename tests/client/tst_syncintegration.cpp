// The device engine (chorus-cli sync) against a real chorus-server on 127.0.0.1: first and
// incremental sync, replays, a server restart, revocation, a withdrawal arriving from the server,
// prompts reaching devices, chunked media upload (resuming is exercised by tst_syncfaults), and
// clashing edits of a question settled on a coordinator device.

#include "syncharness.h"

#include "legacyseal.h"
#include "model/jsontext.h"
#include "seal/sealformat.h"

#include "storage/conflictrepository.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"
#include "storage/promptrepository.h"

#include <QFile>
#include <QJsonObject>
#include <QTest>

using namespace chorus;
using namespace chorus::test;

namespace {
const QString kSync = QStringLiteral("sync");

QStringList add(SyncHarness &h, const QString &device, int n, const QString &text = QStringLiteral("The bus is late"))
{
    const CliResult r = h.cli(device,
        { QStringLiteral("add"), QStringLiteral("--prompt"), QStringLiteral("p-1"), QStringLiteral("--text"), text,
            QStringLiteral("--count"), QString::number(n) });
    return QString::fromUtf8(r.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

int localCount(SyncHarness &h, const QString &device)
{
    return h.cli(device, { QStringLiteral("count") }).out.trimmed().toInt();
}

qint64 serverContributions(SyncHarness &h)
{
    return h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE withdrawn IS NOT 1"));
}

// Entries in the change log for contributions: a change applied twice would show here twice.
qint64 serverLoggedContributions(SyncHarness &h)
{
    return h.serverCount(QStringLiteral("SELECT count(*) FROM changelog WHERE kind = 'contribution'"));
}

// The organisation key ids the device's queued answers are sealed to (sync/seal/sealformat.h: a
// change's box is base64(format | key id | ...)), one per queued answer.
QStringList sealedKeyIds(SyncHarness &h, const QString &device)
{
    QStringList ids;
    auto store = DeviceStore::open(h.dbPath(device));
    auto s = store->db().prepare("SELECT body FROM outbox ORDER BY seq");
    while (s.step()) {
        const auto change = nlohmann::json::parse(s.text(0), nullptr, false);
        if (!change.is_object() || change.value("kind", std::string()) != "contribution")
            continue;
        const auto sealed = change.is_object() ? change.value("sealed", std::string()) : std::string();
        const QByteArray bytes = QByteArray::fromBase64(QByteArray::fromStdString(sealed));
        ids << (bytes.size() > 9 ? QString::fromLatin1(bytes.mid(1, 8).toHex()) : QStringLiteral("not sealed"));
    }
    return ids;
}
} // namespace

class TestSyncIntegration : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void firstIncrementalAndRepeatedSync()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        add(h, QStringLiteral("kiosk"), 5);
        CliResult r = h.cli(QStringLiteral("kiosk"), { kSync });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.lastJson()["pushed"] == 5);
        QCOMPARE(serverContributions(h), 5);

        add(h, QStringLiteral("kiosk"), 3);
        r = h.cli(QStringLiteral("kiosk"), { kSync });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.lastJson()["pushed"] == 3);
        QCOMPARE(serverContributions(h), 8);
        r = h.cli(QStringLiteral("kiosk"), { kSync });
        QVERIFY(r.lastJson()["pushed"] == 0);
        QCOMPARE(serverLoggedContributions(h), 8);

        // A coordinator device receives the organisation's contributions, a page at a time.
        h.enrol(QStringLiteral("coord"), QStringLiteral("coordinator"));
        r = h.cli(QStringLiteral("coord"), { kSync, QStringLiteral("--page"), QStringLiteral("3") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(localCount(h, QStringLiteral("coord")), 8);
    }

    void replayedBatchesApplyOnce()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        add(h, QStringLiteral("kiosk"), 6);
        // The device as it was before the sync: as if the answers were lost and the app restarted.
        const QString db = h.dbPath(QStringLiteral("kiosk"));
        QVERIFY(QFile::copy(db, db + QStringLiteral(".before")));
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { kSync }).exitCode, 0);
        QVERIFY(QFile::remove(db));
        QFile::remove(db + QStringLiteral("-wal"));
        QFile::remove(db + QStringLiteral("-shm"));
        QVERIFY(QFile::copy(db + QStringLiteral(".before"), db));
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { QStringLiteral("outbox") }).out.trimmed().toInt(), 6);
        const CliResult again
            = h.cli(QStringLiteral("kiosk"), { kSync, QStringLiteral("--batch"), QStringLiteral("4") });
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.lastJson()["changes_waiting"] == 0);
        QCOMPARE(serverContributions(h), 6);
        QCOMPARE(serverLoggedContributions(h), 6);
    }

    // Once enrolled, a kiosk names the id the server knows it by as each answer's origin, so the
    // server stamps (and the kiosk rewrites) only the answers taken before enrolment.
    void onlyAnswersFromBeforeEnrolmentAreStamped()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        add(h, QStringLiteral("kiosk"), 2);
        const QString id = h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        add(h, QStringLiteral("kiosk"), 3);
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { kSync }).exitCode, 0);
        int stamps = 0;
        for (const QString &answer : h.serverStrings(QStringLiteral("SELECT answer FROM batches")))
            for (const auto &st : nlohmann::json::parse(answer.toStdString()).value("stamped", nlohmann::json::array()))
                stamps += st.value("field", "") == "device_id";
        QCOMPARE(stamps, 2);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE device_id = '%1'").arg(id)), 5);
        // The kiosk's own copies name the server's id too, the first two by the stamps.
        auto store = DeviceStore::open(h.dbPath(QStringLiteral("kiosk")));
        auto s = store->db().prepare("SELECT count(*) FROM contributions WHERE device_id = ?1");
        s.bind(1, id.toStdString());
        QVERIFY(s.step());
        QCOMPARE(s.integer(0), 5);
    }

    void syncAfterServerRestart()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        add(h, QStringLiteral("kiosk"), 2);
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { kSync }).exitCode, 0);
        h.stopServer();
        add(h, QStringLiteral("kiosk"), 3);
        const CliResult offline = h.cli(QStringLiteral("kiosk"), { kSync });
        QCOMPARE(offline.exitCode, 1);
        QVERIFY(offline.lastJson()["status"] == "offline");
        QVERIFY(offline.lastJson()["changes_waiting"] == 3);
        QVERIFY(h.startServer());
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { kSync }).exitCode, 0);
        QCOMPARE(serverContributions(h), 5);
    }

    void revokedDeviceWipes()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        const QString id = h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        add(h, QStringLiteral("kiosk"), 2);
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { kSync }).exitCode, 0);
        add(h, QStringLiteral("kiosk"), 1);
        (void)h.admin({ QStringLiteral("revoke-device"), id });
        const CliResult r = h.cli(QStringLiteral("kiosk"), { kSync });
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.lastJson()["status"] == "revoked");
        QCOMPARE(localCount(h, QStringLiteral("kiosk")), 0);
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { QStringLiteral("outbox") }).out.trimmed().toInt(), 0);
        const auto status = nlohmann::json::parse(
            h.cli(QStringLiteral("kiosk"), { QStringLiteral("sync-status") }).out.toStdString());
        QVERIFY(status["enrolled"] == false);
    }

    void withdrawalFromServerPurgesDevice()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        h.enrol(QStringLiteral("coord"), QStringLiteral("coordinator"));
        const QStringList refs = add(h, QStringLiteral("kiosk"), 3, QStringLiteral("Please call me"));
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { kSync }).exitCode, 0);
        QCOMPARE(h.cli(QStringLiteral("coord"), { kSync }).exitCode, 0);
        // The person asks a coordinator to withdraw what they said, by its reference code.
        QCOMPARE(h.cli(QStringLiteral("coord"), { QStringLiteral("withdraw"), refs.at(1) }).exitCode, 0);
        QCOMPARE(h.cli(QStringLiteral("coord"), { kSync }).exitCode, 0);
        QCOMPARE(serverContributions(h), 2);
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { kSync }).exitCode, 0);
        QCOMPARE(localCount(h, QStringLiteral("kiosk")), 2);
        const QByteArray list = h.cli(QStringLiteral("kiosk"), { QStringLiteral("list") }).out;
        QVERIFY(!list.contains(refs.at(1).toUtf8()));
        QVERIFY(list.contains(refs.at(0).toUtf8()));
    }

    void publishedPromptsReachDevices()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("coord"), QStringLiteral("coordinator"));
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        {
            auto store = DeviceStore::open(h.dbPath(QStringLiteral("coord")));
            Prompt p;
            p.id = QStringLiteral("prompt-bus");
            p.text.insert(QStringLiteral("en"), QStringLiteral("How was the bus?"));
            p.symbol = QStringLiteral("bus");
            p.formats = { AnswerFormat::Write, AnswerFormat::Faces };
            p.position = 1;
            PromptRepository(*store).save(p);
        }
        QCOMPARE(h.cli(QStringLiteral("coord"), { kSync }).exitCode, 0);
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { kSync }).exitCode, 0);
        auto kiosk = DeviceStore::open(h.dbPath(QStringLiteral("kiosk")));
        const auto prompt = PromptRepository(*kiosk).find(QStringLiteral("prompt-bus"));
        QVERIFY(prompt);
        QCOMPARE(prompt->textIn(QStringLiteral("en")), QStringLiteral("How was the bus?"));
    }

    // Two coordinator devices reword a question offline. Both see the clash side by side, the same as
    // the server holds it; one settles it for the edit that lost; after syncing, the question reads the
    // same everywhere and the clash is settled on the server and both devices. A kiosk may not settle.
    void coordinatorsSettleClashingEdits()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        for (const char *d : {"coord-a", "coord-b"})
            h.enrol(QString::fromLatin1(d), QStringLiteral("coordinator"));
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        const auto sync = [&](const char *d) { QCOMPARE(h.cli(QString::fromLatin1(d), { kSync }).exitCode, 0); };
        const auto reword = [&](const char *d, const QString &words) {
            auto store = DeviceStore::open(h.dbPath(QString::fromLatin1(d)));
            Prompt p = PromptRepository(*store).find(QStringLiteral("prompt-bus")).value_or(Prompt {});
            p.id = QStringLiteral("prompt-bus");
            p.text.insert(QStringLiteral("en"), words);
            p.formats = { AnswerFormat::Write };
            PromptRepository(*store).save(p);
        };
        const auto openOn = [&](const char *d) {
            auto store = DeviceStore::open(h.dbPath(QString::fromLatin1(d)));
            return ConflictRepository(*store).open();
        };
        const auto textOn = [&](const char *d) {
            auto store = DeviceStore::open(h.dbPath(QString::fromLatin1(d)));
            return PromptRepository(*store).find(QStringLiteral("prompt-bus")).value_or(Prompt {}).textIn(QStringLiteral("en"));
        };
        reword("coord-a", QStringLiteral("How was the bus?"));
        sync("coord-a");
        sync("coord-b");
        reword("coord-a", QStringLiteral("How was your bus today?"));
        reword("coord-b", QStringLiteral("Was the bus on time?"));
        sync("coord-a");
        sync("coord-b");
        sync("coord-a");
        sync("kiosk");

        const auto onA = openOn("coord-a"), onB = openOn("coord-b");
        QCOMPARE(onA.size(), 1);
        QCOMPARE(onB.size(), 1);
        QCOMPARE(onA.first().field, QStringLiteral("text"));
        QCOMPARE(onA.first().keptValue, onB.first().keptValue);
        QCOMPARE(onA.first().otherValue, onB.first().otherValue);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM conflicts WHERE settled = 0")), 1);
        const QString other = onB.first().otherValue.toObject().value(QStringLiteral("en")).toString();
        QVERIFY(other == QStringLiteral("How was your bus today?") || other == QStringLiteral("Was the bus on time?"));
        QVERIFY(textOn("coord-a") != other);

        {
            auto kiosk = DeviceStore::open(h.dbPath(QStringLiteral("kiosk")));
            ConflictRepository kioskConflicts(*kiosk);
            QVERIFY(!kioskConflicts.canSettle());
            QVERIFY(!kioskConflicts.settle(1, true));
        }
        {
            auto store = DeviceStore::open(h.dbPath(QStringLiteral("coord-b")));
            QVERIFY(ConflictRepository(*store).settle(onB.first().id, true));
            QVERIFY(ConflictRepository(*store).open().isEmpty());
        }
        sync("coord-b");
        sync("coord-a");
        sync("kiosk");
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM conflicts WHERE settled = 0")), 0);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM conflicts WHERE settled = 1")), 1);
        QVERIFY(openOn("coord-a").isEmpty());
        for (const char *d : {"coord-a", "coord-b", "kiosk"})
            QCOMPARE(textOn(d), other);
        // Settling again is a no-op: the conflict is no longer open.
        auto store = DeviceStore::open(h.dbPath(QStringLiteral("coord-a")));
        QVERIFY(!ConflictRepository(*store).settle(onA.first().id, false));
    }

    // A kiosk updated with answers still queued in seal format 1 (each value sealed alone, as devices
    // wrote before one box per change): the server still opens them.
    void formatOneChangesQueuedBeforeAnUpdateStillOpen()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        add(h, QStringLiteral("kiosk"), 1, QStringLiteral("Queued in format 2"));
        {
            auto store = DeviceStore::open(h.dbPath(QStringLiteral("kiosk")));
            auto s = store->db().prepare("SELECT change_id, body FROM outbox");
            QVERIFY(s.step());
            const std::string changeId = s.text(0);
            auto change = chorus::sync::changeFromJson(nlohmann::json::parse(s.text(1)));
            s.reset();
            QVERIFY(!change.sealed.empty());
            // Rewritten as a format 1 device would have queued it.
            change.sealed.clear();
            const nlohmann::json values = { { "text", "Queued in format 1" }, { "rating", 2 },
                { "consent", { { "anonymous", true }, { "quote", false }, { "contact", false } } } };
            for (auto &[name, f] : change.fields)
                if (chorus::sync::seal::isBoxMarker(f.value))
                    f.value = chorus::testsupport::legacySealValue(
                        *store->sealer(), change.kind, change.recordId, name, values.at(name));
            auto u = store->db().prepare("UPDATE outbox SET body = ?1 WHERE change_id = ?2");
            u.bind(1, chorus::sync::jsontext::changeText(change)).bind(2, changeId);
            u.run();
        }
        const CliResult r = h.cli(QStringLiteral("kiosk"), { kSync });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.lastJson()["pushed"] == 1);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE text = 'Queued in format 1'")),
            qint64(1));
    }

    // Rotation end to end: answers sealed to the old key before the device heard of the new one
    // still open on the server; the device learns the new key on its next sync and seals to it.
    void rotatedKeyReachesDevicesAndOldSealsStillOpen()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        const QString oldKey = QString::fromStdString(
            nlohmann::json::parse(h.admin({ QStringLiteral("seal-key"), h.orgId() }).toStdString())["id"]);
        add(h, QStringLiteral("kiosk"), 2, QStringLiteral("Sealed before the rotation"));
        const QString newKey = QString::fromStdString(
            nlohmann::json::parse(h.admin({ QStringLiteral("rotate-seal-key"), h.orgId() }).toStdString())["rotated"]);
        QVERIFY(newKey != oldKey);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM seal_keys")), 2);
        // Offline meanwhile: still the old key.
        add(h, QStringLiteral("kiosk"), 2, QStringLiteral("Sealed after the rotation, to the old key"));
        QCOMPARE(sealedKeyIds(h, QStringLiteral("kiosk")), QStringList(4, oldKey));

        CliResult r = h.cli(QStringLiteral("kiosk"), { kSync });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.lastJson()["pushed"] == 4);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE text LIKE 'Sealed %'")), 4);
        // Acknowledged: emptied on the device.
        QCOMPARE(sealedKeyIds(h, QStringLiteral("kiosk")), QStringList());

        add(h, QStringLiteral("kiosk"), 3, QStringLiteral("Sealed to the new key"));
        QCOMPARE(sealedKeyIds(h, QStringLiteral("kiosk")), QStringList(3, newKey));
        r = h.cli(QStringLiteral("kiosk"), { kSync });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.lastJson()["pushed"] == 3);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE text = 'Sealed to the new key'")), 3);

        // A restarted server (nothing cached) still opens both.
        add(h, QStringLiteral("kiosk"), 1, QStringLiteral("Sealed to the new key after a restart"));
        h.stopServer();
        QVERIFY(h.startServer());
        QCOMPARE(h.cli(QStringLiteral("kiosk"), { kSync }).exitCode, 0);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE text LIKE 'Sealed %'")), 8);
    }

    // An enrolment QR code names the organisation's key; a device refuses a server that gives
    // another (a code from before a rotation, or someone else's server), and says why.
    void enrolmentCodesNameTheKeyAndDevicesCheckIt()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        const auto issue = [&] {
            return QString::fromStdString(nlohmann::json::parse(
                h.admin({ QStringLiteral("enrol-code"), h.orgId(), h.siteId(), QStringLiteral("kiosk") }).toStdString())["qr"]);
        };
        const QString keyId = QString::fromStdString(
            nlohmann::json::parse(h.admin({ QStringLiteral("seal-key"), h.orgId() }).toStdString())["id"]);
        const QString before = issue();
        QVERIFY2(before.startsWith(QStringLiteral("chorus-enrol:")) && before.endsWith(QLatin1Char('#') + keyId),
            qPrintable(before));
        (void)h.admin({ QStringLiteral("rotate-seal-key"), h.orgId() });
        const QStringList enrol { QStringLiteral("enrol"), QStringLiteral("--server"), h.serverUrl() };
        CliResult r = h.cli(QStringLiteral("kiosk"), enrol + QStringList { before });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("not the one on the enrolment code"), r.err.constData());
        QVERIFY(h.cli(QStringLiteral("kiosk"), { QStringLiteral("sync-status") }).out.contains("\"enrolled\":false"));

        const QString after = issue();
        QVERIFY(!after.endsWith(QLatin1Char('#') + keyId));
        r = h.cli(QStringLiteral("kiosk"), enrol + QStringList { after });
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void mediaUploadsInChunks()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        QString sha;
        const QByteArray bytes(2 * 1024 * 1024 + 12345, 'o');
        {
            auto store = DeviceStore::open(h.dbPath(QStringLiteral("kiosk")));
            MediaStore media(*store, h.mediaDir(QStringLiteral("kiosk")));
            const QString temp = media.temporaryPath(QStringLiteral("ogg"));
            QFile f(temp);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            sha = media.adopt(temp, QStringLiteral("audio/ogg"), 4000);
            Contribution c;
            c.promptId = QStringLiteral("p-1");
            c.format = AnswerFormat::Speak;
            c.media = { sha };
            ContributionRepository(*store).save(c);
        }
        const CliResult r
            = h.cli(QStringLiteral("kiosk"), { kSync, QStringLiteral("--media"), h.mediaDir(QStringLiteral("kiosk")) });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.lastJson()["media_sent"] == 1);
        QVERIFY(r.lastJson()["media_waiting"] == 0);
        QCOMPARE(h.serverCount(
                     QStringLiteral("SELECT count(*) FROM media WHERE complete = 1 AND size = %1").arg(bytes.size())),
            1);
    }
};

QTEST_GUILESS_MAIN(TestSyncIntegration)
#include "tst_syncintegration.moc"
