// The accessibility audit of every outreach screen and state (choosing a name, the PIN, starting a
// session, a running session, its list of answers, an answer opened, being corrected, kept private,
// and about to be withdrawn, the consent screen of an assisted answer, the give-back screen with and
// without an answer sent) in every look: default and high contrast, English, Welsh and Arabic, 100%
// and 200% text, on a tablet held wide (1280×800) and tall (800×1280). With CHORUS_OUTREACH_SHOTS set
// to a folder, it also saves a PNG of each screen in four looks there (docs/screenshots holds them).

#include "../../cpp/app/screenshottour.h"
#include "accessibilityaudit.h"
#include "controllers/kioskcontext.h"
#include "controllers/outreachcontroller.h"
#include "controllers/sessionanswers.h"
#include "outreachseed.h"
#include "quickfind.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"

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
    {"session", "Outreach.startSession('Market street'); startAgain()", "outreachHome"},
    {"session-answers", "startAgain()", "outreachHome"}, // two answers saved from C++ before this state
    {"answer-open", "", "outreachAnswer"}, // the answer the person let the worker open
    {"answer-editing", "", "outreachAnswer"}, // its words changed, the correction ready to save
    {"answer-private", "", "outreachAnswer"}, // the one they did not
    {"answer-withdraw", "currentScreen.confirming = true", "outreachAnswer"},
    {"consent-assisted", "beginOutreachAnswer(true); show('consent')", "consent"},
    {"give-back-unsent", "Session.reset(); Outreach.beginAnswer(false); startAgain()", "outreachGiveBack"},
    {"give-back", "Session.reset(); Outreach.beginAnswer(false); Outreach.answerSent(); startAgain()", "outreachGiveBack"},
};
} // namespace

class TestOutreachAudit : public QObject {
    Q_OBJECT

private:
    QQuickItem *m_shell = nullptr;
    QString m_openable, m_private;

    // This session's answers as the writer reports them: an assisted written one the person let the
    // worker open (with contact details), and a handed-over one they did not.
    void takeTwoAnswers(KioskContext &context, const QString &db)
    {
        auto store = DeviceStore::open(db);
        ContributionRepository repository(*store);
        Contribution c;
        c.promptId = QStringLiteral("p-1");
        c.format = AnswerFormat::Write;
        c.text = QStringLiteral("The bus to the food bank was late again and we waited in the rain for an hour.");
        c.outreachSessionId = context.outreach().sessionId();
        c.assistedBy = QStringLiteral("w-aled");
        c.consent.contactMe = true;
        c.contactName = QStringLiteral("Sam");
        c.contactDetail = QStringLiteral("07700 900123");
        context.sessionAnswers().setWorkerMayOpen(true);
        const Contribution openable = repository.save(c);
        context.sessionAnswers().noteSaved(openable);
        c.assistedBy.clear();
        c.consent.contactMe = false;
        c.contactName.clear();
        c.contactDetail.clear();
        const Contribution kept = repository.save(c);
        context.sessionAnswers().noteSaved(kept);
        m_openable = openable.id;
        m_private = kept.id;
    }

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
                if (qstrcmp(state.name, "session-answers") == 0)
                    takeTwoAnswers(context, db);
                if (qstrcmp(state.name, "answer-open") == 0)
                    run(QStringLiteral("startAgain(); openSessionAnswer('%1')").arg(m_openable));
                if (qstrcmp(state.name, "answer-editing") == 0) {
                    auto *field = window->findChild<QQuickItem *>(QStringLiteral("correctionField"));
                    QVERIFY(field);
                    field->setProperty("text", QStringLiteral("The bus to the food bank was late again, and we waited an hour."));
                }
                if (qstrcmp(state.name, "answer-private") == 0)
                    run(QStringLiteral("startAgain(); openSessionAnswer('%1')").arg(m_private));
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
