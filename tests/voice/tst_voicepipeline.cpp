// The recording pipeline driven by synthetic sound: durations, size budget, level meter, and that
// every way a draft can end (discard, re-record, limit, unplug, storage failure) leaves the right files.

#include "opusdecode.h"
#include "voice/levelmeter.h"
#include "voice/opusduration.h"
#include "syntheticaudiosource.h"
#include "voice/voicedraftfolder.h"
#include "voice/voicerecorder.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QThread>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace chorus;

namespace {

// Pieces of what a plain Ogg Opus recording of the same sound holds: the Ogg and Opus magic, and
// 16-byte runs from inside each page's body (the encoded audio, identical for identical sound;
// the headers carry a random stream serial and are left out).
QList<QByteArray> plainPatterns(const QByteArray &ogg)
{
    QList<QByteArray> out { QByteArrayLiteral("OggS"), QByteArrayLiteral("OpusHead"), QByteArrayLiteral("OpusTags") };
    qsizetype at = 0;
    while ((at = ogg.indexOf("OggS", at)) >= 0 && at + 27 <= ogg.size()) {
        const int segments = quint8(ogg.at(at + 26));
        qsizetype body = 0;
        for (int i = 0; i < segments && at + 27 + i < ogg.size(); ++i)
            body += quint8(ogg.at(at + 27 + i));
        const qsizetype start = at + 27 + segments;
        for (qsizetype offset = 8; offset + 16 <= body; offset += body / 3 + 1)
            out << ogg.mid(start + offset, 16);
        at = start + body;
    }
    return out;
}

// Records the sweep until killed, as a kiosk does while someone talks (the child of
// killedMidRecordingLeavesOnlyCiphertext). A tenth of a second of sound every 20 ms: five times
// real time, so the draft grows quickly, page by page.
int recordUntilKilled(const QString &draft)
{
    auto source = std::make_unique<SyntheticAudioSource>(48000);
    SyntheticAudioSource *sound = source.get();
    VoiceRecorder recorder(std::move(source));
    recorder.setMaxDurationMs(60 * 60 * 1000);
    sound->setSignal(SyntheticAudioSource::Signal::Sweep, 0.5);
    if (!recorder.start(draft))
        return 2;
    for (;;) {
        sound->generate(100);
        QThread::msleep(20);
    }
}
} // namespace

