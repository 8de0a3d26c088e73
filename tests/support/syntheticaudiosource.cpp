#include "syntheticaudiosource.h"

#include <cmath>
#include <numbers>

namespace chorus {

SyntheticAudioSource::SyntheticAudioSource(int sampleRate, QObject *parent)
    : AudioSource(parent)
    , m_rate(sampleRate)
{ }

void SyntheticAudioSource::setSignal(Signal signal, double amplitude, double frequency)
{
    m_signal = signal;
    m_amplitude = amplitude;
    m_frequency = frequency;
}

bool SyntheticAudioSource::start()
{
    m_error = m_startError;
    if (m_error != AudioError::None)
        return false;
    m_running = true;
    m_phase = 0.0;
    m_position = 0;
    return true;
}

void SyntheticAudioSource::stop()
{
    m_running = false;
}

void SyntheticAudioSource::generate(qint64 ms, int blockMs)
{
    qint64 remaining = ms * m_rate / 1000;
    const qsizetype blockSize = qsizetype(blockMs) * m_rate / 1000;
    m_block.resize(size_t(blockSize));
    // A sweep from 100 Hz to 4 kHz over ten seconds, repeating: it exercises the whole speech band.
    const double sweepPeriod = 10.0 * m_rate;
    while (m_running && remaining > 0) {
        const qsizetype n = qsizetype(std::min<qint64>(remaining, blockSize));
        for (qsizetype i = 0; i < n; ++i, ++m_position) {
            double frequency = m_frequency;
            if (m_signal == Signal::Sweep)
                frequency = 100.0 * std::pow(40.0, std::fmod(double(m_position), sweepPeriod) / sweepPeriod);
            m_phase = std::fmod(m_phase + 2.0 * std::numbers::pi * frequency / m_rate, 2.0 * std::numbers::pi);
            const double value = m_signal == Signal::Silence ? 0.0 : m_amplitude * std::sin(m_phase);
            m_block[size_t(i)] = qint16(std::lround(value * 32767.0));
        }
        remaining -= n;
        Q_EMIT samplesReady(m_block.data(), n);
    }
}

void SyntheticAudioSource::unplug()
{
    if (!m_running)
        return;
    m_running = false;
    m_error = AudioError::DeviceLost;
    Q_EMIT failed(m_error);
}

} // namespace chorus
