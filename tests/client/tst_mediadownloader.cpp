// MediaDownloader against a fake network: what each role asks for, which answers skip an item and
// which end the run, and that nothing but whole, correctly named bytes is ever kept.

#include "faketransport.h"
#include "client/mediadownloader.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/promptrepository.h"
#include "sync/devicesync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;
using namespace chorus::sync::client;

namespace {
std::string sha(const std::string &bytes)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(bytes), QCryptographicHash::Sha256).toHex().toStdString();
}

struct Device {
    QTemporaryDir dir;
    std::unique_ptr<DeviceStore> store = DeviceStore::open(dir.filePath(QStringLiteral("device.sqlite")));
    QString media = dir.filePath(QStringLiteral("media"));
    FakeTransport net;

    explicit Device(const std::string &role)
    {
        store->write([&] { store->state().set(statekey::kRole, role); });
    }
    void prompt(const QString &id, const std::string &pictureBytes)
    {
        Prompt p;
        p.id = id;
        p.text.insert(QStringLiteral("en"), QStringLiteral("A question"));
        p.symbol = QStringLiteral("picture:") + QString::fromStdString(sha(pictureBytes));
        p.formats = { AnswerFormat::Write };
        PromptRepository(*store).save(p);
    }
    Contribution spoken(const std::string &voiceBytes)
    {
        Contribution c;
        c.promptId = QStringLiteral("p1");
        c.format = AnswerFormat::Speak;
        c.media << QString::fromStdString(sha(voiceBytes));
        return ContributionRepository(*store).save(c);
    }
    DownloadResult download()
    {
        return MediaDownloader(DeviceSync::engineStore(*store, media), net, "token").downloadAll();
    }
    QStringList files() const { return QDir(media).entryList(QDir::Files); }
};

const std::string kPicture = "\x89PNG picture bytes";
const std::string kVoice = "OggS voice bytes";
} // namespace

class TestMediaDownloader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void kiosksNeverAskForWhatPeopleSaid()
    {
        Device kiosk("kiosk");
        kiosk.prompt(QStringLiteral("p1"), kPicture);
        (void)kiosk.spoken(kVoice); // its own answer, whose file is not here
        kiosk.net.enqueue(HttpReply { 200, kPicture, {}, {} });
        const DownloadResult r = kiosk.download();
        QCOMPARE(r.pictures, 1);
        QCOMPARE(r.contributionMedia, 0);
        QCOMPARE(kiosk.net.log().size(), std::size_t(1));
        QCOMPARE(kiosk.net.log().at(0).path, "/v1/media/" + sha(kPicture));
        QCOMPARE(kiosk.net.log().at(0).headers.at("Authorization"), std::string("Bearer token"));
        QCOMPARE(kiosk.files(), QStringList { QString::fromStdString(sha(kPicture)) });
        // Held now: the next run asks for nothing.
        QCOMPARE(kiosk.download().pictures, 0);
        QCOMPARE(kiosk.net.log().size(), std::size_t(1));
    }

    void refusalsSkipAndSilenceStops()
    {
        Device coord("coordinator");
        coord.prompt(QStringLiteral("p1"), kPicture);
        (void)coord.spoken(kVoice);
        (void)coord.spoken("OggS another note");
        coord.net.enqueueJson(403, R"({"error":{"code":"forbidden","message":"no"}})");
        coord.net.enqueueJson(404, R"({"error":{"code":"not_found","message":"gone"}})");
        coord.net.enqueueNetworkError();
        DownloadResult r = coord.download();
        QCOMPARE(r.skipped, 2);
        QVERIFY(r.stop);
        QCOMPARE(int(r.stop->kind), int(ApiReply::Kind::NoAnswer));
        QCOMPARE(coord.net.log().size(), std::size_t(3));
        QVERIFY(coord.files().isEmpty());
    }

    void onlyWholeCorrectBytesAreKept()
    {
        Device coord("coordinator");
        const Contribution note = coord.spoken(kVoice);
        // A crash left half a download behind: it is swept, never taken for the item.
        QDir().mkpath(coord.media);
        QFile leftover(coord.media + QStringLiteral("/download-") + QString::fromStdString(sha(kVoice)));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("OggS vo");
        leftover.close();
        coord.net.enqueue(HttpReply { 200, kVoice.substr(0, 7), {}, {} }); // cut short
        coord.net.enqueue(HttpReply { 200, std::string(), {}, {} }); // empty
        DownloadResult r = coord.download();
        QCOMPARE(r.skipped, 1);
        QVERIFY(coord.files().isEmpty());
        r = coord.download();
        QCOMPARE(r.skipped, 1);
        coord.net.enqueue(HttpReply { 200, kVoice, {}, {} });
        r = coord.download();
        QCOMPARE(r.contributionMedia, 1);
        QCOMPARE(coord.files(), QStringList { QString::fromStdString(sha(kVoice)) });

        // Withdrawn here: its file goes with it and it is never asked for again.
        QStringList purged;
        QVERIFY(ContributionRepository(*coord.store).withdrawByReference(note.reference, &purged));
        QFile::remove(coord.media + QLatin1Char('/') + purged.value(0));
        const std::size_t asked = coord.net.log().size();
        QCOMPARE(coord.download().contributionMedia, 0);
        QCOMPARE(coord.net.log().size(), asked);
        QVERIFY(coord.files().isEmpty());
    }
};

QTEST_MAIN(TestMediaDownloader)
#include "tst_mediadownloader.moc"
