#pragma once
// The sync facade for QML: state, progress, last success, what is waiting and the last error in
// plain words; enrolment and "Sync now". The engine runs on a worker thread; a scheduler decides when.

#include "sync/syncscheduler.h"

#include <QDateTime>
#include <QObject>
#include <QThread>
#include <qqmlregistration.h>

#include <atomic>

namespace chorus {

class ContributionWriter;
class SyncWorker;

class SyncController : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("SyncController is built by the composition root")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QDateTime lastSuccess READ lastSuccess NOTIFY countsChanged)
    Q_PROPERTY(int itemsWaiting READ itemsWaiting NOTIFY countsChanged)
    Q_PROPERTY(int mediaWaiting READ mediaWaiting NOTIFY countsChanged)
    // Changes the server refused for good: kept here, not sent, until someone looks (chorus-cli quarantine).
    Q_PROPERTY(int changesQuarantined READ changesQuarantined NOTIFY countsChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl WRITE setServerUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString siteId READ siteId NOTIFY countsChanged)
    Q_PROPERTY(QString siteName READ siteName NOTIFY countsChanged)
    Q_PROPERTY(bool enrolling READ enrolling NOTIFY enrollingChanged)
    // The address is plain http:// to another machine: staff are warned, and must accept it to enrol.
    Q_PROPERTY(bool serverUnencrypted READ serverUnencrypted NOTIFY serverUrlChanged)
    Q_PROPERTY(bool insecureAccepted READ insecureAccepted WRITE setInsecureAccepted NOTIFY insecureAcceptedChanged)

public:
    enum State { Idle, Syncing, Offline, Error, NotEnrolled, UpdateNeeded, Revoked };
    Q_ENUM(State)

    SyncController(QString dbPath, QString mediaDir, QObject *parent = nullptr);
    ~SyncController() override;

    // Syncs shortly after each saved contribution.
    void watch(ContributionWriter *writer);
    [[nodiscard]] SyncScheduler &scheduler() { return m_scheduler; }

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool busy() const { return m_state == Syncing; }
    [[nodiscard]] double progress() const { return m_progress; }
    [[nodiscard]] QDateTime lastSuccess() const { return m_lastSuccess; }
    [[nodiscard]] int itemsWaiting() const { return m_itemsWaiting; }
    [[nodiscard]] int mediaWaiting() const { return m_mediaWaiting; }
    [[nodiscard]] int changesQuarantined() const { return m_changesQuarantined; }
    [[nodiscard]] QString lastError() const { return m_lastError; }
    [[nodiscard]] QString serverUrl() const { return m_serverUrl; }
    void setServerUrl(const QString &url);
    [[nodiscard]] QString siteId() const { return m_siteId; }
    [[nodiscard]] QString siteName() const { return m_siteName; }
    [[nodiscard]] bool enrolling() const { return m_enrolling; }
    [[nodiscard]] bool serverUnencrypted() const;
    [[nodiscard]] bool insecureAccepted() const { return m_insecureAccepted; }
    void setInsecureAccepted(bool accepted);
    [[nodiscard]] bool enrolled() const { return m_enrolled; }

    Q_INVOKABLE void enrol(const QString &code);
    // Enrols with the code read from a picture of its QR code (a file path or file: URL).
    Q_INVOKABLE void enrolFromQrImage(const QString &file);
    Q_INVOKABLE void syncNow();
    Q_INVOKABLE void refresh();

Q_SIGNALS:
    void stateChanged();
    void progressChanged();
    void countsChanged();
    void serverUrlChanged();
    void enrollingChanged();
    void insecureAcceptedChanged();
    void enrolFinished(bool ok, const QString &message);
    // A pull changed prompts, outcomes or settings: models showing them should reload.
    void contentChanged();
    void contributionsChanged();

private:
    void start();
    void onFinished(
        int status, const QString &message, int retryAfterSeconds, bool contentChanged, bool contributionsChanged);
    void onCounted(
        int changes, int media, int quarantined, qint64 lastSuccessMs, bool enrolled, const QString &serverUrl, const QString &siteId,
        const QString &siteName);
    void setState(State state, const QString &error);

    QThread m_thread;
    SyncWorker *m_worker;
    std::atomic<bool> m_cancel { false };
    SyncScheduler m_scheduler;
    State m_state = Idle;
    double m_progress = -1;
    QDateTime m_lastSuccess;
    int m_itemsWaiting = 0;
    int m_mediaWaiting = 0;
    int m_changesQuarantined = 0;
    QString m_lastError;
    QString m_serverUrl;
    QString m_siteId;
    QString m_siteName;
    bool m_enrolled = false;
    bool m_insecureAccepted = false;
    bool m_enrolling = false;
};

} // namespace chorus
