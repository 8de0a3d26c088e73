// A drawing between its saving and Send (controllers/drawingrenderer): written as an encrypted
// draft, so a kiosk killed with SIGKILL in that moment leaves no readable picture in its media
// folder; the process that wrote it still opens it whole for Send. Its lines are as wide, for their
// size, as the pad and the preview draw them.

#include "controllers/drawingrenderer.h"
#include "seal/draftkeys.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <csignal>
#include <cstdio>

using namespace chorus;

namespace {

QList<QPolygonF> someStrokes()
{
    return { QPolygonF({ { 0.1, 0.1 }, { 0.9, 0.2 }, { 0.5, 0.8 } }), QPolygonF({ { 0.2, 0.7 }, { 0.3, 0.3 } }) };
}

// What a plain PNG always holds: its signature and the names of its chunks.
const QList<QByteArray> kPngMarks { QByteArray("\x89PNG\r\n\x1a\n", 8), QByteArray("IHDR"), QByteArray("IDAT"),
    QByteArray("IEND") };

QStringList readablePictures(const QString &dir)
{
    QStringList found;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = f.readAll();
        for (const QByteArray &mark : kPngMarks)
            if (bytes.contains(mark))
                found << path + QStringLiteral(" holds ") + QString::fromLatin1(mark.toHex());
    }
    return found;
}

// The child: saves a drawing as Send does, says so, and waits to be killed before Send adopts it.
int writeAndWait(const QString &path)
{
    if (!drawing::writeDraft(drawing::render(someStrokes()), path))
        return 2;
    std::printf("written\n");
    std::fflush(stdout);
    for (;;)
        QThread::sleep(1);
}

} // namespace

class TestDrawingDraft : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theWriterOpensItsDraftWhole()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("draft-1.png"));
        const QImage image = drawing::render(someStrokes());
        QVERIFY(drawing::writeDraft(image, path));
        const auto opened = sync::seal::DraftKeys::open(QFile::encodeName(path).toStdString());
        QVERIFY(opened.has_value());
        QImage back;
        QVERIFY(back.loadFromData(QByteArray(opened->data(), qsizetype(opened->size())), "PNG"));
        QCOMPARE(back.convertToFormat(image.format()), image);
        QCOMPARE(QFile::permissions(path) & (QFile::ReadGroup | QFile::ReadOther), QFile::Permissions());
        sync::seal::DraftKeys::forget(QFile::encodeName(path).toStdString());
    }

    // A line across the middle is kStrokeWidthShare of the picture's width thick, at any size.
    void linesAreTheSharedWidth_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("sent size") << QSize(1200, 900);
        QTest::newRow("half size") << QSize(600, 450);
    }
    void linesAreTheSharedWidth()
    {
        QFETCH(QSize, size);
        const QImage image = drawing::render({ QPolygonF({ { 0.1, 0.5 }, { 0.9, 0.5 } }) }, size);
        int dark = 0;
        for (int y = 0; y < image.height(); ++y)
            dark += qGray(image.pixel(image.width() / 2, y)) < 128 ? 1 : 0;
        const double expected = drawing::kStrokeWidthShare * size.width();
        QVERIFY2(std::abs(dark - expected) <= 1.0, qPrintable(QStringLiteral("%1 dark pixels, %2 expected").arg(dark).arg(expected)));
    }

    void killedBetweenSaveAndSendLeavesNoPicture()
    {
        // The scan finds a plain drawing: the same picture saved plainly holds every mark.
        QTemporaryDir reference;
        QVERIFY(drawing::render(someStrokes()).save(reference.filePath(QStringLiteral("plain.png")), "PNG"));
        QCOMPARE(readablePictures(reference.path()).size(), kPngMarks.size());

        QTemporaryDir media;
        const QString path = media.filePath(QStringLiteral("draft-kill.png"));
        QProcess child;
        child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--write-drawing-and-wait"), path });
        QVERIFY(child.waitForStarted());
        QVERIFY2(child.waitForReadyRead(30000), child.readAllStandardError().constData());
        QCOMPARE(child.readAllStandardOutput().trimmed(), QByteArray("written"));
        ::kill(static_cast<pid_t>(child.processId()), SIGKILL);
        QVERIFY(child.waitForFinished(10000));
        QVERIFY(QFile::exists(path));
        QVERIFY(QFile(path).size() > 100);
        const QStringList leaks = readablePictures(media.path());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
        // Its key died with it: nobody, this process included, opens it.
        QVERIFY(!sync::seal::DraftKeys::open(QFile::encodeName(path).toStdString()).has_value());
    }
};

int main(int argc, char **argv)
{
    if (argc == 3 && qstrcmp(argv[1], "--write-drawing-and-wait") == 0)
        return writeAndWait(QString::fromLocal8Bit(argv[2]));
    QCoreApplication app(argc, argv);
    TestDrawingDraft test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_drawingdraft.moc"
