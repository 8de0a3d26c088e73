// The on-screen keyboard (Qt Virtual Keyboard, as on a kiosk) follows the person's language: Chorus's
// Welsh layout for Cymraeg, with â ê î ô û ŵ ŷ on keys of their own that type into the answer box,
// and Qt's Arabic and English (UK) layouts, loaded through Chorus's layout folder, which must carry
// every layout file of Qt's that it stands in for.

#include "accessibilityaudit.h"

#include "controllers/kioskcontext.h"
#include "controllers/languageswitcher.h"

#include <QDirIterator>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;

namespace {
// Keys are delegates deep in the keyboard: walk the visual tree for a visible one with this text.
QQuickItem *visibleKey(QQuickItem *root, const QString &text)
{
    if (root->isVisible() && root->property("text").toString() == text && root->property("key").isValid()
        && root->width() > 0)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = visibleKey(child, text))
            return found;
    return nullptr;
}

QStringList filesUnder(const QString &root)
{
    QStringList out;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        out << it.next().mid(root.size());
    out.sort();
    return out;
}
} // namespace

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
        // The answer box the keyboard types into.
        QQmlComponent field(&engine);
        field.setData("import QtQuick\nTextInput { width: 600; height: 60; font.pixelSize: 32 }", QUrl());
        std::unique_ptr<QQuickItem> answer(qobject_cast<QQuickItem *>(field.create()));
        QVERIFY2(answer, qPrintable(field.errorString()));
        answer->setParentItem(window.contentItem());
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Components/KioskKeyboard.qml")));
        std::unique_ptr<QQuickItem> panel(qobject_cast<QQuickItem *>(component.create()));
        QVERIFY2(panel, qPrintable(component.errorString()));
        panel->setParentItem(window.contentItem());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *keyboard = panel->property("keyboard").value<QObject *>();
        QVERIFY(keyboard);
        answer->forceActiveFocus();
        QTRY_VERIFY(panel->property("active").toBool());

        // Chorus's layout folder stands in for each of Qt's layouts it keeps, file for file.
        const QString qtLayouts = QStringLiteral(":/qt-project.org/imports/QtQuick/VirtualKeyboard/Layouts/");
        for (const QString &folder : { QStringLiteral("en_GB"), QStringLiteral("ar_AR"), QStringLiteral("fallback") }) {
            QStringList qt = filesUnder(qtLayouts + folder);
            QVERIFY2(!filesUnder(qtLayouts + QStringLiteral("en_GB")).isEmpty(), "Qt's layouts were not found");
            for (const QString &file : qt)
                QVERIFY2(QFile::exists(QStringLiteral(":/chorus/keyboard/") + folder + file),
                    qPrintable(folder + file + QStringLiteral(" of Qt's is not in Chorus's layout folder")));
        }

        QTRY_COMPARE(keyboard->property("locale").toString(), QStringLiteral("en_GB"));
        QTRY_VERIFY(visibleKey(panel.get(), QStringLiteral("q")));
        QVERIFY(!visibleKey(panel.get(), QStringLiteral("ŵ")));

        context.language().setLanguage(QStringLiteral("ar"));
        QTRY_COMPARE(keyboard->property("locale").toString(), QStringLiteral("ar_AR"));
        QTRY_VERIFY(visibleKey(panel.get(), QStringLiteral("ض")));

        // Welsh: every circumflex vowel has a key, and pressing it types the letter.
        context.language().setLanguage(QStringLiteral("cy"));
        QTRY_COMPARE(keyboard->property("locale").toString(), QStringLiteral("cy_GB"));
        for (const QString &letter : QStringLiteral("âêîôûŵŷ")) {
            QQuickItem *key = nullptr;
            QTRY_VERIFY2((key = visibleKey(panel.get(), letter)), qPrintable(letter));
            QVERIFY(key->height() >= 40);
        }
        QVERIFY(visibleKey(panel.get(), QStringLiteral("q")));
        for (const QString &letter : { QStringLiteral("ŵ"), QStringLiteral("y"), QStringLiteral("ŷ") }) {
            QQuickItem *key = visibleKey(panel.get(), letter);
            QVERIFY(key);
            const QPointF centre = key->mapToScene(QPointF(key->width() / 2, key->height() / 2));
            QTest::mouseClick(&window, Qt::LeftButton, {}, centre.toPoint());
        }
        QTRY_COMPARE(answer->property("text").toString(), QStringLiteral("Ŵyŷ")); // the first letter of an answer is a capital

        // The accessibility audit over the keyboard in each language and look: contrast of every key's
        // letters, and the size of every key.
        QQmlExpression highContrast(qmlContext(panel.get()), panel.get(), QStringLiteral("Theme"));
        QObject *theme = highContrast.evaluate().value<QObject *>();
        QVERIFY(theme);
        for (const bool high : { false, true }) {
            theme->setProperty("highContrast", high);
            if (high)
                QTRY_COMPARE(keyboard->property("style").value<QObject *>()->property("keyText").value<QColor>(),
                    QColor(QStringLiteral("#FFE500")));
            for (const char *lang : { "en", "cy", "ar" }) {
                context.language().setLanguage(QLatin1String(lang));
                QTest::qWait(200);
                AccessibilityAudit audit(window, { 72, high ? 7.0 : 4.5 });
                // Qt Virtual Keyboard's keys are not accessible objects in Qt 6.4 (its touch areas carry no
                // name): it is for touch, and docs/accessibility.md says so. Every touch area in this
                // window is the keyboard's, so that one finding is set aside; contrast and size are not.
                QStringList problems = audit.check();
                problems.removeIf([](const QString &p) { return p.startsWith(QLatin1String("touch area with no named control")); });
                QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 %2:\n").arg(QLatin1String(lang), high ? QStringLiteral("high contrast") : QStringLiteral("default")) + problems.join(QLatin1Char('\n'))));
                QVERIFY(audit.itemsChecked() > 30);
                if (high) {
                    QImage shot = window.grabWindow();
                    const QString dir = qEnvironmentVariable("CHORUS_KEYBOARD_SCREENSHOTS");
                    if (!dir.isEmpty())
                        shot.save(QStringLiteral("%1/keyboard-%2-high.png").arg(dir, QLatin1String(lang)));
                }
            }
        }
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
