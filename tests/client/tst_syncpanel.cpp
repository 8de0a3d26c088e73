// The staff sync panel shows what is waiting and what went wrong, as it happens, from a real
// controller on a real device store; it says when there is no camera, and a frame of the
// coordinator's QR code shown to the camera's sink enrols as the typed code does.

#include "controllers/enrolmentcamera.h"
#include "controllers/languageswitcher.h"
#include "qrframe.h"
#include "storage/contributionrepository.h"
#include "storage/contributionwriter.h"
#include "storage/devicestore.h"
#include "sync/synccontroller.h"

#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QMediaDevices>
#include <QTemporaryDir>
#include <QVideoSink>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <QSignalSpy>

#include <memory>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;

namespace {
QString textOf(QObject *root, const char *name)
{
    auto *item = root->findChild<QObject *>(QLatin1String(name));
    return item ? item->property("text").toString() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

// The staff screen's sync panel over `controller`; null (with the reason printed) when it fails to load.
std::unique_ptr<QObject> createPanel(QQmlEngine &engine, SyncController &controller)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Components/SyncPanel.qml")));
    std::unique_ptr<QObject> panel(
        component.createWithInitialProperties({ { QStringLiteral("controller"), QVariant::fromValue(&controller) } }));
    if (!panel)
        qWarning() << component.errorString();
    return panel;
}

Contribution draft()
{
    Contribution c;
    c.promptId = QStringLiteral("p-1");
    c.text = QStringLiteral("More benches please");
    return c;
}
} // namespace

