#include "controllers/speaker.h"

#include "controllers/speechengines.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcSpeech, "chorus.speech")

namespace chorus {

Speaker::Speaker(const QString &engine, QObject *parent)
    : QObject(parent)
{
    if (engine == QLatin1String("none")) {
        m_ready = true;
        return;
    }
    // flite's English voices sound better than espeak-ng's; speechd brings espeak-ng's Welsh and Arabic.
    QStringList preferred { QStringLiteral("flite"), QStringLiteral("speechd") };
    if (!engine.isEmpty())
        preferred.prepend(engine);
    m_engines = new SpeechEngines(preferred);
    m_engines->moveToThread(&m_thread);
    m_thread.setObjectName(QStringLiteral("chorus-speech"));
    connect(&m_thread, &QThread::finished, m_engines, &QObject::deleteLater);
    connect(m_engines, &SpeechEngines::started, this, [this](const QVariantMap &voices) {
        m_voices = voices;
        m_ready = true;
        if (voices.isEmpty())
            qCInfo(lcSpeech) << "no text-to-speech voice installed; reading aloud is off";
        Q_EMIT voicesChanged();
    });
    connect(m_engines, &SpeechEngines::voiceChosen, this,
        [this](const QString &engineName, const QString &voice, const QString &locale) {
            m_engineName = engineName;
            m_voiceName = voice;
            m_voiceLocale = locale;
            Q_EMIT voiceChanged();
        });
    connect(m_engines, &SpeechEngines::speaking, this, &Speaker::setSpeaking);
    connect(m_engines, &SpeechEngines::failed, this, &Speaker::failed);
    m_thread.start();
    onSpeechThread([e = m_engines, volume = m_volume] {
        e->start();
        e->setVolume(volume);
        e->setLanguage(QStringLiteral("en"));
    });
}

Speaker::~Speaker()
{
    // Silent, and settled, before the engines are deleted: Qt 6.4's flite plugin deletes its audio
    // output later on its own thread, and crashed once in CI when the engine went first (at
    // tst_speaker's cleanup). Leaving the engines undeleted instead hung the process at exit.
    // A pause narrows that race; it does not close it.
    if (m_engines && m_thread.isRunning()) {
        QMetaObject::invokeMethod(
            m_engines,
            [e = m_engines] {
                e->stop();
                QDeadlineTimer settle(300);
                while (!settle.hasExpired())
                    QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            },
            Qt::BlockingQueuedConnection);
    }
    m_thread.quit();
    m_thread.wait();
}

template<typename F>
void Speaker::onSpeechThread(F &&call)
{
    if (m_engines)
        QMetaObject::invokeMethod(m_engines, std::forward<F>(call), Qt::QueuedConnection);
}

void Speaker::say(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return;
    m_lastSpoken = trimmed;
    Q_EMIT spoken(trimmed);
    onSpeechThread([e = m_engines, trimmed] { e->say(trimmed); });
}

void Speaker::setVolume(double volume)
{
    volume = std::clamp(volume, QuietestVolume, 1.0);
    if (qFuzzyCompare(volume, m_volume))
        return;
    m_volume = volume;
    onSpeechThread([e = m_engines, volume] { e->setVolume(volume); });
    Q_EMIT volumeChanged();
}

bool Speaker::canBeLouder() const
{
    return m_volume < 1.0 - 0.001;
}

bool Speaker::canBeQuieter() const
{
    return m_volume > QuietestVolume + 0.001;
}

void Speaker::louder()
{
    setVolume(m_volume + VolumeStep);
}

void Speaker::quieter()
{
    setVolume(m_volume - VolumeStep);
}

void Speaker::resetVolume()
{
    setVolume(DefaultVolume);
}

void Speaker::stop()
{
    onSpeechThread([e = m_engines] { e->stop(); });
    setSpeaking(false);
}

void Speaker::setLanguage(const QString &code)
{
    onSpeechThread([e = m_engines, code] { e->setLanguage(code); });
}

void Speaker::setSpeaking(bool speaking)
{
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    Q_EMIT speakingChanged();
}

} // namespace chorus
