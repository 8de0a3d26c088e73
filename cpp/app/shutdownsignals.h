#pragma once
// SIGTERM and SIGINT end the kiosk the way staff's Exit does: the event loop returns, the store is
// closed (its write-ahead log checkpointed and removed) and the process exits with status 0. systemd
// stops the unit with SIGTERM; without this the app died by the signal and left its WAL behind.

#include <QObject>

class QSocketNotifier;

namespace chorus {

class ShutdownSignals : public QObject {
public:
    // Installs the handlers; a second instance is refused (the signal handler has one pipe).
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace chorus
