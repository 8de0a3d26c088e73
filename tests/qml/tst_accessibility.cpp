// The accessibility audit: every screen, in the default and high-contrast themes, in English,
// Welsh and Arabic, at 100% and 200% text, at 1280×800 and standing tall (1080×1920, 800×1280), must name and give a role to everything interactive,
// keep targets at 72 px, keep text contrast at 4.5:1 (7:1 in high contrast) and clip no text.

#include "../../cpp/app/screenshottour.h"
#include "accessibilityaudit.h"
#include "helpwordsseed.h"
#include "picturecardseed.h"
#include "quickfind.h"
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

namespace {
// Puts a scene written in QML into a white view of the given size and shows it.
QQuickItem *showScene(QQuickView &view, QSize size, const QByteArray &qml, QScopedPointer<QObject> &holder)
{
    view.setColor(Qt::white);
    view.resize(size);
    view.engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
    QQmlComponent component(view.engine());
    component.setData(qml, QUrl());
    holder.reset(component.create());
    auto *root = qobject_cast<QQuickItem *>(holder.data());
    if (!root) {
        qWarning("%s", qPrintable(component.errorString()));
        return nullptr;
    }
    root->setParentItem(view.contentItem());
    view.show();
    return QTest::qWaitForWindowExposed(&view) ? root : nullptr;
}
} // namespace

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
        QScopedPointer<QObject> scene;
        QVERIFY(showScene(view, {400, 300},
            "import QtQuick\n"
            "Item {\n"
            "width: 400; height: 300\n"
            "Rectangle { objectName: \"unnamed\"; width: 40; height: 40; activeFocusOnTab: true }\n"
            "Text { objectName: \"faint\"; y: 60; text: \"Faint words\"; color: \"#BBBBBB\" }\n"
            "Text { objectName: \"clipped\"; y: 120; width: 50; text: \"A sentence far too long for its box\" }\n"
            "Rectangle { y: 180; width: 100; height: 100; color: \"#000000\"\n"
            "Text { objectName: \"dark\"; text: \"Dark\"; color: \"#333333\" } }\n"
            "MouseArea { objectName: \"strayTouch\"; x: 300; width: 80; height: 80 }\n"
            "Text { objectName: \"cutShort\"; x: 120; y: 240; width: 60; elide: Text.ElideRight; text: \"Staff settings\" }\n"
            "Flickable { x: 200; y: 150; width: 150; height: 100; clip: true; contentHeight: 400\n"
            "Rectangle { objectName: \"belowTheFold\"; y: 60; width: 80; height: 80; activeFocusOnTab: true\n"
            "Accessible.role: Accessible.Button; Accessible.name: \"Hidden\" } }\n"
            "Rectangle { objectName: \"offTheEdge\"; x: 360; y: 200; width: 80; height: 80; activeFocusOnTab: true\n"
            "Accessible.role: Accessible.Button; Accessible.name: \"Half off\" }\n"
            "}\n",
                          scene));
        const QString found = AccessibilityAudit(view, {72, 4.5}).check().join(QLatin1Char('\n'));
        QVERIFY2(found.contains(QLatin1String("no accessible name: QQuickRectangle unnamed")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("no accessible role: QQuickRectangle unnamed")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("target 40x40 under 72 px")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("faint")) && found.contains(QLatin1String("contrast")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("clipped text")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("#333333 on #000000")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("touch area with no named control")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("text cut short: QQuickText cutShort")), qPrintable(found));
        // Half under a scrolling area's edge, and half off the window, with no cue and no scrolling to focus.
        QVERIFY2(found.contains(QLatin1String("no visible \"More below\" cue: QQuickRectangle belowTheFold")), qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("still out of sight when it has keyboard focus: QQuickRectangle belowTheFold")),
                 qPrintable(found));
        QVERIFY2(found.contains(QLatin1String("still out of sight when it has keyboard focus: QQuickRectangle offTheEdge")),
                 qPrintable(found));
    }

    // The screens' frame passes the same check: it shows "More below" and scrolls to what has focus.
    void auditAcceptsAFrameThatCuesAndScrolls()
    {
        QTemporaryDir dir;
        KioskContext context({dir.filePath(QStringLiteral("device.sqlite")), dir.filePath(QStringLiteral("media")),
                              QStringLiteral("none"), false, true});
        context.installSingletons();
        QQuickView view;
        QScopedPointer<QObject> scene;
        QQuickItem *frame = showScene(view, {800, 600},
            "import QtQuick\n"
            "import Chorus\n"
            "ScreenFrame { width: 800; height: 600; title: \"Tall\"\n"
            "Repeater { model: 10; ActionButton { objectName: \"button\" + index; text: \"Button \" + index } } }\n",
                                      scene);
        QVERIFY(frame);
        auto *last = test::findItem(frame, QStringLiteral("button9"));
        QVERIFY(last);
        QVERIFY2(last->mapToScene(QPointF(0, last->height())).y() > 600, "the last button should start out of sight");
        const QStringList found = AccessibilityAudit(view, {72, 4.5}).check();
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
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
        // The organisation's "If you need help now" words, so the Thank-you screen is audited with them.
        test::seedHelpWords(dir.filePath(QStringLiteral("device.sqlite")),
                            {{QStringLiteral("en"), QStringLiteral("Call Samaritans free on 116 123, day or night. In an emergency call 999.")},
                             {QStringLiteral("cy"), QStringLiteral("Ffoniwch y Samariaid am ddim ar 116 123, ddydd neu nos. Mewn argyfwng ffoniwch 999.")},
                             {QStringLiteral("ar"), QStringLiteral("اتصل بالسامريين مجانًا على 116 123 ليلًا أو نهارًا. في حالة الطوارئ اتصل بالرقم 999.")}});
        // A coordinator's picture card offered by the first prompt (with a card name no one made), so
        // the picture-sorting screen is audited with it.
        const QString cardId = test::seedPictureCard(dir.filePath(QStringLiteral("device.sqlite")), media,
                                                     QStringLiteral("demo-prompt-treated-today"));
        context.reloadContent();

        QQmlApplicationEngine engine;
        QQuickWindow *window = test::showKiosk(engine);
        QVERIFY(window);

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
        // Standing tall, as kiosks often do and tablets may: the plainest look and the hardest ones.
        for (const QSize size : {ScreenshotTour::kioskPortrait(), ScreenshotTour::tabletPortrait()}) {
            const QString where = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
            looks.append({where + QStringLiteral("/default/en/100%"), QString(), size});
            looks.append({where + QStringLiteral("/default/cy/200%"), QStringLiteral("Language.language = 'cy'; Theme.textScale = 2"), size});
            looks.append({where + QStringLiteral("/high-contrast/ar/200%"),
                          QStringLiteral("Theme.highContrast = true; Language.language = 'ar'; Theme.textScale = 2"), size});
        }
        QStringList problems;
        int items = 0;
        int outcomesAboveTheFold = 0;
        int voiceNotesAudited = 0;
        int helpWordsAudited = 0;
        int cardsAudited = 0;
        const QString shots = qEnvironmentVariable("CHORUS_AUDIT_SCREENSHOTS"); // to look at the card screen
        ScreenshotTour tour(*window, looks, [&](const QString &look, int, const QString &screen, QString *) {
            if (screen == QLatin1String("staff") && test::findVisibleItem(window->contentItem(), QStringLiteral("voiceNotePlay_0")))
                ++voiceNotesAudited;
            if (screen == QLatin1String("thanks") && test::findVisibleItem(window->contentItem(), QStringLiteral("helpNow")))
                ++helpWordsAudited;
            if (screen == QLatin1String("pictures") && !look.isEmpty()) {
                if (test::findVisibleItem(window->contentItem(), QStringLiteral("card_") + cardId))
                    ++cardsAudited;
                if (test::findItem(window->contentItem(), QStringLiteral("card_") + test::kUnknownCardId))
                    problems << QStringLiteral("%1 pictures: a card no one made is shown").arg(look);
                if (!shots.isEmpty())
                    window->grabWindow().save(QDir(shots).filePath(QString(look).replace(QLatin1Char('/'), QLatin1Char('_'))
                                                                   + QStringLiteral("_pictures.png")));
            }
            // "You said, we did" is seen without scrolling, wide or tall, at the usual text size.
            if (screen == QLatin1String("welcome") && look.endsWith(QLatin1String("/100%"))) {
                if (QQuickItem *outcome = test::findVisibleItem(window->contentItem(), QStringLiteral("outcome_0"))) {
                    const QRectF r = outcome->mapRectToScene(QRectF(0, 0, outcome->width(), outcome->height()));
                    if (r.bottom() <= window->height() - 2 * 72 && r.top() >= 0)
                        ++outcomesAboveTheFold;
                    else
                        problems << QStringLiteral("%1 welcome: the first outcome is below the fold (%2 to %3 of %4 px)")
                                        .arg(look).arg(r.top()).arg(r.bottom()).arg(window->height());
                }
            }
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
        QCOMPARE(tour.screensVisited(), looks.size() * 22);
        QCOMPARE(voiceNotesAudited, looks.size());
        QCOMPARE(helpWordsAudited, looks.size());
        QCOMPARE(cardsAudited, looks.size());
        QVERIFY2(rc == 0, qPrintable(tour.failures().join(QLatin1Char('\n'))));
        for (const QString &p : problems.mid(0, 400))
            qInfo("%s", qPrintable(p));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size())
                                                + problems.mid(0, 60).join(QLatin1Char('\n'))));
        // Every look at 100% text: six at 1280×800, one in each portrait size.
        QCOMPARE(outcomesAboveTheFold, 8);
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
