// Read-aloud for real: the Speaker picks, per language, an installed engine with a voice for it
// (flite for English, speechd with espeak-ng for Welsh and Arabic) and speaks into a private PulseAudio
// null sink; QTextToSpeech must go Speaking and then Ready. Fails, never skips, when an engine or the
// sound daemon is missing: scripts/install-deps.sh installs them.

#include "controllers/speaker.h"
#include "pulsedaemon.h"

#include <QDir>
#include <QFile>
#include <QLocale>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextToSpeech>

#include <csignal>
#include <memory>

using namespace chorus;

class TestSpeaker : public QObject {
    Q_OBJECT

private:
    test::PulseDaemon m_pulse;
    QTemporaryDir m_home;
    std::unique_ptr<Speaker> m_speaker;

    // Did any sound stream reach the null sink while `speaking` was true?
    bool streamWhileSpeaking()
    {
        bool heard = false;
        (void)QTest::qWaitFor([&] { return (heard = m_pulse.hasPlayback()) || !m_speaker->isSpeaking(); }, 30000);
        return heard;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
        // speech-dispatcher autospawns from this environment: its own socket, config and sound server,
        // never a desktop's.
        for (const char *name : { "HOME", "XDG_RUNTIME_DIR", "XDG_CONFIG_HOME", "XDG_CACHE_HOME" })
            qputenv(name, m_home.path().toLocal8Bit());
        const QStringList engines = QTextToSpeech::availableEngines();
        QVERIFY2(engines.contains(QLatin1String("flite")), "install qt6-speech-flite-plugin");
        QVERIFY2(engines.contains(QLatin1String("speechd")),
            "install qt6-speech-speechd-plugin, speech-dispatcher and speech-dispatcher-espeak-ng");
        m_speaker = std::make_unique<Speaker>(QString());
        QVERIFY(!m_speaker->isReady()); // the engines start on the speech thread, not here
        QTRY_VERIFY_WITH_TIMEOUT(m_speaker->isReady(), 60000);
    }

    void cleanupTestCase()
    {
        m_speaker.reset();
        // The autospawned speech-dispatcher would leave by itself after 5 idle seconds; end it now.
        QFile pid(m_home.filePath(QStringLiteral("speech-dispatcher/pid/speech-dispatcher.pid")));
        if (pid.open(QIODevice::ReadOnly)) {
            const int id = pid.readAll().trimmed().toInt();
            if (id > 0)
                ::kill(id, SIGTERM);
        }
        m_pulse.stop();
    }

    void speaksEachLanguage_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QString>("text");
        QTest::newRow("Welsh") << QStringLiteral("cy") << QStringLiteral("speechd")
                               << QStringLiteral("Croeso. Dweud eich dweud.");
        QTest::newRow("Arabic") << QStringLiteral("ar") << QStringLiteral("speechd")
                                << QString::fromUtf8("أهلا وسهلا. قل رأيك.");
        QTest::newRow("English") << QStringLiteral("en") << QStringLiteral("flite")
                                 << QStringLiteral("Welcome. Have your say.");
    }

    void speaksEachLanguage()
    {
        QFETCH(QString, code);
        QFETCH(QString, engine);
        QFETCH(QString, text);
        QCOMPARE(m_speaker->voices().value(code).toString(), engine);

        const QLocale::Language language = QLocale(code).language();
        m_speaker->setLanguage(code);
        QTRY_COMPARE_WITH_TIMEOUT(QLocale(m_speaker->voiceLocale()).language(), language, 10000);
        QCOMPARE(m_speaker->engineName(), engine);
        QVERIFY(m_speaker->isAvailable());
        QVERIFY(!m_speaker->voiceName().isEmpty());

        QList<bool> states;
        connect(m_speaker.get(), &Speaker::speakingChanged, this,
            [&states, this] { states.append(m_speaker->isSpeaking()); });
        QSignalSpy failures(m_speaker.get(), &Speaker::failed);
        m_speaker->say(text);
        QCOMPARE(m_speaker->lastSpoken(), text);
        QTRY_VERIFY_WITH_TIMEOUT(m_speaker->isSpeaking(), 15000);
        QVERIFY2(streamWhileSpeaking(), "no sound reached the sink while speaking");
        QTRY_VERIFY_WITH_TIMEOUT(!m_speaker->isSpeaking(), 30000);
        disconnect(m_speaker.get(), &Speaker::speakingChanged, this, nullptr);
        QCOMPARE(states, (QList<bool> { true, false }));
        QCOMPARE(failures.count(), 0);
    }

    void stopEndsSpeech()
    {
        m_speaker->setLanguage(QStringLiteral("cy"));
        QTRY_COMPARE_WITH_TIMEOUT(m_speaker->engineName(), QStringLiteral("speechd"), 10000);
        m_speaker->say(
            QStringLiteral("Mae hon yn frawddeg hir iawn, sy'n mynd ymlaen ac ymlaen ac ymlaen am amser hir."));
        QTRY_VERIFY_WITH_TIMEOUT(m_speaker->isSpeaking(), 15000);
        m_speaker->stop();
        QVERIFY(!m_speaker->isSpeaking());
        // The engine confirms: it does not go back to speaking the rest.
        QTest::qWait(1000);
        QVERIFY(!m_speaker->isSpeaking());
    }

    void switchingLanguageEndsSpeech()
    {
        m_speaker->setLanguage(QStringLiteral("en"));
        QTRY_COMPARE_WITH_TIMEOUT(m_speaker->engineName(), QStringLiteral("flite"), 10000);
        m_speaker->say(QStringLiteral("This is a long sentence that goes on and on, so that it is still being read."));
        QTRY_VERIFY_WITH_TIMEOUT(m_speaker->isSpeaking(), 15000);
        m_speaker->setLanguage(QStringLiteral("ar"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_speaker->isSpeaking(), 2000);
        QTRY_COMPARE_WITH_TIMEOUT(m_speaker->engineName(), QStringLiteral("speechd"), 10000);
    }

    void silentSpeakerStillRecordsWhatItWasAsked()
    {
        Speaker silent(QStringLiteral("none"));
        QVERIFY(silent.isReady());
        QVERIFY(silent.voices().isEmpty());
        QVERIFY(!silent.isAvailable());
        silent.setLanguage(QStringLiteral("cy"));
        silent.say(QStringLiteral("  Croeso  "));
        QCOMPARE(silent.lastSpoken(), QStringLiteral("Croeso"));
        QVERIFY(!silent.isSpeaking());
    }
};

QTEST_GUILESS_MAIN(TestSpeaker)
#include "tst_speaker.moc"
