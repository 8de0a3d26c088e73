#include "controllers/pinbackoff.h"

#include <algorithm>

namespace chorus {

PinBackOff::PinBackOff(Clock clock)
    : m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{ }

void PinBackOff::restore(int failures, const QDateTime &notBefore)
{
    m_failures = std::max(0, failures);
    m_notBefore = notBefore;
}

int PinBackOff::waitSeconds() const
{
    if (!m_notBefore.isValid())
        return 0;
    const qint64 ms = m_clock().msecsTo(m_notBefore);
    return ms > 0 ? int((ms + 999) / 1000) : 0;
}

void PinBackOff::failed()
{
    ++m_failures;
    if (m_failures >= kFreeTries) {
        const int wait = std::min(kMaxWaitSeconds, 5 << std::min(m_failures - kFreeTries, 6));
        m_notBefore = m_clock().addSecs(wait);
    }
}

void PinBackOff::succeeded()
{
    m_failures = 0;
    m_notBefore = {};
}

} // namespace chorus
