// A spoken answer through the whole kiosk, as a person gives one: the Speak screen records from the
// default microphone (a private PulseAudio daemon's null sink, with a tone playing into it) for
// longer than the inactivity reset, is not wiped meanwhile, is kept, checked, consented to and sent,
// and the store then holds an Ogg Opus note of the length the screen showed.

#include "../qml/quickfind.h"
#include "../qml/storeprobe.h"
#include "controllers/inactivitymonitor.h"
#include "controllers/kioskcontext.h"
#include "controllers/voicerecordercontroller.h"
#include "opusdecode.h"
#include "pulsedaemon.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"
#include "voice/opusduration.h"

#include <QAccessible>
#include <QDir>
#include <QElapsedTimer>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>

#include <cmath>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

using namespace chorus;

class TestVoiceFlow : public QObject {
    Q_OBJECT

private:
    test::PulseDaemon m_pulse;
    QTemporaryDir m_dir;
    QQuickItem *m_shell = nullptr;

    QQuickItem *onScreen(const char *name) const
    {
        auto *screen = m_shell->property("currentScreen").value<QQuickItem *>();
        return screen ? test::findItem(screen, QLatin1String(name)) : nullptr;
    }

    // Presses a button the way a screen reader or switch device does.
    [[nodiscard]] bool press(const char *name) const
    {
        QQuickItem *button = onScreen(name);
        if (!button || !button->isVisible() || !button->isEnabled())
            return false;
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
        if (!iface || !iface->actionInterface())
            return false;
        iface->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        return true;
    }

    [[nodiscard]] QString screen() const { return m_shell->property("screen").toString(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Before anything touches Qt Multimedia: its PulseAudio connection reads PULSE_SERVER once.
        QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
        QAccessible::setActive(true);
    }

    void cleanupTestCase() { m_pulse.stop(); }

    void aLongSpokenAnswerIsRecordedKeptAndStored()
    {
        const QString db = m_dir.filePath(QStringLiteral("device.sqlite"));
        const QString media = m_dir.filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        KioskContext context({ db, media, QStringLiteral("none"), false, true });
        context.installSingletons();
        StoreProbe store(db, media);
        const int before = store.count();

        QQmlApplicationEngine engine;
        QQuickWindow *window = test::showKiosk(engine);
        QVERIFY(window);
        m_shell = window->findChild<QQuickItem *>(QStringLiteral("appShell"));
        QVERIFY(m_shell);

        QVERIFY(press("startButton"));
        QTRY_COMPARE(screen(), QStringLiteral("question"));
        QVERIFY(press("prompt_0"));
        QTRY_COMPARE(screen(), QStringLiteral("format"));
        QVERIFY(press("format_speak"));
        QTRY_COMPARE(screen(), QStringLiteral("speak"));

        // The reset would normally come after a minute; here after 0.4 s, so the recording outlasts it.
        InactivityMonitor &inactivity = context.inactivity();
        inactivity.setTimeoutMs(400);
        inactivity.setCountdownMs(400);
        QSignalSpy warnings(&inactivity, &InactivityMonitor::warningChanged);

        const QString tone = m_dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(test::PulseDaemon::writeToneWav(tone, 10.0, 440.0, 0.5));
        QProcess *player = m_pulse.play(tone);
        QVERIFY(player->waitForStarted(5000));
        QTRY_VERIFY_WITH_TIMEOUT(m_pulse.hasPlayback(), 5000);

        auto *status = onScreen("voiceStatus");
        QVERIFY(status);
        auto *panel = onScreen("voiceRecorderPanel");
        QVERIFY(panel);
        auto *recorder = panel->property("recorder").value<VoiceRecorderController *>();
        QVERIFY(recorder);
        QVERIFY2(press("recordButton"), qPrintable(status->property("text").toString()));
        QElapsedTimer wall;
        wall.start();
        QVERIFY(inactivity.isPaused());
        // Someone talks without touching the screen for many times the reset's quiet spell (the
        // stream may take a moment to start on a busy machine: the recording's own clock counts).
        QTRY_VERIFY_WITH_TIMEOUT(recorder->elapsedMs() >= 3000, 20000);
        QCOMPARE(warnings.count(), 0);
        QCOMPARE(screen(), QStringLiteral("speak"));
        QVERIFY2(status->property("text").toString().startsWith(QStringLiteral("Recording")),
            qPrintable(status->property("text").toString()));
        QVERIFY(press("stopButton"));
        const qint64 wallMs = wall.elapsed();
        m_pulse.stopPlaying();
        QVERIFY(press("keepButton"));
        // Recording over: the quiet spell runs again (tested in full by tst_inactivitymonitor).
        QVERIFY(!inactivity.isPaused());
        inactivity.setTimeoutMs(60000);

        const int shownMs = recorder->durationMs();

        QVERIFY(press("nextButton"));
        QTRY_COMPARE(screen(), QStringLiteral("check"));
        QVERIFY(press("confirmAnswer"));
        QTRY_COMPARE(screen(), QStringLiteral("consent"));
        QVERIFY(press("sendButton"));
        QTRY_COMPARE_WITH_TIMEOUT(screen(), QStringLiteral("thanks"), 10000);

        QCOMPARE(store.count(), before + 1);
        const QVariantMap saved = store.latest();
        QCOMPARE(saved.value(QStringLiteral("format")).toString(), QStringLiteral("speak"));
        const QStringList notes = saved.value(QStringLiteral("media")).toStringList();
        QCOMPARE(notes.size(), 1);
        auto device = DeviceStore::open(db);
        const QString path = MediaStore(*device, media).pathOf(notes.first());
        QVERIFY2(QFile::exists(path), qPrintable(path));

        const auto decoded = test::decodeOpus(path);
        QVERIFY2(decoded.has_value(), "the stored note is not Ogg Opus");
        const auto header = opusDurationMs(path);
        QVERIFY(header.has_value());
        qInfo("wall %lld ms, shown %d ms, Ogg header %lld ms, decoded %lld ms, rms %.2f", wallMs, shownMs,
            static_cast<long long>(*header), static_cast<long long>(decoded->durationMs()), decoded->rms);
        QVERIFY(std::abs(decoded->durationMs() - shownMs) <= 100);
        QVERIFY(std::abs(*header - decoded->durationMs()) <= 50);
        QVERIFY2(decoded->durationMs() >= 3000 && decoded->durationMs() <= wallMs + 300, "not the length spoken");
        QVERIFY2(decoded->rms > 0.2, "the tone should be clearly audible in the stored note");
    }
};

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    TestVoiceFlow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_voiceflow.moc"
