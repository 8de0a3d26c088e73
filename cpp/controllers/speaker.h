#pragma once
// Reads text aloud through Qt TextToSpeech, and remembers what it was asked to say so tests and
// staff mode can see it even on a machine with no speech engine.

#include <QObject>
#include <QString>
#include <qqmlregistration.h>

class QTextToSpeech;

namespace chorus {

class Speaker final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Speaker is built by the application")
    Q_PROPERTY(bool available READ isAvailable CONSTANT)
    Q_PROPERTY(bool speaking READ isSpeaking NOTIFY speakingChanged)
    Q_PROPERTY(QString lastSpoken READ lastSpoken NOTIFY spoken)
    Q_PROPERTY(QString engineName READ engineName CONSTANT)

public:
    // `engine` names a Qt TextToSpeech engine; "none" runs without speech (tests, silent kiosks).
    explicit Speaker(const QString &engine, QObject *parent = nullptr);
    ~Speaker() override;

    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] bool isSpeaking() const { return m_speaking; }
    [[nodiscard]] QString lastSpoken() const { return m_lastSpoken; }
    [[nodiscard]] QString engineName() const { return m_engineName; }

    Q_INVOKABLE void say(const QString &text);
    Q_INVOKABLE void stop();
    void setLanguage(const QString &code);

Q_SIGNALS:
    void speakingChanged();
    void spoken(const QString &text);

private:
    void setSpeaking(bool speaking);

    QTextToSpeech *m_tts = nullptr;
    QString m_engineName;
    QString m_lastSpoken;
    bool m_speaking = false;
};

} // namespace chorus
