// A redaction reaches every device that held the answer, through the app's own sync, against a real
// chorus-server: an outreach worker's voice note, downloaded by a coordinator device, is taken out
// on the dashboard; after their next sync neither device keeps the file, nor any byte of it in any
// file of its folder (store, WAL, media), and the answer on each is marked redacted.

#include "../qml/voicenoteseed.h"
#include "filesholding.h"
#include "syncharness.h"

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "sync/syncworker.h"

#include <QDirIterator>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <httplib.h>
#include <nlohmann/json.hpp>

using namespace chorus;
using namespace chorus::test;
using Json = nlohmann::json;

namespace {
void appSync(SyncHarness &h, const QString &device)
{
    std::atomic<bool> cancel { false };
    SyncWorker worker(h.dbPath(device), h.mediaDir(device), &cancel);
    QSignalSpy finished(&worker, &SyncWorker::finished);
    worker.runSync();
    QCOMPARE(finished.size(), 1);
}

int dashboardRedact(SyncHarness &h, const std::string &id, const std::string &sha)
{
    qputenv("CHORUS_PASSWORD", "redaction-device-password-1");
    (void)h.admin({ QStringLiteral("create-coordinator"), h.orgId(), QStringLiteral("coord@redact.test") });
    httplib::Client c("127.0.0.1", h.serverPort());
    auto login = c.Post("/dashboard/api/login",
        Json { { "email", "coord@redact.test" }, { "password", "redaction-device-password-1" } }.dump(),
        "application/json");
    if (!login || login->status != 200)
        return -1;
    const std::string cookie = login->get_header_value("Set-Cookie");
    const httplib::Headers headers { { "Cookie", cookie.substr(0, cookie.find(';')) },
        { "X-CSRF-Token", Json::parse(login->body)["csrf"].get<std::string>() } };
    auto r = c.Post(("/dashboard/api/contributions/" + id + "/redact").c_str(), headers,
        Json { { "remove_media", { sha } } }.dump(), "application/json");
    return r ? r->status : -1;
}
} // namespace

class TestRedactionDevice : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void redactionLeavesNoCopyOnDevices()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("outreach"), QStringLiteral("outreach"));
        h.enrol(QStringLiteral("coord"), QStringLiteral("coordinator"));
        const Contribution note = seedVoiceNote(h.dbPath(QStringLiteral("outreach")),
            h.mediaDir(QStringLiteral("outreach")), QStringLiteral("p-1"), 1500, {});
        const QString sha = note.media.first();
        QFile voice(h.mediaDir(QStringLiteral("outreach")) + QLatin1Char('/') + sha);
        QVERIFY(voice.open(QIODevice::ReadOnly));
        // A run from the middle of the encoded audio: the bytes no copy may keep.
        const QByteArray canary = voice.readAll().mid(400, 64);
        voice.close();
        QCOMPARE(canary.size(), 64);
        appSync(h, QStringLiteral("outreach"));
        appSync(h, QStringLiteral("coord"));
        const QString coordMedia = h.mediaDir(QStringLiteral("coord"));
        QVERIFY(QFile::exists(coordMedia + QLatin1Char('/') + sha));

        QCOMPARE(dashboardRedact(h, note.id.toStdString(), sha.toStdString()), 200);
        for (const QString device : { QStringLiteral("outreach"), QStringLiteral("coord") }) {
            appSync(h, device);
            QVERIFY2(!QFile::exists(h.mediaDir(device) + QLatin1Char('/') + sha), qPrintable(device));
            auto store = DeviceStore::open(h.dbPath(device));
            const auto held = ContributionRepository(*store).find(note.id);
            QVERIFY(held);
            QVERIFY(held->redacted);
            QVERIFY(held->media.isEmpty());
            store.reset();
            const QString folder = QFileInfo(h.dbPath(device)).absolutePath();
            const QStringList left = filesHolding(folder, canary) + filesHolding(h.mediaDir(device), canary);
            QVERIFY2(left.isEmpty(), qPrintable(device + QStringLiteral(": ") + left.join(QStringLiteral(", "))));
        }
    }
};

QTEST_MAIN(TestRedactionDevice)
#include "tst_redactiondevice.moc"
