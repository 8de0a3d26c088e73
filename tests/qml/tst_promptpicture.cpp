// A prompt's uploaded picture on the kiosk (SymbolIcon with "picture:<sha256>"): a neutral symbol
// with words saying the picture has not arrived while the file is missing, the picture itself once
// sync has put the file in the media folder, and ordinary symbols unchanged and decorative.

#include "controllers/kioskcontext.h"
#include "controllers/picturelibrary.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;

namespace {
QObject *accessibleOf(QQuickItem *item)
{
    for (QObject *child : item->children())
        if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0)
            return child;
    return nullptr;
}
} // namespace

class TestPromptPicture : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void showsThePictureOnceItArrives()
    {
        QTemporaryDir dir;
        const QString media = dir.filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        KioskContext context(
            { dir.filePath(QStringLiteral("device.sqlite")), media, QStringLiteral("none"), false, true });
        context.installSingletons();

        QImage image(40, 30, QImage::Format_RGB32);
        image.fill(Qt::darkGreen);
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(image.save(&buffer, "PNG"));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Components/SymbolIcon.qml")));
        std::unique_ptr<QQuickItem> icon(qobject_cast<QQuickItem *>(component.createWithInitialProperties(
            { { QStringLiteral("name"), QVariant(QStringLiteral("picture:") + sha) } })));
        QVERIFY2(icon, qPrintable(component.errorString()));
        QQuickItem *picture = icon->childItems().value(0);
        QVERIFY(picture);

        // Not here yet: the neutral symbol, and words saying so.
        QCOMPARE(picture->property("source").toUrl(), QUrl(QStringLiteral("qrc:/chorus/assets/symbols/question.svg")));
        QObject *a = accessibleOf(icon.get());
        QVERIFY(a);
        QCOMPARE(a->property("ignored").toBool(), false);
        QCOMPARE(a->property("name").toString(), QStringLiteral("The question's picture has not arrived yet"));

        // Sync puts the file in the folder and says so: the picture itself shows.
        QFile file(QDir(media).filePath(sha));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(png);
        file.close();
        context.pictures().refresh();
        QCOMPARE(picture->property("source").toUrl(), QUrl::fromLocalFile(QDir(media).absoluteFilePath(sha)));
        QTRY_COMPARE(picture->property("status").toInt(), 1); // Image.Ready
        QCOMPARE(a->property("name").toString(), QStringLiteral("The question's picture"));

        // An ordinary symbol is unchanged: its SVG, and decorative (words stand beside it).
        icon->setProperty("name", QStringLiteral("food"));
        QCOMPARE(picture->property("source").toUrl(), QUrl(QStringLiteral("qrc:/chorus/assets/symbols/food.svg")));
        QCOMPARE(a->property("ignored").toBool(), true);
        // A name that only looks like a picture is not read from the folder.
        QVERIFY(!PictureLibrary::isPicture(QStringLiteral("picture:../../etc/passwd")));
        QVERIFY(context.pictures().source(QStringLiteral("picture:") + sha.toUpper()).isEmpty());
    }
};

QTEST_MAIN(TestPromptPicture)
#include "tst_promptpicture.moc"
