#include "sync/synccontroller.h"

#include "client/serveraddress.h"
#include "client/syncresult.h"
#include "controllers/enrolmentqr.h"
#include "storage/contributionwriter.h"
#include "sync/syncwords.h"
#include "sync/syncworker.h"

#include <QImage>
#include <QSysInfo>
#include <QUrl>

namespace chorus {

using sync::client::SyncStatus;

SyncController::SyncController(QString dbPath, QString mediaDir, QObject *parent)
    : QObject(parent)
    , m_worker(new SyncWorker(std::move(dbPath), std::move(mediaDir), &m_cancel))
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &SyncWorker::finished, this, &SyncController::onFinished);
    connect(m_worker, &SyncWorker::counted, this, &SyncController::onCounted);
    connect(m_worker, &SyncWorker::progressed, this, [this](const QString &, int done, int total) {
        m_progress = total > 0 ? static_cast<double>(done) / total : -1;
        Q_EMIT progressChanged();
    });
    connect(m_worker, &SyncWorker::enrolFinished, this, [this](bool ok, const QString &message) {
        m_enrolling = false;
        Q_EMIT enrollingChanged();
        if (ok) {
            setState(Idle, {});
            m_scheduler.resume();
        }
        Q_EMIT enrolFinished(ok, ok ? QString() : message);
    });
    connect(&m_scheduler, &SyncScheduler::due, this, &SyncController::start);
    m_thread.setObjectName(QStringLiteral("chorus-sync"));
    m_thread.start(QThread::LowPriority);
    m_scheduler.watchNetwork();
    refresh();
}

SyncController::~SyncController()
{
    // The engine checks this between requests, so closing waits for one request at most.
    m_cancel = true;
    m_thread.quit();
    m_thread.wait();
}

void SyncController::watch(ContributionWriter *writer)
{
    connect(writer, &ContributionWriter::saved, this, [this] {
        refresh();
        m_scheduler.requestSoon();
    });
}

void SyncController::setServerUrl(const QString &url)
{
    const QString trimmed = url.trimmed();
    if (trimmed == m_serverUrl)
        return;
    m_serverUrl = trimmed;
    Q_EMIT serverUrlChanged();
    // Accepting one unencrypted address is not accepting the next.
    setInsecureAccepted(false);
}

bool SyncController::serverUnencrypted() const
{
    return sync::client::classifyServerAddress(m_serverUrl.toStdString()) == sync::client::ServerAddress::Unencrypted;
}

void SyncController::setInsecureAccepted(bool accepted)
{
    if (accepted == m_insecureAccepted)
        return;
    m_insecureAccepted = accepted;
    Q_EMIT insecureAcceptedChanged();
}

void SyncController::enrol(const QString &code)
{
    const QUrl url(m_serverUrl);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty()) {
        Q_EMIT enrolFinished(false, tr("Enter the server address first, starting with https://"));
        return;
    }
    if (serverUnencrypted() && !m_insecureAccepted) {
        Q_EMIT enrolFinished(false, tr("This address is not encrypted, so answers could be read on the way. Use an "
                                       "address starting with https://, or choose to use this one anyway."));
        return;
    }
    if (code.trimmed().isEmpty()) {
        Q_EMIT enrolFinished(false, tr("Enter the enrolment code a coordinator gave you."));
        return;
    }
    m_enrolling = true;
    Q_EMIT enrollingChanged();
    const QString server = m_serverUrl;
    const QString name = QSysInfo::machineHostName();
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, server, code, name] { w->runEnrol(server, code, name); }, Qt::QueuedConnection);
}

void SyncController::enrolFromQrImage(const QString &file)
{
    const QUrl url(file);
    const QString path = url.isLocalFile() ? url.toLocalFile() : file.trimmed();
    const QImage image(path);
    if (image.isNull()) {
        Q_EMIT enrolFinished(false, tr("That picture could not be opened. Check the file name."));
        return;
    }
    const QString code = EnrolmentQr::codeFromImage(image);
    if (code.isEmpty()) {
        Q_EMIT enrolFinished(false, tr("No Chorus enrolment QR code was found in that picture."));
        return;
    }
    enrol(code);
}

void SyncController::syncNow()
{
    m_scheduler.requestNow();
}

void SyncController::refresh()
{
    QMetaObject::invokeMethod(m_worker, &SyncWorker::refreshCounts, Qt::QueuedConnection);
}

void SyncController::start()
{
    if (m_scheduler.running())
        return;
    m_scheduler.started();
    m_progress = -1;
    Q_EMIT progressChanged();
    setState(Syncing, m_lastError);
    QMetaObject::invokeMethod(m_worker, &SyncWorker::runSync, Qt::QueuedConnection);
}

void SyncController::setState(State state, const QString &error)
{
    if (state == m_state && error == m_lastError)
        return;
    m_state = state;
    m_lastError = error;
    Q_EMIT stateChanged();
}

void SyncController::onFinished(
    int status, const QString &message, int retryAfterSeconds, bool contentChanged, bool contributionsChanged)
{
    switch (static_cast<SyncStatus>(status)) {
    case SyncStatus::Done:
    case SyncStatus::Cancelled:
        m_scheduler.finished(true);
        setState(Idle, {});
        break;
    case SyncStatus::Offline:
        m_scheduler.finished(false);
        setState(Offline, SyncWords::status(SyncStatus::Offline));
        break;
    case SyncStatus::RateLimited:
        m_scheduler.finished(false, retryAfterSeconds * 1000);
        setState(Error, SyncWords::status(SyncStatus::RateLimited));
        break;
    case SyncStatus::Failed:
        m_scheduler.finished(false);
        setState(Error, SyncWords::status(SyncStatus::Failed, message));
        break;
    case SyncStatus::NotEnrolled:
        m_scheduler.finished(false);
        m_scheduler.pause();
        setState(NotEnrolled, SyncWords::status(SyncStatus::NotEnrolled));
        break;
    case SyncStatus::UpdateNeeded:
        m_scheduler.finished(false);
        m_scheduler.pause();
        setState(UpdateNeeded, SyncWords::status(SyncStatus::UpdateNeeded));
        break;
    case SyncStatus::Revoked:
        m_scheduler.finished(false);
        m_scheduler.pause();
        setState(Revoked, SyncWords::status(SyncStatus::Revoked));
        break;
    }
    m_progress = -1;
    Q_EMIT progressChanged();
    if (contentChanged)
        Q_EMIT this->contentChanged();
    if (contributionsChanged)
        Q_EMIT this->contributionsChanged();
}

void SyncController::onCounted(
    int changes, int media, int quarantined, qint64 lastSuccessMs, bool enrolled, const QString &serverUrl, const QString &siteId,
    const QString &siteName)
{
    m_itemsWaiting = changes;
    m_mediaWaiting = media;
    m_changesQuarantined = quarantined;
    m_lastSuccess = lastSuccessMs > 0 ? QDateTime::fromMSecsSinceEpoch(lastSuccessMs) : QDateTime();
    m_siteId = siteId;
    m_siteName = siteName;
    m_enrolled = enrolled;
    if (!serverUrl.isEmpty() && m_serverUrl.isEmpty())
        setServerUrl(serverUrl);
    Q_EMIT countsChanged();
    if (!enrolled && m_state == Idle && !m_enrolling) {
        m_scheduler.pause();
        setState(NotEnrolled, SyncWords::status(SyncStatus::NotEnrolled));
    }
}

} // namespace chorus
