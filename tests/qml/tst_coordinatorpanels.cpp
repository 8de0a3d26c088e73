// Coordinator mode in staff settings, as a coordinator uses it from the keyboard: write a new
// question (refused when too long or with no way to answer), and settle a clash between two edits of
// a question side by side. Each is stored on the device and queued to sync; the panels pass the
// accessibility audit; kiosks show neither.

#include "accessibilityaudit.h"
#include "quickfind.h"

#include "client/enginestore.h"
#include "controllers/kioskcontext.h"
#include "controllers/prompteditor.h"
#include "models/conflictsmodel.h"
#include "storage/devicestore.h"
#include "storage/promptrepository.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
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

// Types ASCII text into the focused item, key by key.
void type(QQuickWindow &window, const char *text)
{
    for (const char *c = text; *c; ++c)
        QTest::keyClick(&window, *c);
}

void setRole(const QString &db, const char *role)
{
    auto store = DeviceStore::open(db);
    store->write([&] { store->state().set(sync::client::statekey::kRole, role); });
}

qint64 outboxSize(const QString &db)
{
    auto store = DeviceStore::open(db);
    qint64 n = 0;
    store->read([&] { n = store->outbox().size(); });
    return n;
}

// One panel in a window, as staff mode shows it.
struct Shown {
    QQmlEngine engine;
    QQuickWindow window;
    std::unique_ptr<QQuickItem> panel;

    bool show(const QString &file, const QString &property, QObject *object)
    {
        engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
        window.resize(1100, 1400);
        QQmlComponent component(&engine, QUrl(QStringLiteral("qrc:/qt/qml/Chorus/Components/") + file));
        panel.reset(qobject_cast<QQuickItem *>(component.createWithInitialProperties(
            { { property, QVariant::fromValue(object) }, { QStringLiteral("width"), 1000 } })));
        if (!panel) {
            qWarning() << component.errorString();
            return false;
        }
        panel->setParentItem(window.contentItem());
        window.show();
        return QTest::qWaitForWindowExposed(&window);
    }
    // Keyboard only: Tab until `name` has focus, then Space.
    bool press(const QString &name)
    {
        QQuickItem *target = test::findItem(panel.get(), name);
        for (int i = 0; i < 60 && target && window.activeFocusItem() != target; ++i)
            QTest::keyClick(&window, Qt::Key_Tab);
        if (!target || window.activeFocusItem() != target)
            return false;
        QTest::keyClick(&window, Qt::Key_Space);
        return true;
    }
    // With CHORUS_SCREENSHOT_DIR set, saves what the panel looks like, for people to look at.
    void screenshot(const QString &name)
    {
        const QString dir = qEnvironmentVariable("CHORUS_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            window.grabWindow().save(dir + QLatin1Char('/') + name + QStringLiteral(".png"));
    }
    QStringList audit()
    {
        AccessibilityAudit audit(window, {});
        return audit.check();
    }
};
} // namespace