class TestSyncPanel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // "1 change", never "1 changes": the count's plural form in English, Welsh and Arabic.
    void countsUseTheLanguagesPluralForms()
    {
        LanguageSwitcher language;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("d.db"));
        {
            auto store = DeviceStore::open(db);
            ContributionRepository(*store).save(draft());
        }
        SyncController controller(db, dir.filePath(QStringLiteral("media")));
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        language.setEngine(&engine);
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Components/SyncPanel.qml")));
        std::unique_ptr<QObject> panel(component.createWithInitialProperties(
            { { QStringLiteral("controller"), QVariant::fromValue(&controller) } }));
        QVERIFY2(panel, qPrintable(component.errorString()));
        QTRY_COMPARE(textOf(panel.get(), "syncWaiting"), QStringLiteral("1 change waiting to be sent."));
        language.setLanguage(QStringLiteral("ar"));
        QTRY_VERIFY2(textOf(panel.get(), "syncWaiting").contains(QString::fromUtf8("تغيير واحد")),
            qPrintable(textOf(panel.get(), "syncWaiting")));
        language.setLanguage(QStringLiteral("cy"));
        QTRY_VERIFY2(textOf(panel.get(), "syncWaiting").startsWith(QStringLiteral("1 newid")),
            qPrintable(textOf(panel.get(), "syncWaiting")));
        language.setLanguage(QStringLiteral("en"));
        QTRY_COMPARE(textOf(panel.get(), "syncWaiting"), QStringLiteral("1 change waiting to be sent."));
    }

    void showsWaitingCountsAndErrors()
    {
        LanguageSwitcher language;
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("d.db"));
        const QString media = dir.filePath(QStringLiteral("media"));
        {
            auto store = DeviceStore::open(db);
            ContributionRepository repo(*store);
            for (int i = 0; i < 3; ++i)
                repo.save(draft());
        }
        SyncController controller(db, media);
        QQmlEngine engine;
        std::unique_ptr<QObject> panel = createPanel(engine, controller);
        QVERIFY(panel);

        QTRY_VERIFY2(textOf(panel.get(), "syncWaiting").contains(QStringLiteral("3 changes waiting")),
            qPrintable(textOf(panel.get(), "syncWaiting")));
        QTRY_COMPARE(controller.state(), SyncController::NotEnrolled);
        QVERIFY(textOf(panel.get(), "syncError").contains(QStringLiteral("not enrolled")));
        QVERIFY(!panel->findChild<QQuickItem *>(QStringLiteral("syncNowButton"))->isEnabled());

        // Enrolled with a server that is not there: the error says so in words, nothing is lost.
        {
            auto store = DeviceStore::open(db);
            store->write([&] {
                store->state().set("server_url", "http://127.0.0.1:1");
                store->state().set("token", "t");
            });
        }
        controller.scheduler().resume();
        controller.syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(controller.state(), SyncController::Offline, 15000);
        QVERIFY2(textOf(panel.get(), "syncError").contains(QStringLiteral("Could not reach the server")),
            qPrintable(textOf(panel.get(), "syncError")));
        QVERIFY(textOf(panel.get(), "syncStatus").contains(QStringLiteral("Offline")));
        QVERIFY(panel->findChild<QQuickItem *>(QStringLiteral("syncNowButton"))->isEnabled());

        // A person sends another contribution: the count follows at once.
        ContributionWriter writer(db, media);
        controller.watch(&writer);
        QMetaObject::invokeMethod(&writer, [&] { writer.save(draft()); });
        QTRY_VERIFY2(textOf(panel.get(), "syncWaiting").contains(QStringLiteral("4 changes waiting")),
            qPrintable(textOf(panel.get(), "syncWaiting")));
        QVERIFY(textOf(panel.get(), "syncLast").contains(QStringLiteral("Never")));
    }

    // A plain http:// address to another machine is refused until staff choose to use it anyway,
    // and the panel warns while it is in use; https:// and a server on this machine are not.
    void warnsOfAnUnencryptedAddress()
    {
        QTemporaryDir dir;
        SyncController controller(dir.filePath(QStringLiteral("d.db")), dir.filePath(QStringLiteral("media")));
        QQmlEngine engine;
        std::unique_ptr<QObject> panel = createPanel(engine, controller);
        QVERIFY(panel);
        auto *warning = panel->findChild<QQuickItem *>(QStringLiteral("syncInsecureWarning"));
        auto *accept = panel->findChild<QQuickItem *>(QStringLiteral("syncAcceptInsecure"));
        QVERIFY(warning && accept);

        for (const char *safe : { "https://chorus.example.org", "http://127.0.0.1:8080", "http://localhost", "http://[::1]:9" }) {
            controller.setServerUrl(QString::fromLatin1(safe));
            QVERIFY2(!controller.serverUnencrypted(), safe);
            QVERIFY(!warning->isVisible());
        }
        // 0.0.0.0 is not the loopback by name, yet connecting to it stays on this machine (refused at once).
        controller.setServerUrl(QStringLiteral("http://0.0.0.0:1"));
        QVERIFY(controller.serverUnencrypted());
        QVERIFY(warning->isVisible() && accept->isVisible());
        QSignalSpy finished(&controller, &SyncController::enrolFinished);
        controller.enrol(QStringLiteral("ABCDE-FGHJK"));
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("not encrypted")));
        QVERIFY(!controller.enrolling());

        // Staff choose to use it anyway: enrolment goes ahead (and fails only for want of a server).
        QMetaObject::invokeMethod(accept, "clicked");
        QVERIFY(controller.insecureAccepted());
        controller.enrol(QStringLiteral("ABCDE-FGHJK"));
        QVERIFY(controller.enrolling());
        QTRY_VERIFY_WITH_TIMEOUT(!controller.enrolling(), 20000);
        // Another address is not accepted with it.
        controller.setServerUrl(QStringLiteral("http://other.example.org"));
        QVERIFY(!controller.insecureAccepted());
    }

    void aCameraFrameEnrolsLikeATypedCode()
    {
        QTemporaryDir dir;
        SyncController controller(dir.filePath(QStringLiteral("d.db")), dir.filePath(QStringLiteral("media")));
        QQmlEngine engine;
        std::unique_ptr<QObject> panel = createPanel(engine, controller);
        QVERIFY(panel);
        auto *camera = panel->findChild<EnrolmentCamera *>(QStringLiteral("enrolCamera"));
        auto *button = panel->findChild<QQuickItem *>(QStringLiteral("syncCameraButton"));
        QVERIFY(camera && button);
        const bool hasCamera = !QMediaDevices::videoInputs().isEmpty();
        QCOMPARE(button->isVisible(), hasCamera);
        if (!hasCamera)
            QVERIFY(textOf(panel.get(), "syncCameraNote").startsWith(QStringLiteral("This tablet has no camera.")));
        QVERIFY(panel->findChild<QQuickItem *>(QStringLiteral("syncCodeField"))->isVisible());

        // Staff set the server; the frame goes through the sink the capture session fills.
        panel->findChild<QObject *>(QStringLiteral("syncServerField"))
            ->setProperty("text", QStringLiteral("http://127.0.0.1:1"));
        QSignalSpy finished(&controller, &SyncController::enrolFinished);
        QSignalSpy enrolling(&controller, &SyncController::enrollingChanged);
        camera->videoSink()->setVideoFrame(
            test::nv12Frame(test::cameraScene(test::qrPicture(QStringLiteral("chorus-enrol:ABCDE-FGHJK"), 4))));
        QTRY_COMPARE(textOf(panel.get(), "syncCodeField"), QStringLiteral("ABCDE-FGHJK"));
        QCOMPARE(controller.serverUrl(), QStringLiteral("http://127.0.0.1:1"));
        QVERIFY2(!enrolling.isEmpty(), "the code went to enrolment");
        // Nobody listens on port 1: the enrolment fails for want of a server, and says so.
        // The refusal may already have come while the code field was awaited: count, do not wait anew.
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 20000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
    }
};

QTEST_MAIN(TestSyncPanel)
#include "tst_syncpanel.moc"
