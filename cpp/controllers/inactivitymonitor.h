#pragma once
// Watches for any touch, click or key; after a quiet spell asks "Are you still there?" and, if
// nobody answers within the countdown, says the draft must be thrown away. While the kiosk is busy
// on the person's behalf (recording, playing back, reading aloud) nobody needs to touch the screen,
// so the quiet spell does not run.

#include <QObject>
#include <QTimer>
#include <qqmlregistration.h>

namespace chorus {

class InactivityMonitor : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("InactivityMonitor is built by the application")
    Q_PROPERTY(bool armed READ isArmed WRITE setArmed NOTIFY armedChanged)
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timingChanged)
    Q_PROPERTY(int countdownMs READ countdownMs WRITE setCountdownMs NOTIFY timingChanged)
    // Set while recording, playing back or reading aloud; the quiet spell starts afresh when it clears.
    Q_PROPERTY(bool paused READ isPaused WRITE setPaused NOTIFY pausedChanged)
    Q_PROPERTY(bool warning READ isWarning NOTIFY warningChanged)
    Q_PROPERTY(int secondsLeft READ secondsLeft NOTIFY secondsLeftChanged)

public:
    explicit InactivityMonitor(QObject *parent = nullptr);
    ~InactivityMonitor() override;

    [[nodiscard]] bool isArmed() const { return m_armed; }
    void setArmed(bool armed);
    [[nodiscard]] bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    [[nodiscard]] int timeoutMs() const { return m_idle.interval(); }
    void setTimeoutMs(int ms);
    [[nodiscard]] int countdownMs() const { return m_countdownMs; }
    void setCountdownMs(int ms);
    [[nodiscard]] bool isWarning() const { return m_warning; }
    [[nodiscard]] int secondsLeft() const;

    // Any sign of a person: restarts the quiet spell and dismisses the question.
    Q_INVOKABLE void poke();

Q_SIGNALS:
    void armedChanged();
    void pausedChanged();
    void timingChanged();
    void warningChanged();
    void secondsLeftChanged();
    void expired();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void startWarning();
    void restartQuietSpell();
    void setWarning(bool warning);

    QTimer m_idle;
    QTimer m_tick;
    int m_countdownMs = 15000;
    int m_remainingMs = 0;
    bool m_armed = false;
    bool m_paused = false;
    bool m_warning = false;
};

} // namespace chorus
