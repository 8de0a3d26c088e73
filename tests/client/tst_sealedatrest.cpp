// A lost kiosk gives nothing away (issue 17): distinctive words in every content field and a voice
// note of a known byte pattern; the kiosk app itself sending answers and killed with SIGKILL at
// random points (mid-visit, just after Send, mid-sync), then chorus-cli killed mid-sync; after each
// kill every byte under the device's folders (store, WAL, shared memory, media, drafts, Qt's cache,
// config and temporary files) is scanned for the canaries as they are and in simple encodings
// (hex, base64 at every alignment, UTF-16). Then every answer the device saved, sent or still
// queued, reaches the real chorus-server intact.

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"
#include "canaryforms.h"
#include "syncharness.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>

using namespace chorus;
using namespace chorus::test;

namespace {

const QByteArray kText = "CANARY-TEXT-q8w7 the damp in the flat is making us ill";
const QByteArray kName = "CANARY-NAME-z1x2";
const QByteArray kDetail = "CANARY-DETAIL-p0o9@example.org";
const QByteArray kVoicePattern = "VOICE-CANARY-7f3a";
// The words the app's visits write (cpp/app/benchprobe.cpp).
const QByteArray kAppWords = "the waiting room is cold in winter";

QString appBinary()
{
    return qEnvironmentVariable("CHORUS_BUILD_DIR", QStringLiteral(CHORUS_DEFAULT_BUILD_DIR))
        + QStringLiteral("/cpp/app/chorus");
}

QStringList contributionIds(const QString &dbPath)
{
    QStringList ids;
    auto store = DeviceStore::open(dbPath);
    auto s = store->db().prepare("SELECT id FROM contributions WHERE withdrawn IS NOT 1");
    while (s.step())
        ids << QString::fromStdString(s.text(0));
    return ids;
}

} // namespace

