#include "controllers/inactivitymonitor.h"

#include <QCoreApplication>
#include <QEvent>
#include <QMouseEvent>

namespace chorus {

namespace {
constexpr int tickMs = 250;
}

InactivityMonitor::InactivityMonitor(QObject *parent)
    : QObject(parent)
{
    m_idle.setSingleShot(true);
    m_idle.setInterval(60000);
    m_tick.setInterval(tickMs);
    connect(&m_idle, &QTimer::timeout, this, &InactivityMonitor::startWarning);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        m_remainingMs -= tickMs;
        Q_EMIT secondsLeftChanged();
        if (m_remainingMs > 0)
            return;
        m_tick.stop();
        setWarning(false);
        setArmed(false);
        Q_EMIT expired();
    });
    QCoreApplication::instance()->installEventFilter(this);
}

InactivityMonitor::~InactivityMonitor()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void InactivityMonitor::setArmed(bool armed)
{
    if (m_armed == armed)
        return;
    m_armed = armed;
    m_tick.stop();
    setWarning(false);
    restartQuietSpell();
    Q_EMIT armedChanged();
}

void InactivityMonitor::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    // A countdown already on screen carries on: the question itself is read aloud, and that
    // reading must not hold off the reset it warns about.
    if (!m_warning)
        restartQuietSpell();
    Q_EMIT pausedChanged();
}

void InactivityMonitor::restartQuietSpell()
{
    if (m_armed && !m_paused)
        m_idle.start();
    else
        m_idle.stop();
}

void InactivityMonitor::setTimeoutMs(int ms)
{
    if (ms <= 0 || ms == m_idle.interval())
        return;
    m_idle.setInterval(ms);
    Q_EMIT timingChanged();
}

void InactivityMonitor::setCountdownMs(int ms)
{
    if (ms <= 0 || ms == m_countdownMs)
        return;
    m_countdownMs = ms;
    Q_EMIT timingChanged();
}

int InactivityMonitor::secondsLeft() const
{
    return m_warning ? (m_remainingMs + 999) / 1000 : 0;
}

void InactivityMonitor::poke()
{
    if (!m_armed)
        return;
    m_tick.stop();
    setWarning(false);
    restartQuietSpell();
}

bool InactivityMonitor::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
    case QEvent::KeyPress:
    case QEvent::Wheel:
        poke();
        break;
    case QEvent::MouseMove:
        // Drawing with a finger is activity; a mouse resting on the screen is not.
        if (static_cast<QMouseEvent *>(event)->buttons() != Qt::NoButton)
            poke();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void InactivityMonitor::startWarning()
{
    m_remainingMs = m_countdownMs;
    setWarning(true);
    Q_EMIT secondsLeftChanged();
    m_tick.start();
}

void InactivityMonitor::setWarning(bool warning)
{
    if (m_warning == warning)
        return;
    m_warning = warning;
    Q_EMIT warningChanged();
}

} // namespace chorus
