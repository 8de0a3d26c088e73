// Media drafts becoming content-addressed items, and what is swept away.

#include "storage/devicestore.h"
#include "storage/mediastore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

class TestMediaStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void adoptsDraftUnderItsHash()
    {
        QTemporaryDir dir;
        auto store = DeviceStore::open(dir.filePath(QStringLiteral("m.db")));
        MediaStore media(*store, dir.filePath(QStringLiteral("media")));
        const QString temp = media.temporaryPath(QStringLiteral("ogg"));
        const QByteArray bytes("OggS pretend voice note");
        {
            QFile f(temp);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QString sha = media.adopt(temp, QStringLiteral("audio/ogg"), 1234);
        QCOMPARE(sha, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QVERIFY(!QFile::exists(temp));
        QVERIFY(QFile::exists(media.pathOf(sha)));
        const auto info = media.info(sha);
        QVERIFY(info);
        QCOMPARE(info->bytes, bytes.size());
        QCOMPARE(info->durationMs, 1234);

        // The same content again is one item, and the duplicate draft is gone.
        const QString again = media.temporaryPath(QStringLiteral("ogg"));
        {
            QFile f(again);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QCOMPARE(media.adopt(again, QStringLiteral("audio/ogg"), 1234), sha);
        QVERIFY(!QFile::exists(again));

        media.purge(sha);
        QVERIFY(!QFile::exists(media.pathOf(sha)));
        QVERIFY(!media.info(sha));
    }

    void sweepsOrphanedDrafts()
    {
        QTemporaryDir dir;
        auto store = DeviceStore::open(dir.filePath(QStringLiteral("m.db")));
        MediaStore media(*store, dir.filePath(QStringLiteral("media")));
        for (int i = 0; i < 3; ++i) {
            QFile f(media.temporaryPath(QStringLiteral("ogg")));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile kept(QDir(media.directory()).filePath(QStringLiteral("notes.txt")));
        QVERIFY(kept.open(QIODevice::WriteOnly));
        kept.close();
        QCOMPARE(media.removeOrphanedTemporaries(), 3);
        QCOMPARE(QDir(media.directory()).entryList(QDir::Files), QStringList{QStringLiteral("notes.txt")});
    }

    void rejectsPathsThatAreNotHashes()
    {
        QTemporaryDir dir;
        auto store = DeviceStore::open(dir.filePath(QStringLiteral("m.db")));
        MediaStore media(*store, dir.filePath(QStringLiteral("media")));
        QVERIFY(media.pathOf(QStringLiteral("../../etc/passwd")).isEmpty());
        QVERIFY(!MediaStore::isSha256(QString(64, QLatin1Char('G'))));
        QVERIFY(MediaStore::isSha256(QString(64, QLatin1Char('a'))));
    }
};

QTEST_GUILESS_MAIN(TestMediaStore)
#include "tst_mediastore.moc"
