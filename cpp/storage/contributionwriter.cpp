#include "storage/contributionwriter.h"

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/storageerror.h"

#include <QMetaObject>

#include <memory>

namespace chorus {

namespace {
// Lives on the worker thread; opens its connection there on first use.
class WriterWorker : public QObject {
public:
    WriterWorker(QString dbPath, QString mediaDir)
        : m_dbPath(std::move(dbPath))
        , m_mediaDir(std::move(mediaDir))
    {
    }
    Contribution save(Contribution draft, const QList<PendingMedia> &media)
    {
        if (!m_store) {
            m_store = DeviceStore::open(m_dbPath);
            // This connection copies the WAL back into the database between saves (checkpointIfDue),
            // never inside a save's commit: the commit that did it was the slowest 1% of saves.
            m_store->db().exec("PRAGMA wal_autocheckpoint=0");
        }
        MediaStore mediaStore(*m_store, m_mediaDir);
        for (const auto &item : media)
            draft.media << mediaStore.adopt(item.tempPath, item.mime, item.durationMs);
        Contribution stored = ContributionRepository(*m_store).save(std::move(draft));
        ++m_savesSinceCheckpoint;
        return stored;
    }

    // After a save has been reported. PASSIVE never waits for readers; what it cannot copy now, a
    // later one will, and other connections still checkpoint on their own at SQLite's default.
    void checkpointIfDue()
    {
        if (m_savesSinceCheckpoint < ContributionWriter::kCheckpointEvery)
            return;
        m_savesSinceCheckpoint = 0;
        try {
            m_store->db().exec("PRAGMA wal_checkpoint(PASSIVE)");
        } catch (const sqlite::Error &) {
            // Nothing is lost: the saves are durable in the WAL, and the next try copies them.
        }
    }

private:
    QString m_dbPath;
    QString m_mediaDir;
    std::unique_ptr<DeviceStore> m_store;
    int m_savesSinceCheckpoint = 0;
};
} // namespace

ContributionWriter::ContributionWriter(QString dbPath, QString mediaDir, QObject *parent)
    : QObject(parent)
    , m_worker(new WriterWorker(std::move(dbPath), std::move(mediaDir)))
{
    qRegisterMetaType<chorus::Contribution>();
    m_thread.setObjectName(QStringLiteral("chorus-writer"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

ContributionWriter::~ContributionWriter()
{
    m_thread.quit();
    m_thread.wait();
}

void ContributionWriter::save(const Contribution &draft, const QList<PendingMedia> &media)
{
    auto *worker = static_cast<WriterWorker *>(m_worker);
    QMetaObject::invokeMethod(m_worker, [this, worker, draft, media] {
        try {
            const Contribution stored = worker->save(draft, media);
            QMetaObject::invokeMethod(this, [this, stored] { Q_EMIT saved(stored); }, Qt::QueuedConnection);
        } catch (const StorageError &e) {
            const QString message = e.userMessage();
            QMetaObject::invokeMethod(this, [this, message] { Q_EMIT saveFailed(message); }, Qt::QueuedConnection);
        }
        worker->checkpointIfDue();
    });
}

} // namespace chorus
