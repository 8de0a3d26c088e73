// The Speak panel as a person uses it, against a private PulseAudio daemon playing a tone into the
// default microphone: press Record through the accessibility action, see the level meter move and
// the time count, stop, keep (the Session now holds the note), then delete it.

#include "controllers/kioskcontext.h"
#include "controllers/kiosksession.h"
#include "controllers/voicerecordercontroller.h"
#include "pulsedaemon.h"

#include <QAccessible>
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

class TestVoiceRecorderPanel : public QObject {
    Q_OBJECT

private:
    test::PulseDaemon m_pulse;
    QTemporaryDir m_dir;
    std::unique_ptr<KioskContext> m_context;
    std::unique_ptr<QQmlEngine> m_engine;
    QQuickWindow m_window;

    QQuickItem *createPanel(const QString &mediaFolder)
    {
        QQmlComponent component(
            m_engine.get(), QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Components/VoiceRecorderPanel.qml")));
        auto *panel = qobject_cast<QQuickItem *>(component.createWithInitialProperties(
            { { QStringLiteral("mediaFolder"), mediaFolder }, { QStringLiteral("width"), 1000 } }));
        if (!panel)
            qWarning() << component.errors();
        else
            panel->setParentItem(m_window.contentItem());
        return panel;
    }

    static QQuickItem *child(QQuickItem *panel, const char *name)
    {
        return panel->findChild<QQuickItem *>(QLatin1String(name));
    }

    // Presses a button the way a screen reader or switch device does.
    static bool press(QQuickItem *button)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(button);
        if (!iface || !iface->actionInterface() || !button->isVisible() || !button->isEnabled())
            return false;
        iface->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
        return true;
    }

    QString mediaDir() const { return m_dir.filePath(QStringLiteral("media")); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
        QDir().mkpath(mediaDir());
        m_context = std::make_unique<KioskContext>(KioskContext::Options {
            m_dir.filePath(QStringLiteral("device.sqlite")), mediaDir(), QStringLiteral("none"), false, true });
        m_context->installSingletons();
        m_engine = std::make_unique<QQmlEngine>();
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_window.resize(1100, 900);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
        QAccessible::setActive(true);
    }

    void cleanupTestCase()
    {
        m_engine.reset();
        m_pulse.stop();
    }

    void recordKeepAndDelete()
    {
        std::unique_ptr<QQuickItem> panel(createPanel(mediaDir()));
        QVERIFY(panel);
        auto *recorder = panel->property("recorder").value<VoiceRecorderController *>();
        QVERIFY(recorder);
        QVERIFY(recorder->isAvailable());
        QVERIFY(
            child(panel.get(), "voiceStatus")->property("text").toString().contains(QStringLiteral("Press Record")));
        QVERIFY(!child(panel.get(), "levelMeter")->isVisible());

        const QString tone = m_dir.filePath(QStringLiteral("tone.wav"));
        QVERIFY(test::PulseDaemon::writeToneWav(tone, 8.0, 440.0, 0.5));
        QProcess *player = m_pulse.play(tone);
        QVERIFY(player->waitForStarted(5000));
        QVERIFY2(press(child(panel.get(), "recordButton")), "Record has no accessible press action");
        QCOMPARE(recorder->state(), VoiceRecorderController::State::Recording);
        QVERIFY(child(panel.get(), "levelMeter")->isVisible());
        QVERIFY(child(panel.get(), "stopButton")->isVisible());
        QVERIFY(!child(panel.get(), "recordButton")->isVisible());
        // The bar moves: a person can see the microphone hears them.
        QTRY_VERIFY_WITH_TIMEOUT(
            child(panel.get(), "levelBar")->width() > 0.5 * child(panel.get(), "levelMeter")->width(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(recorder->elapsedMs() >= 1500, 10000);
        QVERIFY(child(panel.get(), "voiceElapsed")->property("text").toString().endsWith(QStringLiteral(" / 5:00")));

        QVERIFY(press(child(panel.get(), "stopButton")));
        m_pulse.stopPlaying();
        QCOMPARE(recorder->state(), VoiceRecorderController::State::Review);
        QVERIFY(
            child(panel.get(), "voiceStatus")->property("text").toString().contains(QStringLiteral("Listen to it")));
        QVERIFY(child(panel.get(), "listenButton")->isVisible());
        const QString draft = recorder->draftPath();
        QVERIFY(QFile::exists(draft));
        QVERIFY(draft.startsWith(mediaDir()));
        // Listen plays the draft, which is encrypted on the disk, from memory.
        QVERIFY(press(child(panel.get(), "listenButton")));
        QTRY_VERIFY_WITH_TIMEOUT(panel->property("playing").toBool(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(m_pulse.hasPlayback(), 10000);
        QVERIFY(press(child(panel.get(), "listenButton")));
        QTRY_VERIFY(!panel->property("playing").toBool());

        QVERIFY(!m_context->session().hasRecording());
        QVERIFY(press(child(panel.get(), "keepButton")));
        QCOMPARE(recorder->state(), VoiceRecorderController::State::Kept);
        QVERIFY(m_context->session().hasRecording());
        QVERIFY(
            child(panel.get(), "voiceStatus")->property("text").toString().contains(QStringLiteral("ready to send")));

        QVERIFY(press(child(panel.get(), "discardButton")));
        QCOMPARE(recorder->state(), VoiceRecorderController::State::Idle);
        QVERIFY(!m_context->session().hasRecording());
        QTRY_VERIFY(!QFile::exists(draft));
        QCOMPARE(QDir(mediaDir()).entryList(QDir::Files), QStringList());
    }

    void withoutAMediaFolderRecordingIsOfferedNot()
    {
        std::unique_ptr<QQuickItem> panel(createPanel(QString()));
        QVERIFY(panel);
        QVERIFY(!child(panel.get(), "recordButton")->isEnabled());
        QVERIFY(!press(child(panel.get(), "recordButton")));
        QVERIFY(child(panel.get(), "voiceStatus")->property("text").toString().contains(QStringLiteral("not set up")));
    }
};

QTEST_MAIN(TestVoiceRecorderPanel)
#include "tst_voicerecorderpanel.moc"
