// The real device path: QAudioSource recording the monitor of a private PulseAudio null sink while
// paplay plays a known tone into it. Fails (never skips) when the daemon cannot be started.

#include "opusdecode.h"
#include "pulsedaemon.h"
#include "voice/opusduration.h"
#include "voice/voicedraftfolder.h"
#include "voice/qtaudiosource.h"
#include "voice/voicerecorder.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <numbers>

using namespace chorus;

class TestVoiceCapture : public QObject {
    Q_OBJECT

private:
    test::PulseDaemon m_pulse;
    QTemporaryDir m_dir;

    bool waitForPlayback()
    {
        QElapsedTimer t;
        t.start();
        while (t.elapsed() < 5000) {
            if (m_pulse.hasPlayback())
                return true;
            QTest::qWait(50);
        }
        return false;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before anything touches Qt Multimedia: its PulseAudio connection reads PULSE_SERVER once.
        QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
        QVERIFY2(QtAudioSource::hasMicrophone(), "the null sink's monitor should be the default input");
        test::PulseDaemon::writeToneWav(m_dir.filePath(QStringLiteral("tone.wav")), 10.0, 440.0, 0.5);
    }

    void cleanupTestCase() { m_pulse.stop(); }

    void recordsAPlayingToneInRealTime()
    {
        QProcess *player = m_pulse.play(m_dir.filePath(QStringLiteral("tone.wav")));
        QVERIFY(player->waitForStarted(5000));
        QVERIFY2(waitForPlayback(), "paplay never reached the sink");

        VoiceRecorder recorder(std::make_unique<QtAudioSource>());
        double loudest = 0;
        QElapsedTimer wall; // from the first sound, so the stream's start-up latency is not counted
        qint64 firstBlockMs = 0;
        connect(&recorder, &VoiceRecorder::progressed, this, [&] {
            loudest = std::max(loudest, recorder.level());
            if (!wall.isValid()) {
                wall.start();
                firstBlockMs = recorder.elapsedMs();
            }
        });
        const QString note = m_dir.filePath(QStringLiteral("tone.opus"));
        QVERIFY2(recorder.start(note), qPrintable(errorName(recorder.lastError())));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsedMs() >= 3000, 15000);
        recorder.stop();
        m_pulse.stopPlaying();
        const qint64 wallMs = wall.elapsed() + firstBlockMs;
        QCOMPARE(recorder.state(), VoiceRecorder::State::Recorded);
        const qint64 recordedMs = recorder.elapsedMs();

        const auto decoded = test::decodeDraft(note);
        QVERIFY(decoded.has_value());
        qInfo() << "recorded" << recordedMs << "ms in" << wallMs << "ms wall; decoded" << decoded->durationMs()
                << "ms, rms" << decoded->rms << "crossings/s" << decoded->crossings * 1000.0 / decoded->durationMs();
        QVERIFY(std::abs(decoded->durationMs() - recordedMs) <= 50);
        QCOMPARE(opusDurationMs(*VoiceDraftFolder::read(note)).value_or(-1), decoded->durationMs());
        // A real device delivers in real time: neither faster than the clock nor far behind it.
        QVERIFY2(recordedMs <= wallMs + 300 && recordedMs >= wallMs - 1000, "capture did not run in real time");
        QVERIFY2(decoded->rms > 0.2, "the tone should be clearly audible in the note");
        const double hz = decoded->crossings * 1000.0 / decoded->durationMs() / 2.0;
        QVERIFY2(std::abs(hz - 440.0) < 30.0, qPrintable(QString::number(hz)));
        QVERIFY(loudest > 0.8);
    }

    void silenceRecordsAsSilence()
    {
        QTRY_VERIFY_WITH_TIMEOUT(
            m_pulse.pactl({ QStringLiteral("list"), QStringLiteral("short"), QStringLiteral("sink-inputs") })
                .trimmed()
                .isEmpty(),
            15000);
        VoiceRecorder recorder(std::make_unique<QtAudioSource>());
        const QString note = m_dir.filePath(QStringLiteral("silence.opus"));
        QVERIFY(recorder.start(note));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsedMs() >= 1000, 10000);
        recorder.stop();
        const auto decoded = test::decodeDraft(note);
        QVERIFY(decoded.has_value());
        QVERIFY2(decoded->rms < 0.01, qPrintable(QString::number(decoded->rms)));
    }

    void losingTheSoundServerKeepsWhatWasRecorded()
    {
        QProcess *player = m_pulse.play(m_dir.filePath(QStringLiteral("tone.wav")));
        QVERIFY(player->waitForStarted(5000));
        QVERIFY(waitForPlayback());
        VoiceRecorder recorder(std::make_unique<QtAudioSource>());
        QSignalSpy interrupted(&recorder, &VoiceRecorder::interrupted);
        const QString note = m_dir.filePath(QStringLiteral("lost.opus"));
        QVERIFY(recorder.start(note));
        QTRY_VERIFY_WITH_TIMEOUT(recorder.elapsedMs() >= 1500, 10000);
        m_pulse.stop(); // the closest thing to pulling the microphone out
        QTRY_COMPARE_WITH_TIMEOUT(interrupted.count(), 1, 10000);
        QCOMPARE(recorder.lastError(), AudioError::DeviceLost);
        QCOMPARE(recorder.state(), VoiceRecorder::State::Recorded);
        const auto decoded = test::decodeDraft(note);
        QVERIFY(decoded.has_value());
        QVERIFY(decoded->durationMs() >= 1400);
        QVERIFY(decoded->rms > 0.2);
        recorder.discard();
        QVERIFY(!QFile::exists(note));
    }
};

QTEST_GUILESS_MAIN(TestVoiceCapture)
#include "tst_voicecapture.moc"
