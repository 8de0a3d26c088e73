#pragma once
// The default microphone through Qt Multimedia's QAudioSource, delivered as mono 16-bit samples.

#include "audiosource.h"

#include <QAudioDevice>
#include <QAudioFormat>
#include <QTimer>

#include <vector>

class QAudioSource;
class QIODevice;
class QMediaDevices;

namespace chorus {

class QtAudioSource final : public AudioSource {
    Q_OBJECT
public:
    // No sound at all for this long while recording means the microphone has gone.
    static constexpr int StallTimeoutMs = 3000;

    explicit QtAudioSource(QObject *parent = nullptr);
    ~QtAudioSource() override;

    // Checks for a microphone without opening it, so the kiosk can offer Speak only when it can work.
    [[nodiscard]] static bool hasMicrophone();

    [[nodiscard]] bool start() override;
    void stop() override;
    [[nodiscard]] int sampleRate() const override;
    [[nodiscard]] AudioError error() const override { return m_error; }
    [[nodiscard]] bool isAvailable() const override { return hasMicrophone(); }
    [[nodiscard]] QString deviceName() const { return m_device.description(); }

private:
    void drain();
    void lose(const char *why);
    void checkDeviceStillPresent();
    void checkStall();

    QMediaDevices *m_devices;
    QAudioDevice m_device;
    QAudioFormat m_format;
    QAudioSource *m_audio = nullptr;
    QIODevice *m_io = nullptr;
    QTimer m_watchdog;
    qint64 m_lastBytes = 0;
    qint64 m_bytesAtLastCheck = 0;
    int m_stalledMs = 0;
    AudioError m_error = AudioError::None;
    std::vector<qint16> m_mono;
    QByteArray m_raw;
};

} // namespace chorus
