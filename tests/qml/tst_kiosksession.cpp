// KioskSession's Send: the answer goes from the UI thread to the writer in one hop (a drawing by way
// of one pool thread that draws it), so it is in the store even while the UI thread is busy, and it
// is there, with its drawing, when the Thank-you screen shows.

#include "controllers/kiosksession.h"
#include "storage/contributionrepository.h"
#include "storage/contributionwriter.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace chorus;

namespace {

// How many answers the store holds, read through a connection of its own.
int storedAnswers(const QString &db)
{
    auto reader = DeviceStore::open(db);
    return ContributionRepository(*reader).count();
}

// Waits for an answer in the store while keeping this (the UI) thread busy: nothing queued to it runs.
bool storedWithoutTheUiThread(const QString &db)
{
    QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (storedAnswers(db) > 0)
            return true;
        QThread::msleep(20);
    }
    return false;
}

} // namespace

class TestKioskSession : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = m_dir->filePath(QStringLiteral("device.sqlite"));
        const QString media = m_dir->filePath(QStringLiteral("media"));
        m_store = DeviceStore::open(m_db);
        m_media = std::make_unique<MediaStore>(*m_store, media);
        m_writer = std::make_unique<ContributionWriter>(m_db, media);
        m_session = std::make_unique<KioskSession>(*m_writer, *m_media, QStringLiteral("site-1"));
    }
    void cleanup()
    {
        m_session.reset();
        m_writer.reset();
        m_media.reset();
        m_store.reset();
        m_dir.reset();
    }

    void aWrittenAnswerGoesStraightToTheWriter()
    {
        m_session->begin(QStringLiteral("p-1"));
        m_session->chooseFormat(QStringLiteral("write"));
        m_session->setText(QStringLiteral("The lift is broken again"));
        m_session->send();
        QVERIFY2(storedWithoutTheUiThread(m_db), "the answer waited for the UI thread before the writer");

        QTRY_COMPARE(m_session->state(), KioskSession::State::Sent);
        auto reader = DeviceStore::open(m_db);
        const auto stored = ContributionRepository(*reader).findByReference(m_session->reference());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->text, QStringLiteral("The lift is broken again"));
    }

    void aDrawingGoesByOnePoolThreadToTheWriter()
    {
        m_session->begin(QStringLiteral("p-1"));
        m_session->chooseFormat(QStringLiteral("draw"));
        m_session->addStroke({ QVariantMap { { QStringLiteral("x"), 0.1 }, { QStringLiteral("y"), 0.1 } },
            QVariantMap { { QStringLiteral("x"), 0.9 }, { QStringLiteral("y"), 0.8 } } });
        m_session->send();
        QVERIFY2(storedWithoutTheUiThread(m_db), "the drawing came back to the UI thread before the writer");

        QTRY_COMPARE(m_session->state(), KioskSession::State::Sent);
        auto reader = DeviceStore::open(m_db);
        const auto stored = ContributionRepository(*reader).findByReference(m_session->reference());
        QVERIFY(stored.has_value());
        QCOMPARE(stored->media.size(), 1);
        QVERIFY(QFile::exists(m_media->pathOf(stored->media.constFirst())));
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<DeviceStore> m_store;
    std::unique_ptr<MediaStore> m_media;
    std::unique_ptr<ContributionWriter> m_writer;
    std::unique_ptr<KioskSession> m_session;
};

QTEST_GUILESS_MAIN(TestKioskSession)
#include "tst_kiosksession.moc"
