// The Speak panel's controllers as QML sees them: states, elapsed time, warnings, errors in words,
// what happens to the draft file on keep, re-record, discard and teardown, and the note player.

#include "controllers/voiceplayer.h"
#include "controllers/voicerecordercontroller.h"
#include "syntheticaudiosource.h"

#include <QBuffer>
#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace chorus;
using State = VoiceRecorderController::State;

class TestVoiceRecorderController : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    SyntheticAudioSource *m_source = nullptr;

    std::unique_ptr<VoiceRecorderController> makeController(AudioError startError = AudioError::None)
    {
        auto source = std::make_unique<SyntheticAudioSource>();
        source->setStartError(startError);
        m_source = source.get();
        auto controller = std::make_unique<VoiceRecorderController>(std::move(source));
        controller->setMediaFolder(m_dir.path());
        return controller;
    }
    QStringList files() const { return QDir(m_dir.path()).entryList(QDir::Files); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &name : files())
            QFile::remove(m_dir.filePath(name));
    }

    void recordReviewKeep()
    {
        auto c = makeController();
        QCOMPARE(c->state(), State::Idle);
        QVERIFY(c->isAvailable());
        QSignalSpy progress(c.get(), &VoiceRecorderController::progressChanged);
        c->start();
        QCOMPARE(c->state(), State::Recording);
        QCOMPARE(files().size(), 1);
        QVERIFY(files().first().startsWith(QStringLiteral("draft-")));
        m_source->generate(2000);
        QCOMPARE(c->elapsedMs(), 2000);
        QCOMPARE(c->remainingMs(), VoiceRecorderController::DefaultMaxMs - 2000);
        QVERIFY(c->level() > 0.5);
        QVERIFY(progress.count() >= 100); // one update per 20 ms block: the meter visibly moves

        c->stop();
        QCOMPARE(c->state(), State::Review);
        QVERIFY(std::abs(c->durationMs() - 2000) <= 50);
        QCOMPARE(c->elapsedMs(), c->durationMs());
        QSignalSpy play(c.get(), &VoiceRecorderController::playBackRequested);
        c->playBack();
        QCOMPARE(play.count(), 1);
        QCOMPARE(play.at(0).at(0).toUrl(), QUrl::fromLocalFile(c->draftPath()));

        QSignalSpy kept(c.get(), &VoiceRecorderController::kept);
        const QString path = c->draftPath();
        c->keep();
        QCOMPARE(c->state(), State::Kept);
        QCOMPARE(kept.count(), 1);
        QCOMPARE(kept.at(0).at(0).toString(), path);
        QCOMPARE(kept.at(0).at(1).toInt(), c->durationMs());
        QCOMPARE(c->draftPath(), path);
        // A kept note belongs to the person's answer: the kiosk adopts it on Send.
        c.reset();
        QVERIFY(QFile::exists(path));
    }

    void discardAfterKeepDeletesTheNote()
    {
        auto c = makeController();
        c->start();
        m_source->generate(1000);
        c->keep();
        QCOMPARE(c->state(), State::Kept);
        c->discard();
        QCOMPARE(c->state(), State::Idle);
        QCOMPARE(c->draftPath(), QString());
        QCOMPARE(files(), QStringList());
    }

    void reRecordReplacesAndDiscardRemoves()
    {
        auto c = makeController();
        c->start();
        m_source->generate(1500);
        c->stop();
        const QString first = c->draftPath();
        c->reRecord();
        QCOMPARE(c->state(), State::Recording);
        QVERIFY(!QFile::exists(first));
        QCOMPARE(c->elapsedMs(), 0);
        m_source->generate(500);
        c->discard();
        QCOMPARE(c->state(), State::Idle);
        QCOMPARE(files(), QStringList());
    }

    void warnsBeforeTheLimitThenStops()
    {
        auto c = makeController();
        c->setMaxMs(10000);
        c->setWarningMs(3000);
        QSignalSpy warning(c.get(), &VoiceRecorderController::limitWarning);
        QSignalSpy reached(c.get(), &VoiceRecorderController::limitReached);
        c->start();
        m_source->generate(6900);
        QCOMPARE(warning.count(), 0);
        QVERIFY(!c->isNearLimit());
        m_source->generate(200);
        QCOMPARE(warning.count(), 1);
        QVERIFY(c->isNearLimit());
        QVERIFY2(warning.at(0).at(0).toString().contains(QStringLiteral("3 seconds")),
            qPrintable(warning.at(0).at(0).toString()));
        m_source->generate(5000);
        QCOMPARE(warning.count(), 1);
        QCOMPARE(reached.count(), 1);
        QVERIFY(reached.at(0).at(0).toString().contains(QStringLiteral("10 seconds")));
        QCOMPARE(c->state(), State::Review);
        QVERIFY(std::abs(c->durationMs() - 10000) <= 50);
        // Timed out: the person walked away and the screen went; the draft goes with it.
        c.reset();
        QCOMPARE(files(), QStringList());
    }

    void unplugExplainsAndKeepsTheRecordingForReview()
    {
        auto c = makeController();
        QSignalSpy error(c.get(), &VoiceRecorderController::recordingError);
        c->start();
        m_source->generate(1800);
        m_source->unplug();
        QCOMPARE(c->state(), State::Review);
        QCOMPARE(c->errorKind(), QStringLiteral("device-lost"));
        QVERIFY(c->errorMessage().contains(QStringLiteral("kept what you said")));
        QCOMPARE(error.count(), 1);
        QVERIFY(std::abs(c->durationMs() - 1800) <= 50);
        QCOMPARE(files().size(), 1);
        c->discard();
        QCOMPARE(c->errorMessage(), QString());
        QCOMPARE(files(), QStringList());
    }

    void startProblemsAreExplainedInWords_data()
    {
        QTest::addColumn<int>("error");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("no microphone") << int(AudioError::NoDevice) << QStringLiteral("no-microphone")
                                       << QStringLiteral("no microphone");
        QTest::newRow("permission refused") << int(AudioError::PermissionDenied) << QStringLiteral("permission-denied")
                                            << QStringLiteral("not allowed");
    }

    void startProblemsAreExplainedInWords()
    {
        QFETCH(int, error);
        QFETCH(QString, kind);
        QFETCH(QString, words);
        auto c = makeController(AudioError(error));
        QCOMPARE(c->isAvailable(), AudioError(error) != AudioError::NoDevice);
        QSignalSpy spoken(c.get(), &VoiceRecorderController::recordingError);
        c->start();
        QCOMPARE(c->state(), State::Idle);
        QCOMPARE(c->errorKind(), kind);
        QVERIFY(c->errorMessage().contains(words));
        QVERIFY(c->errorMessage().contains(QStringLiteral("write")));
        QCOMPARE(spoken.count(), 1);
        QCOMPARE(files(), QStringList());
    }

    void teardownWhileRecordingLeavesNoFile()
    {
        auto c = makeController();
        c->start();
        m_source->generate(3000);
        QCOMPARE(files().size(), 1);
        c.reset();
        QCOMPARE(files(), QStringList());
    }

    void orphanedDraftsAreRemovedAtStartUp()
    {
        auto c = makeController();
        c->start();
        m_source->generate(500);
        c->keep();
        QFile other(m_dir.filePath(QStringLiteral("readme.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        c.reset(); // the app quit before Send: the kept draft is now an orphan
        auto next = makeController();
        QCOMPARE(next->removeOrphanedDrafts(), 1);
        QCOMPARE(files(), QStringList { QStringLiteral("readme.txt") });
    }

    void playerShowsDurationBeforePlaying()
    {
        auto c = makeController();
        c->start();
        m_source->generate(65000);
        c->stop();
        VoicePlayer player;
        player.setSource(c->draftPath());
        QVERIFY(std::abs(player.durationMs() - 65000) <= 50);
        QCOMPARE(player.durationText(), QStringLiteral("1:05"));
        QCOMPARE(player.durationSpoken(), QStringLiteral("1 minute 5 seconds"));
        QCOMPARE(player.errorMessage(), QString());
        QVERIFY(!player.isPlaying());
    }

    // The Check screen's player holds the draft decrypted in memory only, and wipes those bytes when
    // it moves to another source or goes away: the person's words do not linger in freed memory.
    void playerWipesTheDecryptedDraft()
    {
        auto c = makeController();
        c->start();
        m_source->generate(3000);
        c->stop();
        for (const bool destroy : { false, true }) {
            auto player = std::make_unique<VoicePlayer>();
            player->setSource(c->draftPath());
            auto *buffer = player->findChild<QBuffer *>();
            QVERIFY(buffer);
            const QByteArray held = buffer->data(); // shares the player's bytes
            QVERIFY(held.startsWith("OggS"));
            if (destroy)
                player.reset();
            else
                player->setSource(QString());
            QVERIFY2(held.count('\0') == held.size(), destroy ? "not wiped when destroyed" : "not wiped on a new source");
        }
    }

    void playerExplainsMissingOrBrokenFiles()
    {
        VoicePlayer player;
        player.setSource(m_dir.filePath(QStringLiteral("gone.opus")));
        QVERIFY(player.errorMessage().contains(QStringLiteral("missing")));
        QFile junk(m_dir.filePath(QStringLiteral("junk.opus")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not an ogg file");
        junk.close();
        player.setSource(junk.fileName());
        QCOMPARE(player.durationMs(), 0);
        QVERIFY(player.errorMessage().contains(QStringLiteral("not a voice recording")));
        player.play();
        QVERIFY(!player.isPlaying());
    }

    // What the recorder and the player say reaches people in their language.
    void wordsInWelshAndArabic()
    {
        const QString english = userMessage(AudioError::NoDevice);
        QTranslator welsh;
        QVERIFY(welsh.load(QStringLiteral(CHORUS_QM_DIR "/chorus_cy.qm")));
        QCoreApplication::installTranslator(&welsh);
        QVERIFY(userMessage(AudioError::NoDevice).contains(QStringLiteral("meicroffon")));
        QCOMPARE(VoicePlayer::spokenText(125000), QStringLiteral("2 munud 5 eiliad"));
        QCoreApplication::removeTranslator(&welsh);
        QTranslator arabic;
        QVERIFY(arabic.load(QStringLiteral(CHORUS_QM_DIR "/chorus_ar.qm")));
        QCoreApplication::installTranslator(&arabic);
        QVERIFY(userMessage(AudioError::NoDevice).contains(QStringLiteral("ميكروفون")));
        QCOMPARE(VoicePlayer::spokenText(1000), QStringLiteral("ثانية واحدة"));
        VoicePlayer player;
        player.setSource(m_dir.filePath(QStringLiteral("not-there.opus")));
        QVERIFY(player.errorMessage().contains(QStringLiteral("التسجيل")));
        QCoreApplication::removeTranslator(&arabic);
        QCOMPARE(userMessage(AudioError::NoDevice), english);
    }

    void spokenDurations()
    {
        QCOMPARE(VoicePlayer::spokenText(1000), QStringLiteral("1 second"));
        QCOMPARE(VoicePlayer::spokenText(42400), QStringLiteral("42 seconds"));
        QCOMPARE(VoicePlayer::spokenText(300000), QStringLiteral("5 minutes"));
        QCOMPARE(VoicePlayer::clockText(300000), QStringLiteral("5:00"));
        QCOMPARE(VoicePlayer::clockText(9000), QStringLiteral("0:09"));
    }
};

QTEST_MAIN(TestVoiceRecorderController)
#include "tst_voicerecordercontroller.moc"
