// The on-screen keyboard (Qt Virtual Keyboard, as on a kiosk) follows the person's language: the
// Arabic layout for Arabic, the English (UK) one for English and, until a Welsh layout exists, Welsh.

#include "controllers/kioskcontext.h"
#include "controllers/languageswitcher.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;

class TestKioskKeyboard : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layoutFollowsTheLanguage()
    {
        QTemporaryDir dir;
        KioskContext context({ dir.filePath(QStringLiteral("device.sqlite")), dir.filePath(QStringLiteral("media")),
            QStringLiteral("none"), true, true });
        context.installSingletons();
        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        context.language().setEngine(&engine);
        QQuickWindow window;
        window.resize(1280, 800);
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Components/KioskKeyboard.qml")));
        std::unique_ptr<QQuickItem> panel(qobject_cast<QQuickItem *>(component.create()));
        QVERIFY2(panel, qPrintable(component.errorString()));
        panel->setParentItem(window.contentItem());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *keyboard = panel->property("keyboard").value<QObject *>();
        QVERIFY(keyboard);

        QTRY_COMPARE(keyboard->property("locale").toString(), QStringLiteral("en_GB"));
        context.language().setLanguage(QStringLiteral("ar"));
        QTRY_COMPARE(keyboard->property("locale").toString(), QStringLiteral("ar_AR"));
        context.language().setLanguage(QStringLiteral("cy"));
        QTRY_COMPARE(keyboard->property("locale").toString(), QStringLiteral("en_GB"));
    }
};

int main(int argc, char **argv)
{
    // As the kiosk unit sets it: the keyboard is Qt's own input method.
    qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    TestKioskKeyboard test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_kioskkeyboard.moc"
