#pragma once
// Plays one voice note and says how long it is: the Speak panel's review of its (encrypted) draft,
// decrypted in memory only, and staff mode's stored notes.

#include <QObject>
#include <QString>
#include <QUrl>
#include <qqmlregistration.h>

class QAudioOutput;
class QBuffer;
class QMediaPlayer;

namespace chorus {

// Not final: QML wraps creatable types in a subclass (QQmlElement<T>).
class VoicePlayer : public QObject {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString source READ source WRITE setSource NOTIFY sourceChanged)
    Q_PROPERTY(int durationMs READ durationMs NOTIFY sourceChanged)
    Q_PROPERTY(QString durationText READ durationText NOTIFY sourceChanged)
    Q_PROPERTY(QString durationSpoken READ durationSpoken NOTIFY sourceChanged)
    Q_PROPERTY(int positionMs READ positionMs NOTIFY positionChanged)
    Q_PROPERTY(bool playing READ isPlaying NOTIFY playingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorChanged)

public:
    explicit VoicePlayer(QObject *parent = nullptr);
    ~VoicePlayer() override;

    // A local file path (staff mode passes MediaStore::pathOf(sha), the Speak panel its draft);
    // empty stops and clears.
    [[nodiscard]] QString source() const { return m_source; }
    void setSource(const QString &path);
    // Read from the file itself, so the length shows before anything plays.
    [[nodiscard]] int durationMs() const { return m_durationMs; }
    [[nodiscard]] QString durationText() const { return clockText(m_durationMs); }
    [[nodiscard]] QString durationSpoken() const { return spokenText(m_durationMs); }
    [[nodiscard]] int positionMs() const;
    [[nodiscard]] bool isPlaying() const;
    [[nodiscard]] QString errorMessage() const { return m_error; }

    Q_INVOKABLE void play();
    Q_INVOKABLE void pause();
    Q_INVOKABLE void stop();

    // "1:05" for the screen and "1 minute 5 seconds" for the screen reader.
    [[nodiscard]] static QString clockText(qint64 ms);
    [[nodiscard]] static QString spokenText(qint64 ms);

Q_SIGNALS:
    void sourceChanged();
    void positionChanged();
    void playingChanged();
    void errorChanged();

private:
    void setError(const QString &message);

    // Stops playing and zeroes the decrypted draft's bytes in place (every copy sharing them too).
    void forgetDraft();

    QMediaPlayer *m_player;
    QAudioOutput *m_output;
    // A draft's plain bytes, played from memory: they never go back to the disk.
    // A draft (the person's own note, on the Check screen) decrypted in memory only; wiped by
    // forgetDraft() when the player moves on or goes away.
    QBuffer *m_draft;
    QString m_source;
    int m_durationMs = 0;
    QString m_error;
};

} // namespace chorus
