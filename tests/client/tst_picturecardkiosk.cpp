// A coordinator's picture card from the dashboard to a person at the kiosk: a real chorus-server, a
// picture uploaded and a card made with its words in English, Welsh and Arabic, a prompt naming the
// card, a card no one made and two built-in cards; a kiosk app (its own KioskContext and QML)
// enrolled to the server. After the kiosk syncs, the card is on the picture-sorting screen with its
// picture and reads aloud in the chosen language; the unknown card never appears.

#include "kioskapptest.h"
#include "../qml/quickfind.h"

#include "controllers/kioskcontext.h"
#include "controllers/languageswitcher.h"
#include "controllers/picturecardlibrary.h"

#include <QDir>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;
using chorus::dashtest::Json;

class TestPictureCardKiosk : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void aCoordinatorsCardReachesTheKiosk()
    {
        dashtest::Server server;
        const test::DashboardOrg made = test::makeDashboardOrg(server, "Card org", "coord@cards.org", "password-cards-1");
        QCOMPARE(made.loginStatus, 200);
        const dashtest::Session &coordinator = made.coordinator;
        const dashtest::Reply picture = coordinator.postBytes(server, "/dashboard/api/pictures",
            test::flatPng({ 32, 32 }, QColor(0xC0, 0x40, 0x20)).toStdString(), "image/png");
        QVERIFY2(picture.status == 200, picture.body.c_str());
        const std::string symbol = Json::parse(picture.body)["symbol"];
        const dashtest::Reply card = coordinator.post(server, "/dashboard/api/picture-cards",
            { { "symbol", symbol },
                { "words", { { "en", "The bus" }, { "cy", "Y bws" }, { "ar", "الحافلة" } } } });
        QVERIFY2(card.status == 200, card.body.c_str());
        const QString cardId = QString::fromStdString(Json::parse(card.body)["id"].get<std::string>());
        const dashtest::Reply prompt = coordinator.post(server, "/dashboard/api/prompts",
            { { "text", { { "en", "Sort the ways you come here" } } }, { "formats", { "pictures" } },
                { "cards", { cardId.toStdString(), "no-such-card", "food", "phone" } } });
        QVERIFY2(prompt.status == 200, prompt.body.c_str());
        const QString promptId = QString::fromStdString(Json::parse(prompt.body)["id"].get<std::string>());

        QTemporaryDir dir;
        test::KioskApp kiosk(dir.path());
        KioskContext &context = kiosk.context();
        const QString media = kiosk.media();
        QQuickWindow *window = kiosk.window();
        QVERIFY(window);
        QVERIFY(!context.pictureCards().shows(cardId));

        const QString refused = kiosk.enrol(server, made.org, made.site);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));

        // The first sync brings the card and then its picture; only then does the card show.
        QTRY_VERIFY_WITH_TIMEOUT(context.pictureCards().shows(cardId), 30000);
        QVERIFY(!context.pictureCards().shows(QStringLiteral("no-such-card")));
        QVERIFY(QFile::exists(QDir(media).filePath(QString::fromStdString(symbol).mid(8))));

        // A person chooses the question: straight to picture sorting, its only format.
        QQuickItem *shell = test::findItem(window->contentItem(), QStringLiteral("appShell"));
        QVERIFY(shell);
        QTRY_VERIFY(QMetaObject::invokeMethod(shell, "choosePrompt", Q_ARG(QVariant, promptId)));
        QTRY_COMPARE(shell->property("screen").toString(), QStringLiteral("pictures"));
        QQuickItem *screen = shell->property("currentScreen").value<QQuickItem *>();
        QVERIFY(screen);

        QQuickItem *busCard = test::findItem(screen, QStringLiteral("card_") + cardId);
        QVERIFY(busCard);
        QVERIFY(busCard->isVisible());
        QCOMPARE(busCard->property("text").toString(), QStringLiteral("The bus"));
        QVERIFY(test::accessibleName(busCard).startsWith(QStringLiteral("The bus.")));
        QCOMPARE(busCard->property("symbol").toString(), QString::fromStdString(symbol));
        QVERIFY(test::findItem(screen, QStringLiteral("card_food")));
        QVERIFY(test::findItem(screen, QStringLiteral("card_phone")));
        // The card no one made never appears, not even as a stand-in.
        QVERIFY(!test::findItem(screen, QStringLiteral("card_no-such-card")));
        QCOMPARE(screen->property("cards").toStringList(),
            (QStringList { cardId, QStringLiteral("food"), QStringLiteral("phone") }));
        QVERIFY(screen->property("readText").toString().contains(QStringLiteral("The bus")));

        // In Welsh and in Arabic the card says (and reads aloud) its own words.
        context.language().setLanguage(QStringLiteral("cy"));
        QTRY_COMPARE(busCard->property("text").toString(), QStringLiteral("Y bws"));
        QVERIFY(screen->property("readText").toString().contains(QStringLiteral("Y bws")));
        context.language().setLanguage(QStringLiteral("ar"));
        QTRY_COMPARE(busCard->property("text").toString(), QStringLiteral("الحافلة"));
        QVERIFY(screen->property("readText").toString().contains(QStringLiteral("الحافلة")));

        // Sorted from the keyboard, the card's id is what the answer keeps.
        busCard->forceActiveFocus();
        QTest::keyClick(window, Qt::Key_Space);
        QTRY_COMPARE(screen->property("picked").toString(), cardId);
    }
};

int main(int argc, char **argv)
{
    return test::runKioskTest<TestPictureCardKiosk>(argc, argv);
}

#include "tst_picturecardkiosk.moc"
