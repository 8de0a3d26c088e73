#include "qtaudiosource.h"

#include "voicelog.h"

#include <QAudioSource>
#include <QMediaDevices>

#include <algorithm>
#include <cmath>
#include <cstring>

namespace chorus {

QtAudioSource::QtAudioSource(QObject *parent)
    : AudioSource(parent)
    , m_devices(new QMediaDevices(this))
{
    m_watchdog.setInterval(500);
    connect(&m_watchdog, &QTimer::timeout, this, &QtAudioSource::checkStall);
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, &QtAudioSource::checkDeviceStillPresent);
}

QtAudioSource::~QtAudioSource()
{
    stop();
}

bool QtAudioSource::hasMicrophone()
{
    return !QMediaDevices::defaultAudioInput().isNull();
}

bool QtAudioSource::start()
{
    stop();
    m_error = AudioError::None;
    m_device = QMediaDevices::defaultAudioInput();
    if (m_device.isNull()) {
        m_error = AudioError::NoDevice;
        return false;
    }
    m_format = QAudioFormat();
    m_format.setSampleRate(48000);
    m_format.setChannelCount(1);
    m_format.setSampleFormat(QAudioFormat::Int16);
    if (!m_device.isFormatSupported(m_format))
        m_format = m_device.preferredFormat();

    // Not our child, nor is the backend object Qt makes for it (Qt 6.4 gives that the same parent):
    // Qt 6.4's PulseAudio source runs the event loop inside its destructor, and when that loop
    // deletes us (a Speak screen going away), our children would be deleted in the middle of
    // their own destructor. stop() deletes it, always later.
    m_audio = new QAudioSource(m_device, m_format, nullptr);
    m_io = m_audio->start();
    // Qt 6.4 has no permission API: a refused microphone shows up as a device that will not open.
    if (!m_io || m_audio->error() != QAudio::NoError) {
        qCInfo(chorusVoice) << "could not open" << m_device.description() << "error" << m_audio->error();
        m_audio->deleteLater();
        m_audio = nullptr;
        m_io = nullptr;
        m_error = AudioError::PermissionDenied;
        return false;
    }
    qCInfo(chorusVoice) << "recording from" << m_device.description() << m_format;
    connect(m_io, &QIODevice::readyRead, this, &QtAudioSource::drain);
    connect(m_audio, &QAudioSource::stateChanged, this, [this](QAudio::State state) {
        if (state == QAudio::StoppedState && m_audio && m_audio->error() != QAudio::NoError)
            lose("stream stopped with an error");
    });
    m_lastBytes = 0;
    m_bytesAtLastCheck = 0;
    m_stalledMs = 0;
    m_raw.clear();
    m_watchdog.start();
    return true;
}

void QtAudioSource::stop()
{
    m_watchdog.stop();
    if (!m_audio)
        return;
    QAudioSource *audio = m_audio;
    m_audio = nullptr;
    m_io = nullptr;
    audio->disconnect(this);
    audio->stop();
    // Deleted later: stop() may be called from inside this source's own readyRead.
    audio->deleteLater();
}

int QtAudioSource::sampleRate() const
{
    return m_format.isValid() ? m_format.sampleRate() : 48000;
}

void QtAudioSource::drain()
{
    if (!m_io)
        return;
    m_raw += m_io->readAll();
    const int frameBytes = m_format.bytesPerFrame();
    const qsizetype frames = frameBytes > 0 ? m_raw.size() / frameBytes : 0;
    if (frames == 0)
        return;
    m_lastBytes += frames * frameBytes;
    m_mono.resize(size_t(frames));
    const char *data = m_raw.constData();
    const int channels = m_format.channelCount();
    const int sampleBytes = m_format.bytesPerSample();
    if (m_format.sampleFormat() == QAudioFormat::Int16 && channels == 1) {
        std::memcpy(m_mono.data(), data, size_t(frames) * sizeof(qint16));
    } else {
        for (qsizetype f = 0; f < frames; ++f) {
            float sum = 0;
            for (int c = 0; c < channels; ++c)
                sum += m_format.normalizedSampleValue(data + f * frameBytes + c * sampleBytes);
            m_mono[size_t(f)] = qint16(std::lround(std::clamp(sum / channels, -1.0f, 1.0f) * 32767.0f));
        }
    }
    m_raw.remove(0, frames * frameBytes);
    Q_EMIT samplesReady(m_mono.data(), frames);
}

void QtAudioSource::lose(const char *why)
{
    if (!m_audio)
        return;
    qCWarning(chorusVoice) << "microphone lost:" << why;
    stop();
    m_error = AudioError::DeviceLost;
    Q_EMIT failed(m_error);
}

void QtAudioSource::checkDeviceStillPresent()
{
    if (!m_audio)
        return;
    const QList<QAudioDevice> inputs = QMediaDevices::audioInputs();
    if (!inputs.contains(m_device))
        lose("device unplugged");
}

void QtAudioSource::checkStall()
{
    if (!m_audio)
        return;
    // Some backends only signal readyRead lazily; pull here too so the stall check sees fresh data.
    drain();
    m_stalledMs = m_lastBytes == m_bytesAtLastCheck ? m_stalledMs + int(m_watchdog.interval()) : 0;
    m_bytesAtLastCheck = m_lastBytes;
    if (m_stalledMs >= StallTimeoutMs)
        lose("no sound arrived");
}

} // namespace chorus