class TestSealedAtRest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aLostKioskGivesNothingAway()
    {
        QVERIFY2(QFile::exists(appBinary()), "build the chorus app first");
        SyncHarness h;
        QVERIFY(h.startServer());
        h.enrol(QStringLiteral("kiosk"), QStringLiteral("kiosk"));
        const QString db = h.dbPath(QStringLiteral("kiosk"));
        const QString mediaDir = h.mediaDir(QStringLiteral("kiosk"));
        const QString deviceDir = QFileInfo(db).absolutePath();
        const QList<QByteArray> canaries { kText, kName, kDetail, kVoicePattern, kAppWords };

        // Answers with a canary in every content field, one with a voice note of a known pattern.
        QByteArray voice;
        while (voice.size() < 300000)
            voice += kVoicePattern;
        QString voiceSha;
        {
            auto store = DeviceStore::open(db);
            MediaStore media(*store, mediaDir);
            const QString draft = media.temporaryPath(QStringLiteral("ogg"));
            QFile f(draft);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(voice);
            f.close();
            voiceSha = media.adopt(draft, QStringLiteral("audio/ogg"), 2000);
            QCOMPARE(
                voiceSha, QString::fromLatin1(QCryptographicHash::hash(voice, QCryptographicHash::Sha256).toHex()));
            ContributionRepository repository(*store);
            for (int i = 0; i < 4; ++i) {
                Contribution c;
                c.promptId = QStringLiteral("demo-prompt-what-would-help");
                c.format = i == 0 ? AnswerFormat::Speak : AnswerFormat::Write;
                c.text = QString::fromLatin1(kText);
                c.rating = 2;
                c.symbols = { { QStringLiteral("bus"), SortedSymbol::Pile::Bad } };
                c.consent.mayQuote = true;
                c.consent.contactMe = true;
                c.contactName = QString::fromLatin1(kName);
                c.contactDetail = QString::fromLatin1(kDetail);
                if (i == 0)
                    c.media << voiceSha;
                (void)repository.save(c);
            }
        }
        QStringList leaks = filesHoldingCanaries(deviceDir, canaries);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        // The app sends visit after visit (and syncs by itself after each Send) and is killed at
        // random moments; its temporary, cache and config files live under the device's folder too.
        auto *rng = QRandomGenerator::global();
        for (int run = 0; run < 4; ++run) {
            QProcess app;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.insert(QStringLiteral("CHORUS_BENCH_PROBE"), QStringLiteral("1000000"));
            for (const char *var : { "XDG_CACHE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "TMPDIR" })
                env.insert(
                    QString::fromLatin1(var), deviceDir + QStringLiteral("/") + QString::fromLatin1(var).toLower());
            app.setProcessEnvironment(env);
            app.start(appBinary(),
                { QStringLiteral("--db"), db, QStringLiteral("--media"), mediaDir, QStringLiteral("--tts"),
                    QStringLiteral("none") });
            QVERIFY(app.waitForStarted());
            QTest::qWait(800 + rng->bounded(2500));
            QVERIFY2(app.state() == QProcess::Running && app.processId() > 0,
                qPrintable(QStringLiteral("the app stopped by itself: ")
                    + QString::fromLocal8Bit(app.readAllStandardError())));
            ::kill(static_cast<pid_t>(app.processId()), SIGKILL);
            QVERIFY(app.waitForFinished(10000));
            leaks = filesHoldingCanaries(deviceDir, canaries);
            QVERIFY2(leaks.isEmpty(),
                qPrintable(QStringLiteral("after kill %1:\n").arg(run) + leaks.join(QLatin1Char('\n'))));
        }

        // chorus-cli killed mid-sync, twice, at random points.
        for (int run = 0; run < 2; ++run) {
            auto sync = h.startSync(QStringLiteral("kiosk"), { QStringLiteral("--batch"), QStringLiteral("3") });
            QTest::qWait(30 + rng->bounded(300));
            if (sync->state() == QProcess::Running && sync->processId() > 0) // else it finished first
                ::kill(static_cast<pid_t>(sync->processId()), SIGKILL);
            sync->waitForFinished(10000);
            leaks = filesHoldingCanaries(deviceDir, canaries);
            QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        }

        // Nothing is lost: everything the kiosk saved reaches the server, opened, and the kiosk then
        // keeps none of it.
        const QStringList ids = contributionIds(db);
        QVERIFY(ids.size() > 4);
        const CliResult last = h.cli(QStringLiteral("kiosk"), { QStringLiteral("sync") });
        QVERIFY2(last.exitCode == 0, last.err.constData());
        for (const QString &id : ids) {
            const QStringList text
                = h.serverStrings(QStringLiteral("SELECT text FROM contributions WHERE id = '%1'").arg(id));
            QVERIFY2(text.size() == 1, qPrintable(id + QStringLiteral(" never reached the server")));
            QVERIFY2(text.first().contains(QString::fromLatin1(kText))
                    || text.first().contains(QString::fromLatin1(kAppWords)),
                qPrintable(id + QStringLiteral(" arrived as ") + text.first()));
        }
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE contact_name = '%1'")
                                   .arg(QString::fromLatin1(kName))),
            qint64(4));
        QCOMPARE(h.serverCount(
                     QStringLiteral("SELECT count(*) FROM media WHERE sha256 = '%1' AND complete = 1").arg(voiceSha)),
            qint64(1));
        {
            auto store = DeviceStore::open(db);
            auto s = store->db().prepare(
                "SELECT count(*) FROM contributions WHERE text IS NOT NULL OR contact_name IS NOT NULL");
            QVERIFY(s.step());
            QCOMPARE(s.integer(0), 0);
        }
        QVERIFY(!QFile::exists(mediaDir + QLatin1Char('/') + voiceSha));
        leaks = filesHoldingCanaries(deviceDir, canaries);
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        // The store and media folder are this user's alone.
        QCOMPARE(QFile::permissions(db) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        QCOMPARE(QFile::permissions(mediaDir) & (QFile::ExeOther | QFile::ReadOther), QFile::Permissions());
    }
};

QTEST_GUILESS_MAIN(TestSealedAtRest)
#include "tst_sealedatrest.moc"
