// Devices fetch the media they may hold, against a real chorus-server on 127.0.0.1: a picture a
// coordinator uploads on the dashboard for a prompt lands on a kiosk after the app's sync (its hash
// checked); the kiosk can never fetch a contribution's voice note; a coordinator device gets the voice
// note and staff mode lists it with its length; bytes damaged on the way are never kept; a withdrawn
// note is gone from the server, purged and never fetched again.

#include "../qml/voicenoteseed.h"
#include "syncharness.h"

#include "client/curltransport.h"
#include "client/mediadownloader.h"
#include "client/mediarequest.h"
#include "client/syncengine.h"
#include "controllers/picturelibrary.h"
#include "models/voicenotesmodel.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"
#include "storage/promptrepository.h"
#include "storage/voicenoterepository.h"
#include "sync/devicesync.h"
#include "sync/syncworker.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QSignalSpy>
#include <QTest>

#include <httplib.h>

using namespace chorus;
using namespace chorus::test;
using namespace chorus::sync::client;
using Json = nlohmann::json;

namespace {
// Passes requests to the real server, logs them, and can flip a byte of every media body it returns.
class TamperingTransport : public Transport {
public:
    explicit TamperingTransport(Transport &inner)
        : m_inner(inner)
    { }
    HttpReply send(const HttpRequest &request) override
    {
        paths.push_back(request.path);
        HttpReply reply = m_inner.send(request);
        if (tamper && request.method == "GET" && request.path.rfind("/v1/media/", 0) == 0 && reply.status == 200
            && !reply.body.empty())
            reply.body[reply.body.size() / 2] ^= 0x01;
        return reply;
    }
    bool tamper = false;
    std::vector<std::string> paths;

private:
    Transport &m_inner;
};

QString sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return QString::fromLatin1(h.result().toHex());
}

QByteArray pngPicture()
{
    QImage image(24, 24, QImage::Format_RGB32);
    image.fill(QColor(0x20, 0x60, 0xA0));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

std::string tokenOf(const QString &dbPath)
{
    auto store = DeviceStore::open(dbPath);
    return store->state().get(statekey::kToken).value_or(std::string());
}

// Runs the app's own sync path (SyncWorker: engine, then media download) once, on this thread.
QList<QVariant> appSync(SyncHarness &h, const QString &device)
{
    std::atomic<bool> cancel { false };
    SyncWorker worker(h.dbPath(device), h.mediaDir(device), &cancel);
    QSignalSpy finished(&worker, &SyncWorker::finished);
    worker.runSync();
    return finished.isEmpty() ? QList<QVariant>() : finished.takeFirst();
}

// A coordinator signs in to the dashboard, uploads a picture and publishes a prompt showing it.
QString publishPicturePrompt(SyncHarness &h, const QByteArray &png, QString *promptId)
{
    qputenv("CHORUS_PASSWORD", "media-download-password-1");
    (void)h.admin({ QStringLiteral("create-coordinator"), h.orgId(), QStringLiteral("coord@media.test") });
    httplib::Client c("127.0.0.1", h.serverPort());
    auto login = c.Post("/dashboard/api/login",
        Json { { "email", "coord@media.test" }, { "password", "media-download-password-1" } }.dump(),
        "application/json");
    if (!login || login->status != 200)
        return {};
    const std::string cookie = login->get_header_value("Set-Cookie");
    const httplib::Headers headers { { "Cookie", cookie.substr(0, cookie.find(';')) },
        { "X-CSRF-Token", Json::parse(login->body)["csrf"].get<std::string>() } };
    auto upload = c.Post("/dashboard/api/pictures", headers, png.toStdString(), "image/png");
    if (!upload || upload->status != 200)
        return {};
    const Json picture = Json::parse(upload->body);
    auto prompt = c.Post("/dashboard/api/prompts", headers,
        Json { { "text", { { "en", "What do you think of the new hall?" } } }, { "symbol", picture["symbol"] } }.dump(),
        "application/json");
    if (!prompt || prompt->status != 200)
        return {};
    *promptId = QString::fromStdString(Json::parse(prompt->body)["id"].get<std::string>());
    return QString::fromStdString(picture["sha256"].get<std::string>());
}
} // namespace

