#include "controllers/speechengines.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QTextToSpeech>

Q_DECLARE_LOGGING_CATEGORY(lcSpeech)

namespace chorus {

SpeechEngines::SpeechEngines(QStringList preferred, QObject *parent)
    : QObject(parent)
    , m_preferred(std::move(preferred))
{ }

SpeechEngines::~SpeechEngines() = default;

void SpeechEngines::start()
{
    QStringList order;
    const QStringList installed = QTextToSpeech::availableEngines();
    for (const QString &name : m_preferred)
        if (installed.contains(name))
            order.append(name);
    for (const QString &name : installed)
        if (!order.contains(name))
            order.append(name);
    for (const QString &name : std::as_const(order)) {
        auto *tts = new QTextToSpeech(name, this);
        if (tts->state() == QTextToSpeech::Error) {
            qCWarning(lcSpeech) << "text-to-speech engine" << name << "failed to start";
            delete tts;
            continue;
        }
        // The first engine in the order with a voice for a language reads that language.
        for (const QLocale &locale : tts->availableLocales()) {
            const QString code = QLocale::languageToCode(locale.language());
            if (!m_voices.contains(code))
                m_voices.insert(code, name);
        }
        connect(tts, &QTextToSpeech::stateChanged, this, [this, tts](QTextToSpeech::State state) {
            if (!m_current || m_current->tts != tts)
                return;
            if (state == QTextToSpeech::Error)
                Q_EMIT failed(m_current->name);
            Q_EMIT speaking(state == QTextToSpeech::Speaking);
        });
        m_engines.push_back({ name, tts });
    }
    qCInfo(lcSpeech) << "engines" << order << "speak" << m_voices.size() << "languages";
    Q_EMIT started(m_voices);
}

SpeechEngines::Engine *SpeechEngines::engineFor(const QString &code)
{
    const QString name = m_voices.value(code).toString();
    for (Engine &e : m_engines)
        if (e.name == name)
            return &e;
    return nullptr;
}

void SpeechEngines::setLanguage(const QString &code)
{
    stop();
    // The engine being left would report its Ready to nobody: speech ends here.
    Q_EMIT speaking(false);
    m_current = engineFor(code);
    if (!m_current) {
        Q_EMIT voiceChosen({}, {}, {});
        return;
    }
    const QLocale::Language language = QLocale(code).language();
    const QList<QLocale> locales = m_current->tts->availableLocales();
    // The engine's own locale for the language (cy_GB, ar_EG…), not one it may not list.
    const auto it = std::find_if(
        locales.begin(), locales.end(), [language](const QLocale &l) { return l.language() == language; });
    if (it != locales.end() && m_current->tts->locale() != *it)
        m_current->tts->setLocale(*it);
    Q_EMIT voiceChosen(m_current->name, m_current->tts->voice().name(), m_current->tts->locale().name());
}

void SpeechEngines::say(const QString &text)
{
    if (!m_current)
        return;
    m_current->tts->stop();
    if (m_volume >= 0)
        m_current->tts->setVolume(m_volume);
    m_current->tts->say(text);
}

void SpeechEngines::setVolume(double volume)
{
    m_volume = volume;
    for (Engine &e : m_engines)
        e.tts->setVolume(volume);
}

void SpeechEngines::stop()
{
    for (Engine &e : m_engines)
        if (e.tts->state() == QTextToSpeech::Speaking || e.tts->state() == QTextToSpeech::Paused)
            e.tts->stop();
}

} // namespace chorus
