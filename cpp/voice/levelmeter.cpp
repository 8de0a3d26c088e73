#include "levelmeter.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>

namespace chorus {

void LevelMeter::process(const qint16 *samples, qsizetype count)
{
    if (count <= 0)
        return;
    int peak = 0;
    for (qsizetype i = 0; i < count; ++i)
        peak = std::max(peak, std::abs(int(samples[i])));
    const double blockDb = peak > 0 ? 20.0 * std::log10(peak / 32768.0) : FloorDb;
    const double released = m_db - ReleaseDbPerSecond * double(count) / m_rate;
    m_db = std::clamp(std::max(blockDb, released), FloorDb, 0.0);
}

double LevelMeter::level() const
{
    return (m_db - FloorDb) / -FloorDb;
}

} // namespace chorus
