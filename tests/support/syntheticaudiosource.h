#pragma once
// A stand-in microphone for tests and benchmarks: a tone or sweep of exactly known length.

#include "voice/audiosource.h"

#include <vector>

namespace chorus {

class SyntheticAudioSource final : public AudioSource {
    Q_OBJECT
public:
    enum class Signal { Tone, Sweep, Silence };

    explicit SyntheticAudioSource(int sampleRate = 48000, QObject *parent = nullptr);

    void setSignal(Signal signal, double amplitude = 0.5, double frequency = 440.0);
    // Makes start() fail, as a kiosk without a microphone or without permission would.
    void setStartError(AudioError error) { m_startError = error; }

    [[nodiscard]] bool start() override;
    void stop() override;
    [[nodiscard]] int sampleRate() const override { return m_rate; }
    [[nodiscard]] AudioError error() const override { return m_error; }
    [[nodiscard]] bool isAvailable() const override { return m_startError != AudioError::NoDevice; }
    [[nodiscard]] bool isRunning() const { return m_running; }

    // Delivers the next `ms` of sound in blocks of `blockMs`, as fast as the receiver takes them.
    void generate(qint64 ms, int blockMs = 20);
    // Behaves like a microphone that is pulled out: the source stops and reports it.
    void unplug();

private:
    int m_rate;
    Signal m_signal = Signal::Tone;
    double m_amplitude = 0.5;
    double m_frequency = 440.0;
    double m_phase = 0.0;
    qint64 m_position = 0;
    bool m_running = false;
    AudioError m_startError = AudioError::None;
    AudioError m_error = AudioError::None;
    std::vector<qint16> m_block;
};

} // namespace chorus
