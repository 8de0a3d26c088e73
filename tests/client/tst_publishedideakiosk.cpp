// "Me too" with the person's picture, and taken down with their answer, on a real kiosk app: a
// drawing is answered on one kiosk, a coordinator publishes an idea from it on the dashboard with its
// picture; a kiosk app (its own KioskContext and QML, enrolled to a real chorus-server) shows the
// idea with the drawing, reads it aloud with its words, and a person taps "Me too". Then the person
// withdraws their answer at the desk: on the kiosk's next sync the card, the drawing and the support
// go, and no byte of the idea's words or the drawing is left in any file the kiosk keeps.

#include "kioskapptest.h"
#include "filesholding.h"
#include "../qml/quickfind.h"

#include "controllers/kioskcontext.h"
#include "controllers/speaker.h"
#include "storage/devicestore.h"
#include "storage/publishedidearepository.h"
#include "sync/synccontroller.h"

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;
using chorus::dashtest::Json;
using chorus::test::filesHolding;

namespace {
// Its words are the canary: no file of the kiosk may keep them once the idea is withdrawn.
const QString kWords = QStringLiteral("A garden where we grow vegetables, with a shed for tools");

// A drawing as the kiosk saves one: a PNG of a few coloured strokes.
QByteArray drawing()
{
    QImage image(320, 240, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setPen(QPen(QColor(0x1b, 0x7f, 0x3b), 14, Qt::SolidLine, Qt::RoundCap));
    p.drawLine(40, 200, 160, 40);
    p.drawLine(160, 40, 280, 200);
    p.setPen(QPen(QColor(0xc0, 0x39, 0x2b), 10));
    p.drawEllipse(QPoint(160, 150), 50, 40);
    p.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void saveScreenshot(QQuickWindow *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("CHORUS_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        window->grabWindow().save(folder + QLatin1Char('/') + name);
}
} // namespace

class TestPublishedIdeaKiosk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theDrawingShowsAndGoesWithTheAnswer()
    {
        dashtest::Server server;
        const test::DashboardOrg made = test::makeDashboardOrg(server, "Ideas org", "coord@ideas.org", "password-ideas-1");
        QCOMPARE(made.loginStatus, 200);
        const dashtest::Session &coordinator = made.coordinator;
        const std::string &org = made.org, &site = made.site;

        // A drawing answered on another kiosk.
        dashtest::Kiosk maker = dashtest::enrolKiosk(server, org, site);
        const QByteArray png = drawing();
        // A run from the middle of the compressed picture: the bytes no copy may keep.
        const QByteArray canary = png.mid(png.size() / 2, 48);
        std::string sha;
        QCOMPARE(maker.putMedia(server, png.toStdString(), &sha).status, 200);
        const std::int64_t t0 = dashtest::nowMs() - 60000;
        const Json answer { { "id", "chg-draw-1" }, { "kind", "contribution" }, { "record", "draw-1" },
            { "fields",
                { { "prompt_id", dashtest::fieldAt(maker, "p-1", t0) }, { "format", dashtest::fieldAt(maker, "draw", t0) },
                    { "created_at", dashtest::fieldAt(maker, t0, t0) }, { "language", dashtest::fieldAt(maker, "en", t0) },
                    { "reference", dashtest::fieldAt(maker, "GRDN-4821-ABCD", t0) },
                    { "media", dashtest::fieldAt(maker, Json::array({ sha }), t0) } } } };
        QCOMPARE(maker.push(server, Json::array({ answer })).status, 200);

        // Published with its picture (only a drawing answer's picture can be).
        const dashtest::Reply published = coordinator.post(server, "/dashboard/api/published-ideas",
            { { "text", { { "en", kWords.toStdString() } } }, { "source_id", "draw-1" }, { "picture", true } });
        QVERIFY2(published.status == 200, published.body.c_str());
        const std::string ideaId = published.json()["id"];
        QCOMPARE(published.json().value("symbol", ""), "picture:" + sha);

        QTemporaryDir dir;
        const QString dbPath = dir.filePath(QStringLiteral("device.sqlite"));
        {
            test::KioskApp kiosk(dir.path());
            KioskContext &context = kiosk.context();
            const QString media = kiosk.media();
            QQuickWindow *window = kiosk.window();
            QVERIFY(window);
            const QString refused = kiosk.enrol(server, org, site);
            QVERIFY2(refused.isEmpty(), qPrintable(refused));
            SyncController &sync = context.sync();
            // The first sync brings the idea, then its drawing.
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(media + QLatin1Char('/') + QString::fromStdString(sha)), 30000);
            QVERIFY(!filesHolding(dir.path(), canary).isEmpty()); // the scan below would see it

            QQuickItem *ideasButton = test::findItem(window->contentItem(), QStringLiteral("ideasHereButton"));
            QVERIFY(ideasButton);
            QMetaObject::invokeMethod(ideasButton, "clicked");
            QTRY_VERIFY(test::findItem(window->contentItem(), QStringLiteral("publishedIdea_0")));
            QQuickItem *card = test::findItem(window->contentItem(), QStringLiteral("publishedIdea_0"));
            QQuickItem *picture = test::findItem(card, QStringLiteral("publishedIdeaSymbol_0"));
            QVERIFY(picture && picture->isVisible());
            QTRY_VERIFY(picture->property("showingPicture").toBool());
            // The drawing itself, loaded from the kiosk's media folder (Image.Ready), not a stand-in symbol.
            QQuickItem *image = picture->childItems().value(0);
            QVERIFY(image);
            QTRY_COMPARE(image->property("status").toInt(), 1);
            QVERIFY(image->property("source").toUrl().isLocalFile());
            QVERIFY(picture->width() >= 2 * 64);
            QCOMPARE(test::accessibleName(picture), QStringLiteral("The drawing that came with this idea"));
            QVERIFY(test::accessibleName(card).contains(kWords));
            saveScreenshot(window, QStringLiteral("metoo-drawing.png"));
            // Portrait (a tablet on its side): the card keeps its drawing beside the words.
            const QSize landscape = window->size();
            window->resize(landscape.height(), landscape.width());
            QTRY_VERIFY(card->width() < landscape.height());
            QVERIFY(picture->isVisible() && picture->width() >= 2 * 64);
            saveScreenshot(window, QStringLiteral("metoo-drawing-portrait.png"));
            window->resize(landscape);

            // Read aloud, its words and that a drawing comes with them.
            QQuickItem *read = test::findItem(card, QStringLiteral("readPublishedIdea_0"));
            QMetaObject::invokeMethod(read, "clicked");
            QTRY_VERIFY(context.speaker().lastSpoken().contains(kWords));
            QVERIFY(context.speaker().lastSpoken().contains(QStringLiteral("drawing")));
            QMetaObject::invokeMethod(test::findItem(card, QStringLiteral("meToo_0")), "clicked");
            QTRY_VERIFY(card->property("supported").toBool());
            {
                auto store = DeviceStore::open(dbPath);
                QCOMPARE(PublishedIdeaRepository(*store).supportsHere(QString::fromStdString(ideaId)), 1);
            }

            // The person withdraws their answer at the desk; the kiosk's next sync takes the idea down.
            const dashtest::Reply withdrawn = coordinator.post(server, "/dashboard/api/contributions/draw-1/withdraw", Json::object());
            QVERIFY2(withdrawn.status == 200, withdrawn.body.c_str());
            sync.syncNow();
            QTRY_VERIFY_WITH_TIMEOUT(!test::findItem(window->contentItem(), QStringLiteral("publishedIdea_0")), 30000);
            QVERIFY(!QFile::exists(media + QLatin1Char('/') + QString::fromStdString(sha)));
            auto store = DeviceStore::open(dbPath);
            QVERIFY(PublishedIdeaRepository(*store).published(QString()).isEmpty());
            QCOMPARE(PublishedIdeaRepository(*store).supportsHere(QString::fromStdString(ideaId)), 0);
        }
        // Closed as the app leaves it: nothing of the words or the drawing in any file.
        QStringList left = filesHolding(dir.path(), kWords.toUtf8()) + filesHolding(dir.path(), canary);
        QVERIFY2(left.isEmpty(), qPrintable(left.join(QStringLiteral(", "))));
    }
};

int main(int argc, char **argv)
{
    return test::runKioskTest<TestPublishedIdeaKiosk>(argc, argv);
}

#include "tst_publishedideakiosk.moc"
