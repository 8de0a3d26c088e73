// The accessibility audit: every screen, in the default and high-contrast themes, in English,
// Welsh and Arabic, at 100% and 200% text, must name and give a role to everything interactive,
// keep targets at 72 px, keep text contrast at 4.5:1 (7:1 in high contrast) and clip no text.

#include "../../cpp/app/screenshottour.h"
#include "accessibilityaudit.h"
#include "voicenoteseed.h"
#include "controllers/kioskcontext.h"

#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickStyle>
#include <QQuickItem>
#include <QQuickView>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;

class TestAccessibility : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void contrastFormulaMatchesWcag()
    {
        QCOMPARE(qRound(AccessibilityAudit::contrast(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(qRound(AccessibilityAudit::contrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100), 454);
    }

    // The audit must be able to fail: a screen with one of each fault is caught, fault by fault.
    void auditCatchesEachFault()
    {
        QQuickView view;
        view.setColor(Qt::white);
        view.resize(400, 300);
        QQmlComponent component(view.engine());
        component.setData(
            "import QtQuick\n"
            "Item {\n"
            "width: 400; height: 300\n"
            "Rectangle { objectName: \"unnamed\"; width: 40; height: 40; activeFocusOnTab: true }\n"
            "Text { objectName: \"faint\"; y: 60; text: \"Faint words\"; color: \"#BBBBBB\" }\n"
            "Text { objectName: \"clipped\"; y: 120; width: 50; text: \"A sentence far too long for its box\" }\n"
            "Rectangle { y: 180; width: 100; height: 100; color: \"#000000\"\n"
            "Text { objectName: \"dark\"; text: \"Dark\"; color: \"#333333\" } }\n"
            "MouseArea { objectName: \"strayTouch\"; x: 300; width: 80; height: 80 }\n"
            "}\n",
            QUrl());
        QScopedPointer<QObject> root(component.create());
        QVERIFY2(root, qPrintable(component.errorString()));
        qobject_cast<QQuickItem *>(root.data())->setParentItem(view.contentItem());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QString found = AccessibilityAudit(view, {72, 4.5}).check().join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("no accessible name: QQuickRectangle unnamed")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("no accessible role: QQuickRectangle unnamed")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("target 40x40 under 72 px")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("faint")) && found.contains(QLatin1String("contrast")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("clipped text")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("#333333 on #000000")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("touch area with no named control")), qPrintable(found));
    }

    void everyScreenEveryLook()
    {
        QTemporaryDir dir;
        const QString media = dir.filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        KioskContext context({dir.filePath(QStringLiteral("device.sqlite")), media, QStringLiteral("none"), false, true});
        context.installSingletons();
        // A coordinator device with a stored voice note, so staff mode's voice notes list has a row to audit.
        (void)test::seedVoiceNote(dir.filePath(QStringLiteral("device.sqlite")), media,
                                  QStringLiteral("demo-prompt-treated-today"), 2000);

        QQmlApplicationEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Main.qml")));
        QVERIFY(!engine.rootObjects().isEmpty());
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        QVERIFY(window);
        QVERIFY(QTest::qWaitForWindowExposed(window));

        QList<ScreenshotTour::Look> looks;
        for (const bool high : {false, true}) {
            for (const char *lang : {"en", "cy", "ar"}) {
                for (const double scale : {1.0, 2.0}) {
                    looks.append({QStringLiteral("%1/%2/%3%").arg(high ? QStringLiteral("high-contrast") : QStringLiteral("default"),
                                                                    QLatin1String(lang))
                                      .arg(int(scale * 100)),
                                  QStringLiteral("Theme.highContrast = %1; Language.language = '%2'; Theme.textScale = %3")
                                      .arg(high ? QStringLiteral("true") : QStringLiteral("false"), QLatin1String(lang))
                                      .arg(scale)});
                }
            }
        }
        QStringList problems;
        int items = 0;
        int voiceNotesAudited = 0;
        ScreenshotTour tour(*window, looks, [&](const QString &look, int, const QString &screen, QString *) {
            if (screen == QLatin1String("staff") && test::findVisibleItem(window->contentItem(), QStringLiteral("voiceNotePlay_0")))
                ++voiceNotesAudited;
            AccessibilityAudit audit(*window, {72, look.startsWith(QLatin1String("high")) ? 7.0 : 4.5});
            const QStringList found = audit.check();
            items += audit.itemsChecked();
            for (const QString &p : found) {
                const QString line = QStringLiteral("%1 %2: %3").arg(look, screen, p);
                if (!problems.contains(line))
                    problems << line;
            }
            return true;
        });
        const int rc = tour.run();
        qInfo("audited %d screens, %d items", tour.screensVisited(), items);
        QCOMPARE(tour.screensVisited(), looks.size() * 14);
        QCOMPARE(voiceNotesAudited, looks.size());
        QVERIFY2(rc == 0, qPrintable(tour.failures().join(QLatin1Char('\n'))));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size())
                                                + problems.mid(0, 60).join(QLatin1Char('\n'))));
    }
};

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    TestAccessibility test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_accessibility.moc"
