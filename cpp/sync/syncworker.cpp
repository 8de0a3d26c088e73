#include "sync/syncworker.h"

#include "client/mediadownloader.h"
#include "client/mediauploader.h"
#include "client/syncengine.h"
#include "storage/devicestore.h"
#include "sync/devicesync.h"
#include "sync/syncwords.h"

#include <QDir>

namespace chorus {

using namespace sync::client;

namespace {
QString stateText(DeviceStore &store, const char *key)
{
    return QString::fromStdString(store.state().get(key).value_or(std::string()));
}
} // namespace

SyncWorker::SyncWorker(QString dbPath, QString mediaDir, const std::atomic<bool> *cancel)
    : m_dbPath(std::move(dbPath))
    , m_mediaDir(std::move(mediaDir))
    , m_cancel(cancel)
{ }

SyncWorker::~SyncWorker() = default;

DeviceStore &SyncWorker::store()
{
    // Opened on first use, so on the worker thread: one connection per thread.
    if (!m_store)
        m_store = DeviceStore::open(m_dbPath);
    return *m_store;
}

void SyncWorker::runSync()
{
    try {
        DeviceStore &s = store();
        QDir().mkpath(m_mediaDir);
        const QString url = stateText(s, statekey::kServerUrl);
        auto transport = DeviceSync::transport(
            url.isEmpty() ? QStringLiteral("http://127.0.0.1:1") : url, stateText(s, statekey::kCaFile));
        SyncEngine engine(DeviceSync::engineStore(s, m_mediaDir), *transport);
        engine.setCancelFlag(m_cancel);
        engine.setProgress(
            [this](const SyncProgress &p) { Q_EMIT progressed(QString::fromStdString(p.phase), p.done, p.total); });
        SyncResult r = engine.sync();
        if (r.status == SyncStatus::Done) {
            // What the pull named comes down now; an item that fails is asked for again next run.
            const std::string token = stateText(s, statekey::kToken).toStdString();
            const DownloadResult got
                = MediaDownloader(DeviceSync::engineStore(s, m_mediaDir), *transport, token).downloadAll(m_cancel);
            r.contentChanged = r.contentChanged || got.pictures > 0;
            r.contributionsChanged = r.contributionsChanged || got.contributionMedia > 0;
        }
        Q_EMIT finished(static_cast<int>(r.status), SyncWords::describe(r.problem, r.detail), r.retryAfterSeconds,
            r.contentChanged, r.contributionsChanged);
    } catch (const StorageError &e) {
        Q_EMIT finished(static_cast<int>(SyncStatus::Failed), e.userMessage(), 0, false, false);
    } catch (const std::exception &e) {
        Q_EMIT finished(static_cast<int>(SyncStatus::Failed), QString::fromUtf8(e.what()), 0, false, false);
    }
    refreshCounts();
}

void SyncWorker::runEnrol(const QString &serverUrl, const QString &code, const QString &deviceName)
{
    try {
        DeviceStore &s = store();
        auto transport = DeviceSync::transport(serverUrl, stateText(s, statekey::kCaFile), 30000);
        SyncEngine engine(DeviceSync::engineStore(s, m_mediaDir), *transport);
        const EnrolResult r = engine.enrol(serverUrl.toStdString(), code.toStdString(), deviceName.toStdString());
        Q_EMIT enrolFinished(r.ok, SyncWords::describe(r.problem, r.detail));
    } catch (const StorageError &e) {
        Q_EMIT enrolFinished(false, e.userMessage());
    } catch (const std::exception &e) {
        Q_EMIT enrolFinished(false, QString::fromUtf8(e.what()));
    }
    refreshCounts();
}

void SyncWorker::refreshCounts()
{
    try {
        DeviceStore &s = store();
        Q_EMIT counted(static_cast<int>(s.outbox().size()), static_cast<int>(MediaUploader::waiting(s.db())),
            static_cast<int>(s.outbox().quarantinedCount()),
            stateText(s, statekey::kLastSuccess).toLongLong(), s.state().get(statekey::kToken).has_value(),
            stateText(s, statekey::kServerUrl), stateText(s, statekey::kSite), stateText(s, statekey::kSiteName));
    } catch (const std::exception &) {
        // Counts are advisory; the next sync reports any real storage problem in words.
    }
}

} // namespace chorus
