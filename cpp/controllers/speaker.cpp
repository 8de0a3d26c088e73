#include "controllers/speaker.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>

Q_LOGGING_CATEGORY(lcSpeech, "chorus.speech")

namespace chorus {

Speaker::Speaker(const QString &engine, QObject *parent)
    : QObject(parent)
{
    if (engine == QLatin1String("none"))
        return;
    const QStringList engines = QTextToSpeech::availableEngines();
    if (engines.isEmpty()) {
        qCInfo(lcSpeech) << "no text-to-speech engine installed; reading aloud is off";
        return;
    }
    m_engineName = engines.contains(engine) ? engine : engines.first();
    m_tts = new QTextToSpeech(m_engineName, this);
    if (m_tts->state() == QTextToSpeech::Error) {
        qCWarning(lcSpeech) << "text-to-speech engine" << m_engineName << "failed to start";
        delete m_tts;
        m_tts = nullptr;
        m_engineName.clear();
        return;
    }
    connect(m_tts, &QTextToSpeech::stateChanged, this,
            [this](QTextToSpeech::State state) { setSpeaking(state == QTextToSpeech::Speaking); });
}

Speaker::~Speaker() = default;

bool Speaker::isAvailable() const
{
    return m_tts != nullptr;
}

void Speaker::say(const QString &text)
{
    const QString trimmed = text.simplified();
    if (trimmed.isEmpty())
        return;
    m_lastSpoken = trimmed;
    Q_EMIT spoken(trimmed);
    if (m_tts) {
        m_tts->stop();
        m_tts->say(trimmed);
    }
}

void Speaker::stop()
{
    if (m_tts)
        m_tts->stop();
    setSpeaking(false);
}

void Speaker::setLanguage(const QString &code)
{
    if (!m_tts)
        return;
    // flite only has English voices; other engines pick a voice for the locale if they have one.
    const QLocale locale(code);
    if (m_tts->availableLocales().contains(locale))
        m_tts->setLocale(locale);
}

void Speaker::setSpeaking(bool speaking)
{
    if (m_speaking == speaking)
        return;
    m_speaking = speaking;
    Q_EMIT speakingChanged();
}

} // namespace chorus
