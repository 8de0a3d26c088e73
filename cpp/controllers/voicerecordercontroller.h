#pragma once
// What the Speak panel binds to: record, listen back, keep, record again or throw away one voice note.

#include "voice/audioerror.h"

#include <QObject>
#include <QString>
#include <QUrl>
#include <qqmlregistration.h>

#include <memory>

namespace chorus {

class AudioSource;
class VoiceRecorder;

// Not final: QML wraps creatable types in a subclass (QQmlElement<T>).
class VoiceRecorderController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool available READ isAvailable NOTIFY stateChanged)
    Q_PROPERTY(double level READ level NOTIFY progressChanged)
    Q_PROPERTY(int elapsedMs READ elapsedMs NOTIFY progressChanged)
    Q_PROPERTY(int remainingMs READ remainingMs NOTIFY progressChanged)
    Q_PROPERTY(int maxMs READ maxMs WRITE setMaxMs NOTIFY limitsChanged)
    Q_PROPERTY(int warningMs READ warningMs WRITE setWarningMs NOTIFY limitsChanged)
    Q_PROPERTY(bool nearLimit READ isNearLimit NOTIFY progressChanged)
    Q_PROPERTY(QString mediaFolder READ mediaFolder WRITE setMediaFolder NOTIFY mediaFolderChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)
    Q_PROPERTY(QString errorKind READ errorKind NOTIFY errorChanged)
    Q_PROPERTY(QString draftPath READ draftPath NOTIFY stateChanged)
    Q_PROPERTY(QUrl draftUrl READ draftUrl NOTIFY stateChanged)
    Q_PROPERTY(int durationMs READ durationMs NOTIFY stateChanged)

public:
    // Idle: ready to record. Review: a finished note to listen to, keep, redo or discard.
    // Kept: the note belongs to the person's answer; the kiosk adopts draftPath on Send.
    enum class State { Idle, Recording, Review, Kept };
    Q_ENUM(State)

    // int, not qint64: QML (and qmllint in 6.4) handle int natively; 24 days of audio fit.
    static constexpr int DefaultMaxMs = 5 * 60 * 1000;
    static constexpr int DefaultWarningMs = 30 * 1000;

    explicit VoiceRecorderController(QObject *parent = nullptr);
    // For tests and other composition roots that bring their own sound source.
    explicit VoiceRecorderController(std::unique_ptr<AudioSource> source, QObject *parent = nullptr);
    // An unkept draft is deleted here: a screen torn down by the inactivity timeout leaves no file.
    ~VoiceRecorderController() override;

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isAvailable() const;
    [[nodiscard]] double level() const;
    [[nodiscard]] int elapsedMs() const;
    [[nodiscard]] int remainingMs() const;
    [[nodiscard]] int maxMs() const { return m_maxMs; }
    void setMaxMs(int ms);
    [[nodiscard]] int warningMs() const { return m_warningMs; }
    void setWarningMs(int ms);
    [[nodiscard]] bool isNearLimit() const;
    [[nodiscard]] QString mediaFolder() const { return m_mediaFolder; }
    void setMediaFolder(const QString &folder);
    [[nodiscard]] QString errorMessage() const { return m_errorMessage; }
    [[nodiscard]] QString errorKind() const { return m_errorKind; }
    [[nodiscard]] QString draftPath() const;
    [[nodiscard]] QUrl draftUrl() const;
    [[nodiscard]] int durationMs() const { return m_durationMs; }

    Q_INVOKABLE void start();
    Q_INVOKABLE void stop();
    Q_INVOKABLE void playBack();
    Q_INVOKABLE void keep();
    Q_INVOKABLE void reRecord();
    Q_INVOKABLE void discard();
    // Deletes the orphaned drafts of earlier sessions; the app calls it once at start-up.
    Q_INVOKABLE int removeOrphanedDrafts();

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void limitsChanged();
    void mediaFolderChanged();
    void errorChanged();
    // Words for the UI to show and read aloud.
    void limitWarning(const QString &spokenText);
    void limitReached(const QString &spokenText);
    void recordingError(const QString &spokenText);
    void playBackRequested(const QUrl &url);
    void kept(const QString &path, int durationMs);

private:
    void wire();
    void onRecorderState();
    void onProgress();
    void setError(AudioError error);
    void clearError();
    void setState(State state);

    std::unique_ptr<VoiceRecorder> m_recorder;
    State m_state = State::Idle;
    QString m_mediaFolder;
    QString m_keptPath;
    int m_maxMs = DefaultMaxMs;
    int m_warningMs = DefaultWarningMs;
    int m_durationMs = 0;
    bool m_warned = false;
    QString m_errorMessage;
    QString m_errorKind;
};

} // namespace chorus
