#pragma once
// Test helper: a private PulseAudio daemon with one null sink, whose monitor (remapped) becomes the
// default microphone, so the real QAudioSource path runs on a machine without sound hardware.

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace chorus::test {

class PulseDaemon {
public:
    static constexpr const char *SinkName = "chorus_null";

    PulseDaemon() = default;
    ~PulseDaemon() { stop(); }

    // Starts the daemon and points this process's PULSE_SERVER at it. False: errorString() says why.
    [[nodiscard]] bool start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_daemon.state() == QProcess::Running; }
    [[nodiscard]] QString errorString() const { return m_error; }
    // Plays a file into the null sink; the returned process runs until the file ends.
    [[nodiscard]] QProcess *play(const QString &wavPath);
    void stopPlaying();
    // A mono 48 kHz 16-bit WAV of a sine tone, for paplay.
    static bool writeToneWav(const QString &path, double seconds, double frequency, double amplitude);
    // Is any stream playing into the sink now?
    [[nodiscard]] bool hasPlayback() const;
    // Runs pactl against this daemon and returns its output, empty on failure.
    [[nodiscard]] QString pactl(const QStringList &arguments) const;

private:
    [[nodiscard]] QProcessEnvironment environment() const;

    QTemporaryDir m_dir;
    QProcess m_daemon;
    QProcess m_player;
    QString m_error;
};

} // namespace chorus::test
