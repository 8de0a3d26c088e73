#pragma once
// Reads text aloud through Qt TextToSpeech in the interface language, with whichever installed engine
// has a voice for it (flite for English, speechd with espeak-ng for Welsh and Arabic). It remembers
// what it was asked to say so tests and staff mode can see it even on a machine with no speech engine.

#include <QObject>
#include <QString>
#include <QThread>
#include <QVariantMap>
#include <qqmlregistration.h>

namespace chorus {

class SpeechEngines;

class Speaker final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Speaker is built by the application")
    // False until the engines have started and listed their voices (a few seconds, on the speech thread).
    Q_PROPERTY(bool ready READ isReady NOTIFY voicesChanged)
    // Language code → engine name, for every language this device can read aloud.
    Q_PROPERTY(QVariantMap voices READ voices NOTIFY voicesChanged)
    // Whether the current language can be read aloud.
    Q_PROPERTY(bool available READ isAvailable NOTIFY voiceChanged)
    Q_PROPERTY(QString engineName READ engineName NOTIFY voiceChanged)
    Q_PROPERTY(QString voiceName READ voiceName NOTIFY voiceChanged)
    Q_PROPERTY(QString voiceLocale READ voiceLocale NOTIFY voiceChanged)
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    Q_PROPERTY(QString lastSpoken READ lastSpoken NOTIFY spoken)
    // How loud reading aloud is, 0 to 1, in steps a person changes with Louder and Quieter; each
    // visit starts at the default (EN 301 549 5.1.3.12 speaker volume, 5.1.3.13 volume reset).
    Q_PROPERTY(double volume READ volume WRITE setVolume NOTIFY volumeChanged)
    Q_PROPERTY(bool canBeLouder READ canBeLouder NOTIFY volumeChanged)
    Q_PROPERTY(bool canBeQuieter READ canBeQuieter NOTIFY volumeChanged)

public:
    static constexpr double DefaultVolume = 0.7;
    static constexpr double VolumeStep = 0.15;
    static constexpr double QuietestVolume = 0.25;

    // `engine` names a Qt TextToSpeech engine to prefer; empty: choose per language; "none": no speech
    // (tests, silent kiosks).
    explicit Speaker(const QString &engine, QObject *parent = nullptr);
    ~Speaker() override;

    [[nodiscard]] bool isReady() const { return m_ready; }
    [[nodiscard]] QVariantMap voices() const { return m_voices; }
    [[nodiscard]] bool isAvailable() const { return !m_engineName.isEmpty(); }
    [[nodiscard]] QString engineName() const { return m_engineName; }
    [[nodiscard]] QString voiceName() const { return m_voiceName; }
    [[nodiscard]] QString voiceLocale() const { return m_voiceLocale; }
    [[nodiscard]] bool isSpeaking() const { return m_speaking; }
    [[nodiscard]] QString lastSpoken() const { return m_lastSpoken; }

    [[nodiscard]] double volume() const { return m_volume; }
    void setVolume(double volume);
    [[nodiscard]] bool canBeLouder() const;
    [[nodiscard]] bool canBeQuieter() const;

    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();
    Q_INVOKABLE void louder();
    Q_INVOKABLE void quieter();
    // Back to the default volume, for the next person.
    Q_INVOKABLE void resetVolume();
    void setLanguage(const QString &code);

Q_SIGNALS:
    void voicesChanged();
    void voiceChanged();
    void speakingChanged();
    void volumeChanged();
    void spoken(const QString &text);
    // The engine reported an error while speaking (e.g. no sound output).
    void failed(const QString &engine);

private:
    void setSpeaking(bool speaking);
    template<typename F>
    void onSpeechThread(F &&call);

    QThread m_thread;
    SpeechEngines *m_engines = nullptr;
    bool m_ready = false;
    QVariantMap m_voices;
    QString m_engineName;
    QString m_voiceName;
    QString m_voiceLocale;
    QString m_lastSpoken;
    bool m_speaking = false;
    double m_volume = DefaultVolume;
};

} // namespace chorus
