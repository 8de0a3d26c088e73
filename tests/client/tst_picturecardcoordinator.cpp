// A picture card made on a coordinator device reaches a kiosk: a real chorus-server; a coordinator
// device (its own KioskContext, enrolled as a coordinator) makes a card from a picture file with its
// words in English, Welsh and Arabic, and syncs it as the picture_card kind with its picture; a
// prompt on the dashboard names it; a kiosk app (its own KioskContext and QML) enrolled to the same
// server shows it, with its picture and words, on the picture-sorting screen after its sync. The
// dashboard lists the card as made on the device, and refuses nothing about it.

#include "../integration/dashboard/dashharness.h"
#include "../qml/quickfind.h"

#include "controllers/kioskcontext.h"
#include "controllers/languageswitcher.h"
#include "controllers/picturecardlibrary.h"
#include "controllers/picturecardmaker.h"
#include "sync/synccontroller.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;
using chorus::dashtest::Json;

namespace {
// Enrols a device's sync to the test server; true when it worked.
bool enrol(SyncController &sync, dashtest::Server &server, const std::string &code)
{
    QSignalSpy enrolled(&sync, &SyncController::enrolFinished);
    sync.setServerUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    sync.enrol(QString::fromStdString(code));
    if (!enrolled.wait(20000) && enrolled.isEmpty())
        return false;
    return enrolled.at(0).at(0).toBool();
}
} // namespace

