// The organisation's "If you need help now" words from the dashboard to a person at the kiosk: a
// real chorus-server, the words set by an admin through the dashboard API (a coordinator may not),
// a kiosk app (its own KioskContext and QML) enrolled to the server; after the kiosk syncs, its
// Thank-you screen shows them in the person's language and reads them aloud; changed words reach
// it on the next sync.

#include "kioskapptest.h"
#include "../qml/quickfind.h"

#include "controllers/helpwords.h"
#include "controllers/kioskcontext.h"
#include "controllers/languageswitcher.h"
#include "controllers/speaker.h"
#include "sync/synccontroller.h"

#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;
using chorus::dashtest::Json;

class TestHelpWords : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theOrganisationsWordsReachTheThankYouScreen()
    {
        dashtest::Server server;
        const test::DashboardOrg made = test::makeDashboardOrg(server, "Help org", "coord@help.org", "password-help-1");
        QCOMPARE(made.loginStatus, 200);
        const dashtest::Session &coordinator = made.coordinator;
        server.admin({ "create-coordinator", made.org, "admin@help.org" }, "password-help-2");
        server.admin({ "dashboard-role", "admin@help.org", "admin" });
        dashtest::Session admin;
        QCOMPARE(dashtest::login(server, "admin@help.org", "password-help-2", &admin).status, 200);

        const Json words { { "en", "Call Samaritans free on 116 123, day or night." },
            { "cy", "Ffoniwch y Samariaid am ddim ar 116 123, ddydd neu nos." } };
        QCOMPARE(coordinator.post(server, "/dashboard/api/help-words", { { "words", words } }).status, 403);
        QCOMPARE(admin.post(server, "/dashboard/api/help-words", { { "words", { { "fr", "Bonjour" } } } }).status, 400);
        QCOMPARE(admin.post(server, "/dashboard/api/help-words", { { "words", { { "en", 7 } } } }).status, 400);
        QCOMPARE(admin.post(server, "/dashboard/api/help-words", { { "words", { { "en", std::string(1001, 'x') } } } })
                     .status,
            400);
        const dashtest::Reply set = admin.post(server, "/dashboard/api/help-words", { { "words", words } });
        QVERIFY2(set.status == 200, set.body.c_str());
        const dashtest::Reply read = coordinator.get(server, "/dashboard/api/help-words");
        QVERIFY2(Json::parse(read.body)["words"] == words, read.body.c_str());
        const dashtest::Reply audit = admin.get(server, "/dashboard/api/audit");
        QVERIFY2(audit.body.find("help_words.set") != std::string::npos, audit.body.c_str());

        QTemporaryDir dir;
        test::KioskApp kiosk(dir.path());
        KioskContext &context = kiosk.context();
        QQuickWindow *window = kiosk.window();
        QVERIFY(window);
        QVERIFY2(context.helpWords().text().isEmpty(), "no words before the kiosk has synced");

        const QString refused = kiosk.enrol(server, made.org, made.site);
        QVERIFY2(refused.isEmpty(), qPrintable(refused));
        SyncController &sync = context.sync();
        QTRY_COMPARE_WITH_TIMEOUT(
            context.helpWords().text(), QStringLiteral("Call Samaritans free on 116 123, day or night."), 30000);

        // On the Thank-you screen, in the person's language, and in what Read aloud says.
        QQuickItem *shell = test::findItem(window->contentItem(), QStringLiteral("appShell"));
        QVERIFY(shell);
        QMetaObject::invokeMethod(shell, "show", Q_ARG(QVariant, QStringLiteral("thanks")));
        auto helpText = [&]() -> QString {
            QQuickItem *words = test::findItem(window->contentItem(), QStringLiteral("helpNowWords"));
            return words && words->isVisible() ? words->property("text").toString() : QString();
        };
        QTRY_VERIFY(helpText().contains(QStringLiteral("Call Samaritans free on 116 123")));
        QQuickItem *readAloud = test::findItem(window->contentItem(), QStringLiteral("readAloud"));
        QVERIFY(readAloud);
        QMetaObject::invokeMethod(readAloud, "clicked");
        QTRY_VERIFY2(context.speaker().lastSpoken().contains(QStringLiteral("Call Samaritans free on 116 123")),
            qPrintable(context.speaker().lastSpoken()));
        context.language().setLanguage(QStringLiteral("cy"));
        QTRY_VERIFY(helpText().contains(QStringLiteral("Ffoniwch y Samariaid")));
        context.language().setLanguage(QStringLiteral("en"));

        // Changed on the dashboard: the kiosk shows the new words after its next sync.
        const Json changed { { "en", "Ask at the front desk for someone to talk to now." } };
        QCOMPARE(admin.post(server, "/dashboard/api/help-words", { { "words", changed } }).status, 200);
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(helpText().contains(QStringLiteral("Ask at the front desk")), 30000);
        QVERIFY(!helpText().contains(QStringLiteral("Samaritans")));
    }
};

int main(int argc, char **argv)
{
    return test::runKioskTest<TestHelpWords>(argc, argv);
}

#include "tst_helpwords.moc"
