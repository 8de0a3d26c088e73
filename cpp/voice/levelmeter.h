#pragma once
// Turns blocks of samples into a 0..1 loudness a person can watch move while they speak.

#include <QtGlobal>

namespace chorus {

class LevelMeter {
public:
    // Below this the bar is empty: room noise should not look like speech.
    static constexpr double FloorDb = -60.0;
    // How fast the bar falls back, so short syllables stay visible long enough to see.
    static constexpr double ReleaseDbPerSecond = 30.0;

    explicit LevelMeter(int sampleRate = 48000)
        : m_rate(sampleRate)
    { }

    void reset() { m_db = FloorDb; }
    void setSampleRate(int rate) { m_rate = rate; }
    // Rises at once to the block's peak, falls back at the release rate.
    void process(const qint16 *samples, qsizetype count);
    [[nodiscard]] double level() const; // 0 (silence) .. 1 (full scale)
    [[nodiscard]] double decibels() const { return m_db; }

private:
    int m_rate;
    double m_db = FloorDb;
};

} // namespace chorus