class TestPictureCardCoordinator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aCardMadeOnACoordinatorDeviceReachesTheKiosk()
    {
        dashtest::Server server;
        const std::string org = server.admin({ "create-org", "Card org" })["id"];
        const std::string site = server.admin({ "create-site", org, "Drop-in centre" })["id"];
        server.admin({ "create-coordinator", org, "coord@cards.org" }, "password-cards-1");
        dashtest::Session dashboard;
        QCOMPARE(dashtest::login(server, "coord@cards.org", "password-cards-1", &dashboard).status, 200);

        // The coordinator device: enrolled as a coordinator, it may make cards.
        QTemporaryDir coordinatorDir;
        const QString coordinatorMedia = coordinatorDir.filePath(QStringLiteral("media"));
        QDir().mkpath(coordinatorMedia);
        KioskContext coordinator({ coordinatorDir.filePath(QStringLiteral("device.sqlite")), coordinatorMedia,
            QStringLiteral("none"), false, true });
        QVERIFY(!coordinator.cardMaker().isAvailable());
        QVERIFY(enrol(coordinator.sync(), server, server.admin({ "enrol-code", org, site, "coordinator" })["code"]));
        QTRY_VERIFY_WITH_TIMEOUT(coordinator.cardMaker().isAvailable(), 10000);

        // A picture from a file, as from a USB stick.
        const QString file = coordinatorDir.filePath(QStringLiteral("bus.png"));
        QImage picture(48, 32, QImage::Format_RGB32);
        picture.fill(QColor(0x20, 0x60, 0xC0));
        QVERIFY(picture.save(file, "PNG"));
        QFile read(file);
        QVERIFY(read.open(QIODevice::ReadOnly));
        const QString sha = QString::fromLatin1(QCryptographicHash::hash(read.readAll(), QCryptographicHash::Sha256).toHex());
        QCOMPARE(coordinator.cardMaker().choosePictureFile(QUrl::fromLocalFile(file)), QString());
        QSignalSpy saved(&coordinator.cardMaker(), &PictureCardMaker::saved);
        QCOMPARE(coordinator.cardMaker().save(QStringLiteral("The bus"), QStringLiteral("Y bws"),
                     QStringLiteral("الحافلة")),
            QString());
        QCOMPARE(saved.count(), 1);
        const QString cardId = saved.at(0).at(0).toString();

        // Saving syncs at once: the server holds the card, and the picture once it is uploaded.
        Json card;
        const auto onServer = [&] {
            const Json list = Json::parse(dashboard.get(server, "/dashboard/api/picture-cards").body);
            for (const auto &c : list["cards"])
                if (c.value("id", "") == cardId.toStdString())
                    card = c;
            return !card.is_null();
        };
        for (int i = 0; i < 200 && !onServer(); ++i)
            QTest::qWait(100);
        if (card.is_null())
            qWarning() << "waiting" << coordinator.sync().itemsWaiting() << "quarantined"
                       << coordinator.sync().changesQuarantined() << "error" << coordinator.sync().lastError()
                       << QString::fromStdString(dashboard.get(server, "/dashboard/api/picture-cards").body);
        QVERIFY(!card.is_null());
        QCOMPARE(QString::fromStdString(card["symbol"].get<std::string>()), QStringLiteral("picture:") + sha);
        QCOMPARE(card["words"]["cy"].get<std::string>(), std::string("Y bws"));
        QCOMPARE(card["words"]["ar"].get<std::string>(), std::string("الحافلة"));
        QTRY_COMPARE_WITH_TIMEOUT(coordinator.sync().mediaWaiting(), 0, 20000);
        QCOMPARE(coordinator.sync().itemsWaiting(), 0);

        // A question for picture sorting names the card (with two built-in ones: a question naming fewer
        // than three cards that can show gets the built-in set instead).
        const dashtest::Reply prompt = dashboard.post(server, "/dashboard/api/prompts",
            { { "text", { { "en", "Sort the ways you come here" } } }, { "formats", { "pictures" } },
                { "cards", { cardId.toStdString(), "food", "phone" } } });
        QVERIFY2(prompt.status == 200, prompt.body.c_str());
        const QString promptId = QString::fromStdString(Json::parse(prompt.body)["id"].get<std::string>());

        // The kiosk: after its sync the card shows, with the coordinator's picture.
        QTemporaryDir kioskDir;
        const QString kioskMedia = kioskDir.filePath(QStringLiteral("media"));
        QDir().mkpath(kioskMedia);
        KioskContext kiosk({ kioskDir.filePath(QStringLiteral("device.sqlite")), kioskMedia, QStringLiteral("none"),
            false, true });
        kiosk.installSingletons();
        QQmlApplicationEngine engine;
        kiosk.language().setEngine(&engine);
        QQuickWindow *window = test::showKiosk(engine);
        QVERIFY(window);
        QVERIFY(!kiosk.pictureCards().shows(cardId));
        QVERIFY(enrol(kiosk.sync(), server, server.admin({ "enrol-code", org, site, "kiosk" })["code"]));
        QVERIFY(!kiosk.cardMaker().isAvailable());
        QTRY_VERIFY_WITH_TIMEOUT(kiosk.pictureCards().shows(cardId), 30000);
        QVERIFY(QFile::exists(QDir(kioskMedia).filePath(sha)));

        QQuickItem *shell = test::findItem(window->contentItem(), QStringLiteral("appShell"));
        QVERIFY(shell);
        QTRY_VERIFY(QMetaObject::invokeMethod(shell, "choosePrompt", Q_ARG(QVariant, promptId)));
        QTRY_COMPARE(shell->property("screen").toString(), QStringLiteral("pictures"));
        QQuickItem *screen = shell->property("currentScreen").value<QQuickItem *>();
        QVERIFY(screen);
        QQuickItem *busCard = test::findItem(screen, QStringLiteral("card_") + cardId);
        QVERIFY(busCard);
        QVERIFY(busCard->isVisible());
        QCOMPARE(screen->property("cards").toStringList(), (QStringList { cardId, QStringLiteral("food"), QStringLiteral("phone") }));
        QCOMPARE(busCard->property("text").toString(), QStringLiteral("The bus"));
        QVERIFY(test::accessibleName(busCard).startsWith(QStringLiteral("The bus.")));
        kiosk.language().setLanguage(QStringLiteral("cy"));
        QTRY_COMPARE(busCard->property("text").toString(), QStringLiteral("Y bws"));
        kiosk.language().setLanguage(QStringLiteral("ar"));
        QTRY_COMPARE(busCard->property("text").toString(), QStringLiteral("الحافلة"));
    }
};

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    TestPictureCardCoordinator test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_picturecardcoordinator.moc"
