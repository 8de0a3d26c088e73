#pragma once
// The text-to-speech engines themselves, living on the speech thread: starting an engine (speechd
// spawns its server) and listing its voices takes seconds, which the kiosk's screen must never wait for.

#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <vector>

class QTextToSpeech;

namespace chorus {

class SpeechEngines final : public QObject {
    Q_OBJECT

public:
    // `preferred`: engines to try first, in order; every other installed engine follows.
    explicit SpeechEngines(QStringList preferred, QObject *parent = nullptr);
    ~SpeechEngines() override;

    // Each starts on the speech thread, in the order they were asked for.
    void start();
    void setLanguage(const QString &code);
    void say(const QString &text);
    void stop();
    // 0 to 1, for every engine: the next words are read at this volume.
    void setVolume(double volume);

Q_SIGNALS:
    // Language code (ISO 639) → engine with a voice for it, for every language some engine speaks.
    void started(const QVariantMap &voices);
    // The voice now chosen for the language; all empty when no engine speaks it.
    void voiceChosen(const QString &engine, const QString &voice, const QString &locale);
    void speaking(bool on);
    void failed(const QString &engine);

private:
    struct Engine {
        QString name;
        QTextToSpeech *tts;
    };
    [[nodiscard]] Engine *engineFor(const QString &code);

    QStringList m_preferred;
    std::vector<Engine> m_engines;
    QVariantMap m_voices;
    Engine *m_current = nullptr;
    double m_volume = -1; // below 0: leave each engine at its own default
};

} // namespace chorus
