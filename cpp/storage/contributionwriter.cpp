#include "storage/contributionwriter.h"

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/storageerror.h"
#include "storage/walcheckpointer.h"

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
            m_checkpointer = std::make_unique<WalCheckpointer>(m_store->db());
        }
        MediaStore mediaStore(*m_store, m_mediaDir);
        for (const auto &item : media)
            draft.media << mediaStore.adopt(item.tempPath, item.mime, item.durationMs);
        Contribution stored = ContributionRepository(*m_store).save(std::move(draft));
        m_checkpointer->noteSave();
        return stored;
    }

    // After a save has been reported (none happen before the first save opens the store).
    void checkpointIfDue()
    {
        if (m_checkpointer)
            m_checkpointer->checkpointIfDue();
    }

private:
    QString m_dbPath;
    QString m_mediaDir;
    std::unique_ptr<DeviceStore> m_store;
    std::unique_ptr<WalCheckpointer> m_checkpointer;
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
