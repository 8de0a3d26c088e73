#pragma once
// Records one voice note at a time: sound source → level meter → Ogg Opus draft file, with a length
// limit, and deletes the draft unless someone takes it with release().

#include "audiosource.h"
#include "levelmeter.h"
#include "opusfilewriter.h"

#include <QObject>

#include <memory>

namespace chorus {

class VoiceRecorder : public QObject {
    Q_OBJECT
public:
    enum class State { Idle, Recording, Recorded };
    Q_ENUM(State)

    static constexpr qint64 DefaultMaxDurationMs = 5 * 60 * 1000;

    explicit VoiceRecorder(std::unique_ptr<AudioSource> source, QObject *parent = nullptr);
    ~VoiceRecorder() override;

    void setMaxDurationMs(qint64 ms) { m_maxMs = ms; }
    [[nodiscard]] qint64 maxDurationMs() const { return m_maxMs; }

    // Starts a new note at draftPath, first deleting any draft this recorder still holds.
    // False when recording cannot begin: lastError() says why and no file is left behind.
    [[nodiscard]] bool start(const QString &draftPath);
    // Finishes the file and keeps it for review.
    void stop();
    // Deletes the draft, whether still recording or finished.
    void discard();
    // Hands the finished draft's path to the caller, who now owns the file; empty unless Recorded.
    [[nodiscard]] QString release();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] qint64 elapsedMs() const;
    [[nodiscard]] double level() const { return m_meter.level(); }
    [[nodiscard]] QString draftPath() const { return m_path; }
    [[nodiscard]] AudioError lastError() const { return m_error; }
    [[nodiscard]] AudioSource *source() const { return m_source.get(); }

Q_SIGNALS:
    void stateChanged(chorus::VoiceRecorder::State state);
    void progressed(); // elapsed time and level moved on
    void limitReached();
    // Recording stopped by itself; what was recorded so far is kept for review.
    void interrupted(chorus::AudioError error);
    // Recording stopped by itself and nothing could be kept.
    void failed(chorus::AudioError error);

private:
    void onSamples(const qint16 *samples, qsizetype count);
    void onSourceFailed(AudioError error);
    void finishRecording();
    void fail(AudioError error);
    void setState(State state);

    std::unique_ptr<AudioSource> m_source;
    OpusFileWriter m_writer;
    LevelMeter m_meter;
    QString m_path;
    qint64 m_maxMs = DefaultMaxDurationMs;
    State m_state = State::Idle;
    AudioError m_error = AudioError::None;
};

} // namespace chorus
