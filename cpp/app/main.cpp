// The kiosk app: opens the device store, builds the controllers and models, and shows the QML.
// --self-test loads every screen offscreen and exits; --screenshot-dir saves a PNG of each screen.

#include "benchprobe.h"
#include "controllers/kioskcontext.h"
#include "screenshottour.h"
#include "shutdownsignals.h"
#include "storage/storageerror.h"

#include <QCommandLineParser>
#include <QDir>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>

#include <cstdio>

#include <sys/stat.h>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

int main(int argc, char *argv[])
{
    // Everything the kiosk writes (store, WAL, media, drafts) is for its own user only.
    ::umask(0077);
    // The on-screen keyboard has to be chosen before the application object exists.
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--kiosk") == 0)
            qputenv("QT_IM_MODULE", "qtvirtualkeyboard");
    }
    if (qgetenv("QT_QPA_PLATFORM") == "offscreen")
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);

    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("chorus"));
    QQuickStyle::setStyle(QStringLiteral("Basic"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Chorus kiosk: have your say."));
    parser.addHelpOption();
    const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Device store file."), QStringLiteral("path"),
                                      dataDir + QStringLiteral("/chorus.sqlite"));
    const QCommandLineOption mediaOption(QStringLiteral("media"), QStringLiteral("Folder for voice notes and drawings."),
                                         QStringLiteral("dir"), dataDir + QStringLiteral("/media"));
    const QCommandLineOption kioskOption(QStringLiteral("kiosk"), QStringLiteral("Full screen with the on-screen keyboard."));
    const QCommandLineOption selfTestOption(QStringLiteral("self-test"), QStringLiteral("Load all screens and exit."));
    const QCommandLineOption shotsOption(QStringLiteral("screenshot-dir"),
                                         QStringLiteral("Save a PNG of every screen into dir and exit."), QStringLiteral("dir"));
    const QCommandLineOption ttsOption(QStringLiteral("tts"), QStringLiteral("Speech engine, or none."), QStringLiteral("engine"));
    parser.addOptions({dbOption, mediaOption, kioskOption, selfTestOption, shotsOption, ttsOption});
    parser.process(app);

    // Folders made before the umask (an older version) are narrowed too.
    for (const QString &dir : {QFileInfo(parser.value(dbOption)).absolutePath(), parser.value(mediaOption)}) {
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }

    std::unique_ptr<chorus::KioskContext> context;
    try {
        context = std::make_unique<chorus::KioskContext>(chorus::KioskContext::Options{
            parser.value(dbOption), parser.value(mediaOption), parser.value(ttsOption), parser.isSet(kioskOption), true});
    } catch (const chorus::StorageError &error) {
        std::fprintf(stderr, "chorus: %s\n", qPrintable(error.userMessage()));
        return 2;
    }
    context->installSingletons();

    QQmlApplicationEngine engine;
    // Qt 6.4 does not search the module's resource prefix by default (6.5 does).
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(&engine, &QQmlApplicationEngine::objectCreationFailed, &app,
                     [] { QCoreApplication::exit(-1); }, Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Main.qml")));
    if (engine.rootObjects().isEmpty())
        return 1;
    if (auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst()))
        chorus::installBenchProbe(*window, context->session());

    if (parser.isSet(selfTestOption) || parser.isSet(shotsOption)) {
        auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
        const QString dir = parser.value(shotsOption);
        chorus::ScreenshotTour tour(*window, chorus::ScreenshotTour::standardLooks(),
                                    dir.isEmpty() ? chorus::ScreenshotTour::Visitor{}
                                                  : chorus::ScreenshotTour::saveInto(*window, dir));
        return tour.run();
    }
    const chorus::ShutdownSignals shutdownSignals;
    return QGuiApplication::exec();
}
