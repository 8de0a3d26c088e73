#include "screenshottour.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace chorus {

namespace {

// Screen by screen, the way a person would go: the script to run, the screen expected afterwards,
// and whether the look is applied again first (Start again, before staff mode, resets the device to
// its defaults; a group session's screens are for everyone, so they are seen in every look).
struct Stop {
    const char *script;
    const char *screen;
    bool inLook = false;
};
const Stop tour[] = {
    {"", "welcome"},
    {"go('question')", "question"},
    // The first prompt: the demo's, and the one the run command publishes, allow every format.
    {"choosePrompt(Prompts.idAt(0))", "format"},
    {"chooseFormat('write'); Session.text = 'The staff were kind and the tea was hot.'", "write"},
    {"back(); chooseFormat('faces'); Session.rating = 4", "faces"},
    {"back(); chooseFormat('pictures'); Session.setPile('food', 'good'); Session.setPile('shower', 'bad');"
     " Session.setPile('phone', 'unsure')", "pictures"},
    {"back(); chooseFormat('draw'); Session.addStroke([{x: 0.2, y: 0.7}, {x: 0.5, y: 0.2}, {x: 0.8, y: 0.7}]);"
     " Session.addStroke([{x: 0.3, y: 0.5}, {x: 0.7, y: 0.5}])", "draw"},
    {"back(); chooseFormat('speak')", "speak"},
    {"back(); chooseFormat('write'); Session.text = 'The staff were kind and the tea was hot.'; go('check')", "check"},
    {"go('consent'); Session.contactMe = true", "consent"},
    {"Session.send()", "thanks"},
    {"startAgain(); go('staffPin')", "staffPin"},
    {"go('staffNewPin')", "staffNewPin"},
    {"go('staff')", "staff"},
    // A group session from staff mode: three ideas in three ways, two people's dots, the results.
    {"show('groupSetup')", "groupSetup", true},
    {"Group.start('What should we do together this summer?', 3, false); addGroupIdea(); chooseFormat('write');"
     " Session.text = 'A trip to the sea'; go('consent'); Session.send()", "groupIdeas"},
    {"addGroupIdea(); chooseFormat('faces'); Session.rating = 5; go('consent'); Session.send()", "groupIdeas"},
    {"addGroupIdea(); chooseFormat('pictures'); Session.setPile('food', 'good'); Session.setPile('friends', 'good');"
     " go('consent'); Session.send()", "groupIdeas"},
    {"Group.beginVoting(); show('groupVote'); Group.addDot(Group.ideas[0].ideaId); Group.addDot(Group.ideas[0].ideaId);"
     " Group.addDot(Group.ideas[2].ideaId); Group.finishVoter(); Group.nextVoter(); Group.addDot(Group.ideas[2].ideaId)",
     "groupVote"},
    {"Group.finishVoter()", "groupVote"},
    {"Group.showResults(); show('groupResults'); Group.nextStep = 'We will book the minibus for August.'",
     "groupResults"},
    // "Me too" on the kiosk: the demo's published idea.
    {"Group.end(); show('meToo')", "meToo"},
};

} // namespace

QList<ScreenshotTour::Look> ScreenshotTour::standardLooks()
{
    return {
        {QStringLiteral("default"), {}},
        {QStringLiteral("high-contrast"), QStringLiteral("Theme.highContrast = true")},
        {QStringLiteral("arabic"), QStringLiteral("Language.language = 'ar'")},
        {QStringLiteral("text-200"), QStringLiteral("Theme.textScale = 2.0")},
        {QStringLiteral("portrait"), {}, kioskPortrait()},
        {QStringLiteral("tablet-portrait"), {}, tabletPortrait()},
        {QStringLiteral("tablet-portrait-arabic-200"), QStringLiteral("Language.language = 'ar'; Theme.textScale = 2.0"),
         tabletPortrait()},
    };
}

ScreenshotTour::ScreenshotTour(QQuickWindow &window, QList<Look> looks, Visitor visitor)
    : m_window(window)
    , m_looks(std::move(looks))
    , m_visitor(std::move(visitor))
{
    m_shell = window.findChild<QQuickItem *>(QStringLiteral("appShell"));
}

ScreenshotTour::Visitor ScreenshotTour::saveInto(QQuickWindow &window, const QString &dir)
{
    QDir().mkpath(dir);
    return [&window, dir](const QString &look, int index, const QString &screen, QString *problem) {
        const QString file = QDir(dir).filePath(
            QStringLiteral("%1-%2-%3.png").arg(look).arg(index, 2, 10, QLatin1Char('0')).arg(screen));
        if (!window.grabWindow().save(file)) {
            *problem = QStringLiteral("could not write %1").arg(file);
            return false;
        }
        std::printf("%s\n", qPrintable(file));
        return true;
    };
}

void ScreenshotTour::settle(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

bool ScreenshotTour::step(const QString &script)
{
    if (script.isEmpty())
        return true;
    QQmlExpression expression(qmlContext(m_shell), m_shell, script);
    (void)expression.evaluate();
    if (expression.hasError()) {
        m_failures << expression.error().toString();
        return false;
    }
    return true;
}

bool ScreenshotTour::visit(const QString &look, int index, const QString &expectedScreen)
{
    // Sending is asynchronous: wait for the screen to arrive rather than for a fixed time.
    QElapsedTimer timer;
    timer.start();
    while (m_shell->property("screen").toString() != expectedScreen && timer.elapsed() < 5000)
        settle(20);
    settle(150);
    const QString screen = m_shell->property("screen").toString();
    if (screen != expectedScreen || !m_shell->property("currentScreen").value<QQuickItem *>()) {
        m_failures << QStringLiteral("%1: expected screen %2, got %3").arg(look, expectedScreen, screen);
        return false;
    }
    ++m_visited;
    QString problem;
    if (m_visitor && !m_visitor(look, index, screen, &problem)) {
        m_failures << QStringLiteral("%1 %2: %3").arg(look, screen, problem);
        return false;
    }
    return true;
}

int ScreenshotTour::run()
{
    if (!m_shell) {
        std::fprintf(stderr, "tour: no appShell item\n");
        return 1;
    }
    int warnings = 0;
    QObject::connect(qmlEngine(m_shell), &QQmlEngine::warnings, qmlEngine(m_shell), [&](const QList<QQmlError> &list) {
        for (const QQmlError &e : list) {
            // The voice panel is another piece of work; until it is built in, the Speak screen says so.
            if (e.toString().contains(QLatin1String("VoiceRecorderPanel")))
                continue;
            ++warnings;
            m_failures << e.toString();
        }
    });
    for (const Look &look : std::as_const(m_looks)) {
        const QString &name = look.name;
        m_window.resize(look.size);
        step(QStringLiteral("startAgain()"));
        step(look.setup);
        int index = 0;
        for (const auto &[script, screen, inLook] : tour) {
            if (inLook)
                step(look.setup);
            if (!step(QString::fromLatin1(script)) || !visit(name, index++, QString::fromLatin1(screen)))
                break;
        }
    }
    step(QStringLiteral("startAgain()"));
    m_window.resize(landscape());
    for (const QString &failure : std::as_const(m_failures))
        std::fprintf(stderr, "tour: %s\n", qPrintable(failure));
    std::printf("tour: %d screen(s) visited, %d problem(s), %d QML warning(s)\n", m_visited, int(m_failures.size()),
                warnings);
    return m_failures.isEmpty() ? 0 : 1;
}

} // namespace chorus