class TestCoordinatorPanels : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QAccessible::setActive(true); }

    void writesANewQuestionFromTheKeyboard()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("device.sqlite"));
        KioskContext::Options options { db, dir.filePath(QStringLiteral("media")), QStringLiteral("none"), false, true };
        { KioskContext seed(options); } // the demo store, then made a coordinator's
        setRole(db, "coordinator");
        KioskContext context(options);
        context.installSingletons();
        QVERIFY(context.promptEditor().isAvailable());

        Shown shown;
        QVERIFY(shown.show(QStringLiteral("PromptEditorPanel.qml"), QStringLiteral("editor"), &context.promptEditor()));
        QVERIFY(shown.panel->isVisible());
        QVERIFY(shown.press(QStringLiteral("newPrompt")));
        auto *english = test::findItem(shown.panel.get(), QStringLiteral("promptEnglish"));
        QCOMPARE(shown.window.activeFocusItem(), english);
        QCOMPARE(accessibleName(english), QStringLiteral("Question in English"));

        // Too long for easy read: refused, said as an alert, nothing stored.
        type(shown.window, "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen");
        const qint64 before = outboxSize(db);
        QVERIFY(shown.press(QStringLiteral("savePrompt")));
        auto *error = test::findItem(shown.panel.get(), QStringLiteral("promptEditorError"));
        QVERIFY(error->isVisible());
        QVERIFY(error->property("text").toString().contains(QStringLiteral("15 words")));
        QCOMPARE(outboxSize(db), before);

        english->setProperty("text", QString());
        english->forceActiveFocus();
        type(shown.window, "Was the cafe open when you came?");
        QVERIFY(shown.press(QStringLiteral("promptFormat_speak")));
        shown.screenshot(QStringLiteral("coordinator-prompt-editor"));
        QVERIFY(shown.audit().isEmpty());
        QVERIFY(shown.press(QStringLiteral("savePrompt")));
        QVERIFY2(!error->isVisible(), qPrintable(error->property("text").toString()));
        QCOMPARE(outboxSize(db), before + 1);

        auto store = DeviceStore::open(db);
        const auto all = PromptRepository(*store).all();
        const auto it = std::find_if(all.begin(), all.end(),
            [](const Prompt &p) { return p.textIn(QStringLiteral("en")) == QStringLiteral("Was the cafe open when you came?"); });
        QVERIFY(it != all.end());
        QVERIFY(it->formats.contains(AnswerFormat::Speak));
        QVERIFY(it->formats.contains(AnswerFormat::Write)); // a new question's defaults, kept
    }

    void settlesAClashSideBySide()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("device.sqlite"));
        KioskContext::Options options { db, dir.filePath(QStringLiteral("media")), QStringLiteral("none"), false, true };
        { KioskContext seed(options); }
        setRole(db, "coordinator");
        QString kept;
        {
            // As a pull brings it: the server judged that another coordinator's wording lost.
            auto store = DeviceStore::open(db);
            store->write([&] {
                const auto held = store->records().fieldVersion("prompt", kPrompt.toStdString(), "text");
                kept = QString::fromStdString((*store->records().read("prompt", kPrompt.toStdString()))["text"]["en"].get<std::string>());
                sync::Change note { "pulled-1", "prompt", kPrompt.toStdString(), {}, {}, {} };
                note.conflicts.push_back({ "text", { { "en", "Were you seen quickly today?" } },
                    "0000000000000001.00000000.other-coordinator", held });
                (void)store->records().apply(note);
            });
        }
        KioskContext context(options);
        context.installSingletons();
        QAbstractItemModelTester tester(&context.conflicts());
        QCOMPARE(context.conflicts().count(), 1);

        Shown shown;
        QVERIFY(shown.show(QStringLiteral("ConflictsPanel.qml"), QStringLiteral("conflicts"), &context.conflicts()));
        // Every language of the kept text, English first.
        const QString keptShown = test::findItem(shown.panel.get(), QStringLiteral("conflict_0_keptText"))->property("text").toString();
        QVERIFY2(keptShown.startsWith(kept + QStringLiteral(" / ")) && keptShown.contains(QStringLiteral("cy: ")),
            qPrintable(keptShown));
        QCOMPARE(test::findItem(shown.panel.get(), QStringLiteral("conflict_0_otherText"))->property("text").toString(),
            QStringLiteral("Were you seen quickly today?"));
        QCOMPARE(accessibleName(test::findItem(shown.panel.get(), QStringLiteral("conflict_0_other"))),
            QStringLiteral("Use “Were you seen quickly today?” instead"));
        shown.screenshot(QStringLiteral("coordinator-conflicts"));
        QVERIFY(shown.audit().isEmpty());

        const qint64 before = outboxSize(db);
        QVERIFY(shown.press(QStringLiteral("conflict_0_other")));
        QTRY_COMPARE(context.conflicts().count(), 0);
        // The other wording as a new edit, and the settlement: both go to the server.
        QCOMPARE(outboxSize(db), before + 2);
        auto store = DeviceStore::open(db);
        QCOMPARE(PromptRepository(*store).find(kPrompt)->textIn(QStringLiteral("en")),
            QStringLiteral("Were you seen quickly today?"));
    }

    void kiosksShowNeither()
    {
        QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("device.sqlite"));
        KioskContext::Options options { db, dir.filePath(QStringLiteral("media")), QStringLiteral("none"), true, true };
        { KioskContext seed(options); }
        setRole(db, "kiosk");
        KioskContext context(options);
        context.installSingletons();
        QVERIFY(!context.promptEditor().isAvailable());
        QVERIFY(!context.conflicts().canSettle());
        QVERIFY(!context.promptEditor().save(context.promptEditor().load(QString())).isEmpty());
        Shown shown;
        QVERIFY(shown.show(QStringLiteral("ConflictsPanel.qml"), QStringLiteral("conflicts"), &context.conflicts()));
        QVERIFY(!shown.panel->isVisible());
    }
};

QTEST_MAIN(TestCoordinatorPanels)
#include "tst_coordinatorpanels.moc"
