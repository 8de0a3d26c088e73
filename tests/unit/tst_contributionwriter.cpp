// Saving off the UI thread: the signal arrives with the stored contribution, or a message in words.

#include "storage/contributionrepository.h"
#include "storage/contributionwriter.h"
#include "sqlite/database.h"
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

    // The writer copies the WAL into the database itself, after every kCheckpointEvery-th save is
    // reported, rather than SQLite doing it inside whichever commit crosses 1000 pages (about the
    // 125th save here: then no answer would be in the database file alone yet).
    void checkpointsBetweenSaves()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("w.db"));
        ContributionWriter writer(db, dir.filePath(QStringLiteral("media")));
        QSignalSpy saved(&writer, &ContributionWriter::saved);
        Contribution draft;
        draft.promptId = QStringLiteral("p1");
        draft.format = AnswerFormat::Write;
        draft.text = QStringLiteral("A long enough answer to fill a page or so of the log, as real ones do. ").repeated(8);
        for (int i = 0; i < ContributionWriter::kCheckpointEvery; ++i)
            writer.save(draft);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), ContributionWriter::kCheckpointEvery, 30000);
        // The database file without its WAL: a copy holds every answer once the checkpoint after
        // the last save has run.
        const QString copy = dir.filePath(QStringLiteral("main-only.db"));
        auto answersInMainFile = [&] {
            QFile::remove(copy);
            QFile::remove(copy + QStringLiteral("-wal"));
            if (!QFile::copy(db, copy))
                return -1;
            try {
                auto c = sqlite::Database::open(copy.toStdString());
                auto s = c->prepare("SELECT count(*) FROM contributions");
                return s.step() ? static_cast<int>(s.integer(0)) : -1;
            } catch (const sqlite::Error &) {
                return -1; // copied mid-checkpoint, or before the first one made the table
            }
        };
        QTRY_COMPARE_WITH_TIMEOUT(answersInMainFile(), ContributionWriter::kCheckpointEvery, 10000);
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
