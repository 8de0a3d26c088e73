#pragma once
// Where a voice note's sound comes from: the microphone in the app, a generator in tests.

#include "audioerror.h"

#include <QObject>

namespace chorus {

class AudioSource : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;
    ~AudioSource() override = default;

    // False when recording cannot begin; error() then says why.
    [[nodiscard]] virtual bool start() = 0;
    virtual void stop() = 0;
    // Rate of the mono samples passed to samplesReady; the encoder resamples anything but 48 kHz.
    [[nodiscard]] virtual int sampleRate() const = 0;
    [[nodiscard]] virtual AudioError error() const = 0;
    // Whether there is anything to record from at all, asked before offering the Speak format.
    [[nodiscard]] virtual bool isAvailable() const = 0;

Q_SIGNALS:
    // Mono signed 16-bit samples, valid only during the call: connect directly, never queued,
    // so audio goes straight to the encoder without a copy.
    void samplesReady(const qint16 *samples, qsizetype count);
    // The source stopped by itself mid-recording (device unplugged, stream died).
    void failed(chorus::AudioError error);
};

} // namespace chorus