class TestVoicePipeline : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SyntheticAudioSource *m_source = nullptr;

    std::unique_ptr<VoiceRecorder> makeRecorder(int rate = 48000)
    {
        auto source = std::make_unique<SyntheticAudioSource>(rate);
        m_source = source.get();
        return std::make_unique<VoiceRecorder>(std::move(source));
    }
    QStringList filesInDir() const { return QDir(m_dir.path()).entryList(QDir::Files); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    // opusinfo is a separate decoder; agreeing with it shows the draft is well-formed for others too
    // (given a decrypted copy: the draft itself is encrypted).
    double opusinfoSeconds(const QString &draft) const
    {
        const QString file = path(QStringLiteral("opusinfo-copy.opus"));
        QFile copy(file);
        if (!copy.open(QIODevice::WriteOnly) || copy.write(VoiceDraftFolder::read(draft).value_or(QByteArray())) <= 0)
            return -1;
        copy.close();
        QProcess p;
        p.start(QStringLiteral("opusinfo"), { file });
        if (!p.waitForFinished(10000))
            return -1;
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        const auto m = QRegularExpression(QStringLiteral("Playback length: (\\d+)m:([\\d.]+)s")).match(out);
        return m.hasMatch() ? m.captured(1).toDouble() * 60 + m.captured(2).toDouble() : -1;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &name : filesInDir())
            QFile::remove(path(name));
    }

    void recordsExactDuration_data()
    {
        QTest::addColumn<int>("rate");
        QTest::addColumn<int>("signal");
        QTest::addColumn<qint64>("ms");
        QTest::newRow("10 s tone at 48 kHz") << 48000 << int(SyntheticAudioSource::Signal::Tone) << qint64(10000);
        QTest::newRow("60 s sweep at 48 kHz") << 48000 << int(SyntheticAudioSource::Signal::Sweep) << qint64(60000);
        QTest::newRow("10 s sweep at 44.1 kHz") << 44100 << int(SyntheticAudioSource::Signal::Sweep) << qint64(10000);
    }

    void recordsExactDuration()
    {
        QFETCH(int, rate);
        QFETCH(int, signal);
        QFETCH(qint64, ms);
        auto recorder = makeRecorder(rate);
        m_source->setSignal(SyntheticAudioSource::Signal(signal), 0.5, 440.0);
        QVERIFY(recorder->start(path(QStringLiteral("note.opus"))));
        m_source->generate(ms);
        QCOMPARE(recorder->elapsedMs(), ms);
        recorder->stop();
        QCOMPARE(recorder->state(), VoiceRecorder::State::Recorded);

        const auto decoded = test::decodeDraft(path(QStringLiteral("note.opus")));
        QVERIFY(decoded.has_value());
        QVERIFY2(std::abs(decoded->durationMs() - ms) <= 50, qPrintable(QString::number(decoded->durationMs())));
        QVERIFY2(decoded->rms > 0.2, "a 0.5 amplitude signal must not decode to near-silence");
        QCOMPARE(opusDurationMs(*VoiceDraftFolder::read(path(QStringLiteral("note.opus")))).value_or(-1), decoded->durationMs());
        const double seconds = opusinfoSeconds(path(QStringLiteral("note.opus")));
        QVERIFY2(std::abs(seconds * 1000 - double(ms)) <= 50, qPrintable(QString::number(seconds)));

        // Budget: 250 KB a minute at most (about 24 kbit/s plus Ogg framing).
        const qint64 bytes = QFileInfo(path(QStringLiteral("note.opus"))).size();
        qInfo() << ms << "ms ->" << bytes << "bytes";
        QVERIFY2(bytes <= 250 * 1000 * ms / 60000, qPrintable(QString::number(bytes)));
        QVERIFY2(bytes >= 10 * 1000 * ms / 60000, "far too small to hold speech-quality audio");
    }

    void levelMeterFollowsLoudness()
    {
        LevelMeter meter(48000);
        std::vector<qint16> block(960, 0);
        meter.process(block.data(), qsizetype(block.size()));
        QCOMPARE(meter.level(), 0.0);
        for (size_t i = 0; i < block.size(); ++i)
            block[i] = qint16(i % 2 ? 32767 : -32767);
        meter.process(block.data(), qsizetype(block.size()));
        QVERIFY(meter.level() > 0.99);
        std::fill(block.begin(), block.end(), qint16(0));
        for (int i = 0; i < 50; ++i) // one second of silence: released by 30 dB
            meter.process(block.data(), qsizetype(block.size()));
        QVERIFY(std::abs(meter.decibels() - -30.0) < 0.5);
        block.assign(960, 3277); // -20 dBFS
        meter.reset();
        meter.process(block.data(), qsizetype(block.size()));
        QVERIFY(std::abs(meter.level() - 40.0 / 60.0) < 0.01);
    }

    void recorderLevelMovesWithSound()
    {
        auto recorder = makeRecorder();
        QVERIFY(recorder->start(path(QStringLiteral("level.opus"))));
        m_source->setSignal(SyntheticAudioSource::Signal::Silence);
        m_source->generate(200);
        QCOMPARE(recorder->level(), 0.0);
        m_source->setSignal(SyntheticAudioSource::Signal::Tone, 0.5);
        m_source->generate(200);
        QVERIFY(recorder->level() > 0.85);
    }

    void discardWhileRecordingLeavesNoFile()
    {
        auto recorder = makeRecorder();
        QVERIFY(recorder->start(path(QStringLiteral("a.opus"))));
        m_source->generate(3000);
        QVERIFY(QFile::exists(path(QStringLiteral("a.opus"))));
        recorder->discard();
        QCOMPARE(recorder->state(), VoiceRecorder::State::Idle);
        QVERIFY(!m_source->isRunning());
        QCOMPARE(filesInDir(), QStringList());
    }

    void discardAfterReviewLeavesNoFile()
    {
        auto recorder = makeRecorder();
        QVERIFY(recorder->start(path(QStringLiteral("a.opus"))));
        m_source->generate(3000);
        recorder->stop();
        QVERIFY(QFile::exists(path(QStringLiteral("a.opus"))));
        recorder->discard();
        QCOMPARE(filesInDir(), QStringList());
    }

    void reRecordReplacesTheDraft()
    {
        auto recorder = makeRecorder();
        QVERIFY(recorder->start(path(QStringLiteral("first.opus"))));
        m_source->generate(2000);
        recorder->stop();
        QVERIFY(recorder->start(path(QStringLiteral("second.opus"))));
        m_source->generate(1000);
        recorder->stop();
        QCOMPARE(filesInDir(), QStringList { QStringLiteral("second.opus") });
        QVERIFY(std::abs(opusDurationMs(VoiceDraftFolder::read(path(QStringLiteral("second.opus"))).value_or(QByteArray())).value_or(0) - 1000) <= 50);
    }

    void limitStopsAtMaximumAndAbandonedDraftIsDeleted()
    {
        auto recorder = makeRecorder();
        recorder->setMaxDurationMs(3000);
        QSignalSpy limit(recorder.get(), &VoiceRecorder::limitReached);
        QVERIFY(recorder->start(path(QStringLiteral("long.opus"))));
        m_source->generate(5000);
        QCOMPARE(limit.count(), 1);
        QCOMPARE(recorder->state(), VoiceRecorder::State::Recorded);
        QVERIFY(!m_source->isRunning());
        QVERIFY(std::abs(opusDurationMs(VoiceDraftFolder::read(path(QStringLiteral("long.opus"))).value_or(QByteArray())).value_or(0) - 3000) <= 50);
        // The person walks away; the inactivity timeout tears the screen (and recorder) down.
        recorder.reset();
        QCOMPARE(filesInDir(), QStringList());
    }

    void abandonedMidRecordingLeavesNoFile()
    {
        auto recorder = makeRecorder();
        QVERIFY(recorder->start(path(QStringLiteral("walked-away.opus"))));
        m_source->generate(4000);
        recorder.reset();
        QCOMPARE(filesInDir(), QStringList());
    }

    void unplugKeepsWhatWasRecordedUntilDiscarded()
    {
        auto recorder = makeRecorder();
        QSignalSpy interrupted(recorder.get(), &VoiceRecorder::interrupted);
        QVERIFY(recorder->start(path(QStringLiteral("unplugged.opus"))));
        m_source->generate(2500);
        m_source->unplug();
        QCOMPARE(interrupted.count(), 1);
        QCOMPARE(interrupted.at(0).at(0).value<AudioError>(), AudioError::DeviceLost);
        QCOMPARE(recorder->state(), VoiceRecorder::State::Recorded);
        QCOMPARE(recorder->lastError(), AudioError::DeviceLost);
        const auto decoded = test::decodeDraft(path(QStringLiteral("unplugged.opus")));
        QVERIFY(decoded.has_value());
        QVERIFY(std::abs(decoded->durationMs() - 2500) <= 50);
        recorder->discard();
        QCOMPARE(filesInDir(), QStringList());
    }

    void unplugBeforeAnySoundKeepsNothing()
    {
        auto recorder = makeRecorder();
        QSignalSpy failed(recorder.get(), &VoiceRecorder::failed);
        QVERIFY(recorder->start(path(QStringLiteral("empty.opus"))));
        m_source->unplug();
        QCOMPARE(failed.count(), 1);
        QCOMPARE(recorder->state(), VoiceRecorder::State::Idle);
        QCOMPARE(filesInDir(), QStringList());
    }

    void startFailuresLeaveNoFile_data()
    {
        QTest::addColumn<int>("error");
        QTest::newRow("no microphone") << int(AudioError::NoDevice);
        QTest::newRow("permission refused") << int(AudioError::PermissionDenied);
    }

    void startFailuresLeaveNoFile()
    {
        QFETCH(int, error);
        auto recorder = makeRecorder();
        m_source->setStartError(AudioError(error));
        QVERIFY(!recorder->start(path(QStringLiteral("never.opus"))));
        QCOMPARE(recorder->lastError(), AudioError(error));
        QCOMPARE(recorder->state(), VoiceRecorder::State::Idle);
        QVERIFY(!userMessage(AudioError(error)).isEmpty());
        QCOMPARE(filesInDir(), QStringList());
    }

    void unwritableFolderFailsCleanly()
    {
        auto recorder = makeRecorder();
        QVERIFY(!recorder->start(path(QStringLiteral("missing-folder/note.opus"))));
        QCOMPARE(recorder->lastError(), AudioError::StorageFailed);
        QVERIFY(!m_source->isRunning());
    }

    void storageFullMidRecordingLeavesNoFile()
    {
        // A file-size limit makes writes fail with EFBIG, standing in for a full disk.
        rlimit saved {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = saved;
        small.rlim_cur = 16 * 1024;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        auto recorder = makeRecorder();
        QSignalSpy failed(recorder.get(), &VoiceRecorder::failed);
        const bool started = recorder->start(path(QStringLiteral("full.opus")));
        if (started)
            m_source->generate(30000);
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(started);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(recorder->lastError(), AudioError::StorageFailed);
        QCOMPARE(recorder->state(), VoiceRecorder::State::Idle);
        QCOMPARE(filesInDir(), QStringList());
    }

    void draftIsEncryptedAsItIsWritten()
    {
        auto recorder = makeRecorder();
        m_source->setSignal(SyntheticAudioSource::Signal::Sweep, 0.5);
        const QString draft = path(QStringLiteral("secret.opus"));
        QVERIFY(recorder->start(draft));
        m_source->generate(5000);
        QFile raw(draft);
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray midway = raw.readAll();
        raw.close();
        QVERIFY2(midway.size() > 2000, qPrintable(QStringLiteral("only %1 bytes reached the disk while recording").arg(midway.size())));
        QVERIFY(!VoiceDraftFolder::read(draft)); // not finished: never half a note
        recorder->stop();
        QVERIFY(raw.open(QIODevice::ReadOnly));
        const QByteArray finished = raw.readAll();
        raw.close();
        const auto plain = VoiceDraftFolder::read(draft);
        QVERIFY(plain.has_value());
        QVERIFY(plain->startsWith("OggS"));
        for (const QByteArray &pattern : plainPatterns(*plain))
            QVERIFY2(!midway.contains(pattern) && !finished.contains(pattern), pattern.toHex().constData());
        QCOMPARE(QFile::permissions(draft) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());

        // Altered or cut short, it does not open.
        QByteArray altered = finished;
        altered[altered.size() / 2] = char(altered.at(altered.size() / 2) ^ 1);
        for (const QByteArray &bytes : { altered, finished.left(finished.size() - 1) }) {
            QVERIFY(raw.open(QIODevice::WriteOnly | QIODevice::Truncate));
            raw.write(bytes);
            raw.close();
            QVERIFY(!VoiceDraftFolder::read(draft));
        }
        // Discarding forgets the key: the same bytes put back no longer open.
        QVERIFY(raw.open(QIODevice::WriteOnly | QIODevice::Truncate));
        raw.write(finished);
        raw.close();
        QVERIFY(VoiceDraftFolder::read(draft));
        recorder->discard();
        QVERIFY(raw.open(QIODevice::WriteOnly));
        raw.write(finished);
        raw.close();
        QVERIFY(!VoiceDraftFolder::read(draft));
    }

    // A kiosk killed (SIGKILL, or the battery pulled) while someone talks: the draft on the disk
    // holds none of the recording's bytes, and no other process can open it.
    void killedMidRecordingLeavesOnlyCiphertext()
    {
        // What a plain recording of the same sound holds, made here twice to show it is the same
        // every time (so its absence below means something).
        QList<QByteArray> patterns;
        for (int i = 0; i < 2; ++i) {
            auto recorder = makeRecorder();
            m_source->setSignal(SyntheticAudioSource::Signal::Sweep, 0.5);
            const QString reference = path(QStringLiteral("reference-%1.opus").arg(i));
            QVERIFY(recorder->start(reference));
            m_source->generate(20000, 100);
            recorder->stop();
            const auto plain = VoiceDraftFolder::read(reference);
            QVERIFY(plain.has_value());
            if (i == 0) {
                patterns = plainPatterns(*plain);
                continue;
            }
            int same = 0;
            for (const QByteArray &pattern : patterns)
                same += plain->contains(pattern) ? 1 : 0;
            QVERIFY2(patterns.size() > 100 && same >= patterns.size() * 9 / 10,
                qPrintable(QStringLiteral("%1 of %2").arg(same).arg(patterns.size())));
        }

        for (int run = 0; run < 3; ++run) {
            const QString draft = VoiceDraftFolder(path(QStringLiteral("kill-%1").arg(run))).newDraftPath();
            QProcess child;
            child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--record-until-killed"), draft });
            QVERIFY(child.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo(draft).size() > 8000, 20000);
            QTest::qWait(int(QRandomGenerator::global()->bounded(1500)));
            QVERIFY2(child.state() == QProcess::Running, child.readAllStandardError().constData());
            ::kill(pid_t(child.processId()), SIGKILL);
            QVERIFY(child.waitForFinished(10000));
            QFile raw(draft);
            QVERIFY(raw.open(QIODevice::ReadOnly));
            const QByteArray bytes = raw.readAll();
            QVERIFY(bytes.size() > 8000);
            for (const QByteArray &pattern : patterns)
                QVERIFY2(!bytes.contains(pattern), qPrintable(QStringLiteral("run %1: the draft holds %2 in plain")
                                                                  .arg(run)
                                                                  .arg(QString::fromLatin1(pattern.toHex()))));
            QVERIFY(!VoiceDraftFolder::read(draft));
            // The next start sweeps it away.
            QCOMPARE(VoiceDraftFolder(QFileInfo(draft).absolutePath()).removeOrphans(), 1);
        }
    }

    void orphanCleanupRemovesOnlyVoiceDrafts()
    {
        const VoiceDraftFolder folder(m_dir.path());
        const QString a = folder.newDraftPath();
        const QString b = folder.newDraftPath();
        QVERIFY(a != b);
        QVERIFY(VoiceDraftFolder::isDraftName(QFileInfo(a).fileName()));
        const QString kept = path(QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"));
        for (const QString &p : { a, b, kept }) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("x");
        }
        QCOMPARE(folder.removeOrphans(), 2);
        QCOMPARE(filesInDir(), QStringList { QFileInfo(kept).fileName() });
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && QByteArray(argv[1]) == "--record-until-killed")
        return recordUntilKilled(QString::fromLocal8Bit(argv[2]));
    TestVoicePipeline test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_voicepipeline.moc"
