#pragma once
// Saves contributions on a worker thread with its own store connection, so the UI thread never
// waits on disk. A save is durable when `saved` is emitted.

#include "domain/contribution.h"
#include "storage/mediastore.h"
#include "storage/walcheckpointer.h"

#include <QList>
#include <QObject>
#include <QThread>

namespace chorus {

class ContributionWriter : public QObject {
    Q_OBJECT
public:
    explicit ContributionWriter(QString dbPath, QString mediaDir, QObject *parent = nullptr);
    ~ContributionWriter() override;

    // The WAL goes back into the database after every this many saves, once the last is reported.
    static constexpr int kCheckpointEvery = WalCheckpointer::kEvery;

public Q_SLOTS:
    // Adopts the draft's media (voice note, drawing) and saves it, in that order, on the writer's
    // thread. Callable from any thread: it only queues the work there.
    void save(const chorus::Contribution &draft, const QList<chorus::PendingMedia> &media = {});

Q_SIGNALS:
    void saved(const chorus::Contribution &stored);
    void saveFailed(const QString &message);

private:
    QThread m_thread;
    QObject *m_worker;
};

} // namespace chorus

Q_DECLARE_METATYPE(chorus::Contribution)
Q_DECLARE_METATYPE(chorus::PendingMedia)
