#pragma once
// Decides when the device syncs: shortly after each Send, on a timer, when the network comes back,
// and on request; backs off exponentially with jitter after failures and never overlaps two runs.

#include <QObject>
#include <QTimer>

namespace chorus {

class SyncScheduler : public QObject {
    Q_OBJECT
public:
    struct Timing {
        int afterSaveMs = 5000;
        int periodMs = 10 * 60 * 1000;
        int backoffBaseMs = 15 * 1000;
        int backoffMaxMs = 30 * 60 * 1000;
    };

    explicit SyncScheduler(QObject *parent = nullptr);
    void setTiming(const Timing &timing);
    // Follows QNetworkInformation where a backend exists; false means the timer alone decides.
    bool watchNetwork();

    // A contribution was just saved.
    void requestSoon();
    // Staff pressed "Sync now": at once, whatever the backoff says.
    void requestNow();
    // Stops automatic runs (not enrolled, app too old, revoked) until requestNow() or resume().
    void pause();
    void resume();

    void started();
    // retryAfterMs > 0 when the server asked us to wait at least that long.
    void finished(bool success, int retryAfterMs = 0);

    [[nodiscard]] bool running() const { return m_running; }
    [[nodiscard]] bool paused() const { return m_paused; }
    [[nodiscard]] int failures() const { return m_failures; }
    // Milliseconds until the next automatic run; -1 when none is planned.
    [[nodiscard]] int msUntilNext() const { return m_timer.isActive() ? m_timer.remainingTime() : -1; }
    [[nodiscard]] int backoffMs(int failures) const;

Q_SIGNALS:
    void due();

private:
    void planIn(int ms);
    void fire();
    void networkCameBack();

    Timing m_timing;
    QTimer m_timer;
    bool m_running = false;
    bool m_paused = false;
    bool m_wantedWhileRunning = false;
    int m_failures = 0;
};

} // namespace chorus
