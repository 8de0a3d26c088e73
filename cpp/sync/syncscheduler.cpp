#include "sync/syncscheduler.h"

#include <QNetworkInformation>
#include <QRandomGenerator>

#include <algorithm>

namespace chorus {

SyncScheduler::SyncScheduler(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    // A coarse timer may fire up to 5% late, which would stretch the backoff cap.
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SyncScheduler::fire);
    planIn(m_timing.afterSaveMs);
}

void SyncScheduler::setTiming(const Timing &timing)
{
    m_timing = timing;
    if (!m_running && !m_paused)
        planIn(m_failures > 0 ? backoffMs(m_failures) : m_timing.afterSaveMs);
}

bool SyncScheduler::watchNetwork()
{
    if (!QNetworkInformation::instance()
        && !QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    auto *info = QNetworkInformation::instance();
    connect(info, &QNetworkInformation::reachabilityChanged, this, [this](QNetworkInformation::Reachability r) {
        if (r == QNetworkInformation::Reachability::Online || r == QNetworkInformation::Reachability::Site)
            networkCameBack();
    });
    return true;
}

int SyncScheduler::backoffMs(int failures) const
{
    // 1x, 2x, 4x ... the base, capped; ±20% jitter so a room of kiosks does not retry in step.
    const int shift = std::clamp(failures - 1, 0, 20);
    const qint64 plain = std::min<qint64>(static_cast<qint64>(m_timing.backoffBaseMs) << shift, m_timing.backoffMaxMs);
    const double jitter = 0.8 + 0.4 * QRandomGenerator::global()->generateDouble();
    return static_cast<int>(std::min<qint64>(static_cast<qint64>(plain * jitter), m_timing.backoffMaxMs));
}

void SyncScheduler::planIn(int ms)
{
    m_timer.start(std::max(0, ms));
}

void SyncScheduler::requestSoon()
{
    if (m_paused)
        return;
    if (m_running) {
        m_wantedWhileRunning = true;
        return;
    }
    // During backoff a Send does not hurry the retry: the server (or the network) needs the rest.
    if (m_failures == 0 && (!m_timer.isActive() || m_timer.remainingTime() > m_timing.afterSaveMs))
        planIn(m_timing.afterSaveMs);
}

void SyncScheduler::requestNow()
{
    m_paused = false;
    if (m_running) {
        m_wantedWhileRunning = true;
        return;
    }
    m_timer.stop();
    fire();
}

void SyncScheduler::pause()
{
    m_paused = true;
    m_timer.stop();
}

void SyncScheduler::resume()
{
    m_paused = false;
    m_failures = 0;
    if (!m_running)
        planIn(0);
}

void SyncScheduler::networkCameBack()
{
    if (m_paused || m_running)
        return;
    // The failures were the network's; try now rather than wait out the backoff.
    m_failures = 0;
    planIn(500);
}

void SyncScheduler::fire()
{
    if (m_running) {
        m_wantedWhileRunning = true;
        return;
    }
    Q_EMIT due();
}

void SyncScheduler::started()
{
    m_running = true;
    m_timer.stop();
}

void SyncScheduler::finished(bool success, int retryAfterMs)
{
    m_running = false;
    m_failures = success ? 0 : m_failures + 1;
    if (m_paused)
        return;
    int next = success ? m_timing.periodMs : backoffMs(m_failures);
    next = std::max(next, retryAfterMs);
    if (m_wantedWhileRunning && success)
        next = std::min(next, m_timing.afterSaveMs);
    m_wantedWhileRunning = false;
    planIn(next);
}

} // namespace chorus