class TestMediaDownload : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void devicesFetchWhatTheirRoleMayHold()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        const QByteArray png = pngPicture();
        QString promptId;
        const QString pictureSha = publishPicturePrompt(h, png, &promptId);
        QCOMPARE(pictureSha, QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));

        // An outreach worker records a voice note for that prompt and syncs it up.
        h.enrol(QStringLiteral("outreach"), QStringLiteral("outreach"));
        QVERIFY(h.cli(QStringLiteral("outreach"), { QStringLiteral("sync") }).exitCode == 0); // pulls the prompt
        const Contribution note = seedVoiceNote(
            h.dbPath(QStringLiteral("outreach")), h.mediaDir(QStringLiteral("outreach")), promptId, 2000, {});
        const QString voiceSha = note.media.first();
        const CliResult up = h.cli(QStringLiteral("outreach"), { QStringLiteral("sync") });
        QVERIFY2(up.exitCode == 0, up.err.constData());
        QCOMPARE(up.lastJson().value("media_sent", -1), 1);

        // A kiosk: a tampered download is refused and leaves nothing behind.
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        const QString kioskMedia = h.mediaDir(QStringLiteral("kiosk"));
        {
            auto store = DeviceStore::open(h.dbPath(QStringLiteral("kiosk")));
            CurlTransport curl(h.serverUrl().toStdString());
            TamperingTransport tampering(curl);
            SyncEngine engine(DeviceSync::engineStore(*store, kioskMedia), curl);
            QCOMPARE(engine.sync().status, SyncStatus::Done);
            tampering.tamper = true;
            const DownloadResult r = MediaDownloader(
                DeviceSync::engineStore(*store, kioskMedia), tampering, tokenOf(h.dbPath(QStringLiteral("kiosk"))))
                                         .downloadAll();
            QCOMPARE(tampering.paths, std::vector<std::string> { "/v1/media/" + pictureSha.toStdString() });
            QCOMPARE(r.pictures, 0);
            QCOMPARE(r.skipped, 1);
            QVERIFY(!r.stop);
            QCOMPARE(QDir(kioskMedia).entryList(QDir::Files), QStringList());
            QVERIFY(!MediaStore(*store, kioskMedia).info(pictureSha));
        }

        // The app's sync brings the picture whole; the kiosk's picture source now points at it.
        const QList<QVariant> kioskRun = appSync(h, QStringLiteral("kiosk"));
        QVERIFY(!kioskRun.isEmpty());
        QCOMPARE(kioskRun.at(0).toInt(), int(SyncStatus::Done));
        QCOMPARE(sha256Of(kioskMedia + QLatin1Char('/') + pictureSha), pictureSha);
        QCOMPARE(QDir(kioskMedia).entryList(QDir::Files), QStringList { pictureSha });
        PictureLibrary pictures(kioskMedia);
        QCOMPARE(pictures.source(QStringLiteral("picture:") + pictureSha),
            QUrl::fromLocalFile(QDir(kioskMedia).absoluteFilePath(pictureSha)));

        // The kiosk may not fetch what a person said, even knowing its name.
        CurlTransport curl(h.serverUrl().toStdString());
        const std::string kioskToken = tokenOf(h.dbPath(QStringLiteral("kiosk")));
        QCOMPARE(curl.send(MediaRequest::download(kioskToken, voiceSha.toStdString())).status, 403);
        QCOMPARE(curl.send(MediaRequest::download(kioskToken, pictureSha.toStdString())).status, 200);

        // A coordinator device gets the voice note (hash checked) and the picture; staff mode lists the note.
        h.enrol(QStringLiteral("coord"), QStringLiteral("coordinator"));
        const QList<QVariant> coordRun = appSync(h, QStringLiteral("coord"));
        QCOMPARE(coordRun.at(0).toInt(), int(SyncStatus::Done));
        QVERIFY(coordRun.at(4).toBool()); // contributions changed: the voice list reloads
        const QString coordMedia = h.mediaDir(QStringLiteral("coord"));
        QCOMPARE(sha256Of(coordMedia + QLatin1Char('/') + voiceSha), voiceSha);
        QCOMPARE(sha256Of(coordMedia + QLatin1Char('/') + pictureSha), pictureSha);
        {
            auto store = DeviceStore::open(h.dbPath(QStringLiteral("coord")));
            MediaStore media(*store, coordMedia);
            QCOMPARE(media.info(voiceSha)->mime, QStringLiteral("audio/ogg"));
            VoiceNoteRepository repository(*store, media);
            PromptRepository prompts(*store);
            VoiceNotesModel model(repository, prompts);
            model.reload();
            QCOMPARE(model.count(), 1);
            QCOMPARE(model.data(model.index(0), VoiceNotesModel::ReferenceRole).toString(), note.reference);
            QCOMPARE(model.data(model.index(0), VoiceNotesModel::PromptTextRole).toString(),
                QStringLiteral("What do you think of the new hall?"));
            QVERIFY(std::abs(model.data(model.index(0), VoiceNotesModel::DurationMsRole).toInt() - 2000) <= 50);
        }

        // The person withdraws: the server refuses the file to everyone, the coordinator device purges
        // it, and a coordinator enrolled afterwards never asks for it.
        {
            auto store = DeviceStore::open(h.dbPath(QStringLiteral("outreach")));
            QVERIFY(ContributionRepository(*store).withdrawByReference(note.reference));
        }
        QCOMPARE(h.cli(QStringLiteral("outreach"), { QStringLiteral("sync") }).exitCode, 0);
        const std::string coordToken = tokenOf(h.dbPath(QStringLiteral("coord")));
        QCOMPARE(curl.send(MediaRequest::download(coordToken, voiceSha.toStdString())).status, 404);
        QCOMPARE(appSync(h, QStringLiteral("coord")).at(0).toInt(), int(SyncStatus::Done));
        QVERIFY(!QFile::exists(coordMedia + QLatin1Char('/') + voiceSha));
        QVERIFY(QFile::exists(coordMedia + QLatin1Char('/') + pictureSha));

        h.enrol(QStringLiteral("coord2"), QStringLiteral("coordinator"));
        {
            auto store = DeviceStore::open(h.dbPath(QStringLiteral("coord2")));
            TamperingTransport logging(curl);
            const QString media2 = h.mediaDir(QStringLiteral("coord2"));
            QCOMPARE(SyncEngine(DeviceSync::engineStore(*store, media2), logging).sync().status, SyncStatus::Done);
            const DownloadResult r = MediaDownloader(
                DeviceSync::engineStore(*store, media2), logging, tokenOf(h.dbPath(QStringLiteral("coord2"))))
                                         .downloadAll();
            QCOMPARE(r.pictures, 1);
            QCOMPARE(r.contributionMedia, 0);
            for (const auto &path : logging.paths)
                QVERIFY2(path.find(voiceSha.toStdString()) == std::string::npos, path.c_str());
            QCOMPARE(QDir(media2).entryList(QDir::Files), QStringList { pictureSha });
        }
    }
};

QTEST_MAIN(TestMediaDownload)
#include "tst_mediadownload.moc"
