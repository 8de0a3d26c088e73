// Staff mode's voice notes on a coordinator device, as staff use them: the list shows the question,
// the reference code and the length read from the Ogg file, and Play / Stop work from the keyboard,
// sending sound to a private PulseAudio daemon's sink. Kiosks list nothing; withdrawn notes vanish.

#include "../voice/pulsedaemon.h"
#include "quickfind.h"
#include "voicenoteseed.h"

#include "client/enginestore.h"
#include "controllers/kioskcontext.h"
#include "controllers/voiceplayer.h"
#include "models/voicenotesmodel.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"
#include "storage/promptrepository.h"
#include "storage/voicenoterepository.h"

#include <QAbstractItemModelTester>
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
using chorus::test::accessibleName;

namespace {
const QString kPrompt = QStringLiteral("demo-prompt-treated-today");

} // namespace

class TestVoiceNotesPanel : public QObject {
    Q_OBJECT

private:
    test::PulseDaemon m_pulse;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_pulse.start(), qPrintable(m_pulse.errorString()));
        QAccessible::setActive(true);
    }

    void listsANoteAndPlaysItFromTheKeyboard()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("device.sqlite"));
        const QString media = dir.filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        KioskContext context({ db, media, QStringLiteral("none"), false, true });
        context.installSingletons();
        const Contribution note = test::seedVoiceNote(db, media, kPrompt, 3200);
        QAbstractItemModelTester tester(&context.voiceNotes());

        QQmlEngine engine;
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQuickWindow window;
        window.resize(1100, 700);
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Components/VoiceNotesPanel.qml")));
        std::unique_ptr<QQuickItem> panel(qobject_cast<QQuickItem *>(component.createWithInitialProperties(
            { { QStringLiteral("notes"), QVariant::fromValue(&context.voiceNotes()) },
                { QStringLiteral("width"), 1000 } })));
        QVERIFY2(panel, qPrintable(component.errorString()));
        panel->setParentItem(window.contentItem());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // What staff see: one note, its question, reference and length (3.2 s shows as 0:03).
        QCOMPARE(context.voiceNotes().count(), 1);
        auto *status = test::findVisibleItem(panel.get(), QStringLiteral("voiceNotesStatus"));
        QVERIFY(status->property("text").toString().contains(QStringLiteral("1 voice note")));
        auto *details = test::findVisibleItem(panel.get(), QStringLiteral("voiceNoteDetails_0"));
        QVERIFY(details);
        const QString detailText = details->property("text").toString();
        QVERIFY2(
            detailText.contains(note.reference) && detailText.endsWith(QStringLiteral("0:03")), qPrintable(detailText));
        QVERIFY(
            std::abs(context.voiceNotes().data(context.voiceNotes().index(0), VoiceNotesModel::DurationMsRole).toInt()
                - 3200)
            <= 50);

        // What a screen reader says for the button: the whole note in one sentence.
        auto *play = test::findVisibleItem(panel.get(), QStringLiteral("voiceNotePlay_0"));
        QVERIFY(play);
        const QString name = accessibleName(play);
        QVERIFY2(name.startsWith(QStringLiteral("Play: ")) && name.contains(QStringLiteral("treated"))
                && name.contains(note.reference) && name.contains(QStringLiteral("3 seconds")),
            qPrintable(name));

        // Keyboard only: Tab reaches Play, Space plays into the sink, Space again stops.
        for (int i = 0; i < 5 && window.activeFocusItem() != play; ++i)
            QTest::keyClick(&window, Qt::Key_Tab);
        QCOMPARE(window.activeFocusItem(), play);
        QTest::keyClick(&window, Qt::Key_Space);
        auto *player = panel->findChild<VoicePlayer *>(QStringLiteral("voiceNotesPlayer"));
        QVERIFY(player);
        QTRY_VERIFY_WITH_TIMEOUT(player->isPlaying(), 5000);
        QVERIFY2(player->errorMessage().isEmpty(), qPrintable(player->errorMessage()));
        QCOMPARE(play->property("text").toString(), QStringLiteral("Stop"));
        QVERIFY(accessibleName(play).startsWith(QStringLiteral("Stop playing: ")));
        QTRY_VERIFY_WITH_TIMEOUT(m_pulse.hasPlayback(), 5000);
        QTest::keyClick(&window, Qt::Key_Space);
        QTRY_VERIFY(!player->isPlaying());
        QCOMPARE(play->property("text").toString(), QStringLiteral("Play"));
    }

    void kiosksListNothingAndWithdrawnNotesGo()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("device.sqlite"));
        const QString media = dir.filePath(QStringLiteral("media"));
        const Contribution note = test::seedVoiceNote(db, media, kPrompt, 1000);
        auto store = DeviceStore::open(db);
        MediaStore mediaStore(*store, media);
        PromptRepository prompts(*store);
        VoiceNoteRepository notes(*store, mediaStore);
        VoiceNotesModel model(notes, prompts);
        QAbstractItemModelTester tester(&model);
        model.reload();
        QVERIFY(model.available());
        QCOMPARE(model.count(), 1);

        store->write([&] { store->state().set(sync::client::statekey::kRole, "kiosk"); });
        model.reload();
        QVERIFY(!model.available());
        QCOMPARE(model.count(), 0);

        store->write([&] { store->state().set(sync::client::statekey::kRole, "coordinator"); });
        QStringList purged;
        QVERIFY(ContributionRepository(*store).withdrawByReference(note.reference, &purged));
        model.reload();
        QCOMPARE(model.count(), 0);
    }
};

QTEST_MAIN(TestVoiceNotesPanel)
#include "tst_voicenotespanel.moc"
