#pragma once
// Runs the sync engine on its own thread with its own store connection, so a sync never delays a
// person using the kiosk. Talks to the controller only by queued signals.

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace chorus {

class DeviceStore;

class SyncWorker : public QObject {
    Q_OBJECT
public:
    SyncWorker(QString dbPath, QString mediaDir, const std::atomic<bool> *cancel);
    ~SyncWorker() override;

public Q_SLOTS:
    void runSync();
    void runEnrol(const QString &serverUrl, const QString &code, const QString &deviceName);
    void refreshCounts();

Q_SIGNALS:
    // status is a sync::client::SyncStatus; message is empty when the run succeeded.
    void finished(
        int status, const QString &message, int retryAfterSeconds, bool contentChanged, bool contributionsChanged);
    void progressed(const QString &phase, int done, int total);
    void enrolFinished(bool ok, const QString &message);
    void counted(int changesWaiting, int mediaWaiting, int changesQuarantined, qint64 lastSuccessMs, bool enrolled, const QString &serverUrl,
        const QString &siteId, const QString &siteName);

private:
    DeviceStore &store();

    QString m_dbPath;
    QString m_mediaDir;
    const std::atomic<bool> *m_cancel;
    std::unique_ptr<DeviceStore> m_store;
};

} // namespace chorus
