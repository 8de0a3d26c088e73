// The accessibility audit of every outreach screen and state (choosing a name, the PIN, starting a
// session, a running session, the consent screen of an assisted answer, the give-back screen) in
// every look: default and high contrast, English, Welsh and Arabic, 100% and 200% text, on a tablet
// held wide (1280×800) and tall (800×1280). With CHORUS_OUTREACH_SHOTS set to a folder, it also
// saves a PNG of each screen in four looks there (docs/screenshots holds them).

#include "../../cpp/app/screenshottour.h"
#include "accessibilityaudit.h"
#include "controllers/kioskcontext.h"
#include "controllers/outreachcontroller.h"
#include "outreachseed.h"
#include "quickfind.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlExpression>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;

namespace {
struct State {
    const char *name;
    const char *script;
    const char *screen;
};
// In order: each state starts from the one before.
const State kStates[] = {
    {"choose-name", "Outreach.signOut(); startAgain()", "outreachHome"},
    {"pin", "currentScreen.chosenId = 'w-aled'; currentScreen.chosenName = 'Aled'", "outreachHome"},
    {"start-session", "", "outreachHome"}, // signed in from C++ before this state
    {"session", "Outreach.startSession('Market street', '', ''); startAgain()", "outreachHome"},
    {"consent-assisted", "beginOutreachAnswer(true); show('consent')", "consent"},
    {"give-back", "Session.reset(); Outreach.beginAnswer(false); Outreach.answerSent(); startAgain()", "outreachGiveBack"},
};
} // namespace

class TestOutreachAudit : public QObject {
    Q_OBJECT

private:
    QQuickItem *m_shell = nullptr;

    void run(const QString &script)
    {
        if (script.isEmpty())
            return;
        QQmlExpression expression(qmlContext(m_shell), m_shell, script);
        (void)expression.evaluate();
        QVERIFY2(!expression.hasError(), qPrintable(expression.error().toString()));
    }

private Q_SLOTS:
    void everyOutreachScreenEveryLook()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("device.sqlite"));
        const QString media = dir.filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        test::seedOutreachTablet(db);
        KioskContext context({db, media, QStringLiteral("none"), false, true});
        context.installSingletons();
        QQmlApplicationEngine engine;
        QQuickWindow *window = test::showKiosk(engine);
        QVERIFY(window);
        m_shell = window->findChild<QQuickItem *>(QStringLiteral("appShell"));
        QVERIFY(m_shell);
        OutreachController &outreach = context.outreach();

        struct Look {
            QString name, setup;
            QSize size;
            bool shot;
        };
        QList<Look> looks;
        for (const bool high : {false, true})
            for (const char *lang : {"en", "cy", "ar"})
                for (const double scale : {1.0, 2.0})
                    looks.append({QStringLiteral("%1-%2-%3").arg(high ? QStringLiteral("high-contrast") : QStringLiteral("default"),
                                                                 QLatin1String(lang))
                                      .arg(int(scale * 100)),
                                  QStringLiteral("Theme.highContrast = %1; Language.language = '%2'; Theme.textScale = %3")
                                      .arg(high ? QStringLiteral("true") : QStringLiteral("false"), QLatin1String(lang))
                                      .arg(scale),
                                  ScreenshotTour::landscape(), !high && scale == 1.0 && qstrcmp(lang, "ar") != 0});
        const QSize tall = ScreenshotTour::tabletPortrait();
        looks.append({QStringLiteral("portrait-default-en-100"), QString(), tall, true});
        looks.append({QStringLiteral("portrait-default-cy-200"), QStringLiteral("Language.language = 'cy'; Theme.textScale = 2"), tall, false});
        looks.append({QStringLiteral("portrait-high-contrast-ar-200"),
                      QStringLiteral("Theme.highContrast = true; Language.language = 'ar'; Theme.textScale = 2"), tall, true});

        const QString shots = qEnvironmentVariable("CHORUS_OUTREACH_SHOTS");
        QStringList problems;
        int audited = 0, items = 0;
        for (const Look &look : looks) {
            window->resize(look.size);
            for (const State &state : kStates) {
                if (qstrcmp(state.name, "start-session") == 0) {
                    QVERIFY(outreach.signIn(QStringLiteral("w-aled"), QStringLiteral("2468")));
                    QTRY_VERIFY_WITH_TIMEOUT(outreach.isSignedIn(), 10000);
                    run(QStringLiteral("startAgain()"));
                }
                run(QString::fromLatin1(state.script));
                run(look.setup);
                QTest::qWait(120);
                QCOMPARE(m_shell->property("screen").toString(), QString::fromLatin1(state.screen));
                AccessibilityAudit audit(*window, {72, look.name.contains(QLatin1String("high-contrast")) ? 7.0 : 4.5});
                for (const QString &p : audit.check())
                    problems << QStringLiteral("%1 %2: %3").arg(look.name, QLatin1String(state.name), p);
                items += audit.itemsChecked();
                ++audited;
                if (!shots.isEmpty() && look.shot)
                    QVERIFY(window->grabWindow().save(
                        QDir(shots).filePath(QStringLiteral("outreach-%1-%2.png").arg(look.name, QLatin1String(state.name)))));
            }
            // Back to a tablet nobody has signed in to, with no session, for the next look.
            QVERIFY(outreach.unlockReturn(QStringLiteral("2468")));
            QTRY_VERIFY_WITH_TIMEOUT(!outreach.isAwaitingReturn(), 10000);
            run(QStringLiteral("Session.reset(); Outreach.signOut(); startAgain()"));
        }
        qInfo("audited %d outreach screens, %d items", audited, items);
        QCOMPARE(audited, int(looks.size() * std::size(kStates)));
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 problem(s):\n").arg(problems.size())
                                                + problems.mid(0, 60).join(QLatin1Char('\n'))));
    }
};

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    TestOutreachAudit test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_outreachaudit.moc"
