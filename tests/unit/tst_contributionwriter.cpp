// Saving off the UI thread: the signal arrives with the stored contribution, or a message in words.

#include "storage/contributionrepository.h"
#include "storage/contributionwriter.h"
#include "storage/devicestore.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

class TestContributionWriter : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savesOnWorkerThreadWithMedia()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.db"));
        const QString mediaDir = dir.filePath(QStringLiteral("media"));
        ContributionWriter writer(db, mediaDir);
        QSignalSpy saved(&writer, &ContributionWriter::saved);
        QSignalSpy failed(&writer, &ContributionWriter::saveFailed);

        const QString temp = mediaDir + QStringLiteral("/draft-test.png");
        QDir().mkpath(mediaDir);
        {
            QFile f(temp);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("\x89PNG drawing");
        }
        Contribution draft;
        draft.promptId = QStringLiteral("p1");
        draft.format = AnswerFormat::Draw;
        writer.save(draft, {PendingMedia{temp, QStringLiteral("image/png"), 0}});
        QVERIFY(saved.wait(5000));
        QCOMPARE(failed.count(), 0);
        const auto stored = saved.at(0).at(0).value<Contribution>();
        QCOMPARE(stored.media.size(), 1);

        auto store = DeviceStore::open(db);
        const auto found = ContributionRepository(*store).findByReference(stored.reference);
        QVERIFY(found);
        QCOMPARE(found->media, stored.media);
        QVERIFY(QFile::exists(mediaDir + QLatin1Char('/') + stored.media.first()));
    }

    void reportsFailureInWords()
    {
        QTemporaryDir dir;
        ContributionWriter writer(dir.filePath(QStringLiteral("w.db")), dir.filePath(QStringLiteral("media")));
        QSignalSpy saved(&writer, &ContributionWriter::saved);
        QSignalSpy failed(&writer, &ContributionWriter::saveFailed);
        Contribution draft;
        draft.promptId = QStringLiteral("p1");
        draft.format = AnswerFormat::Write; // no text: not ready to send
        writer.save(draft);
        QVERIFY(failed.wait(5000));
        QCOMPARE(saved.count(), 0);
        QVERIFY(failed.at(0).at(0).toString().contains(QStringLiteral("write your answer")));
    }
};

QTEST_GUILESS_MAIN(TestContributionWriter)
#include "tst_contributionwriter.moc"
