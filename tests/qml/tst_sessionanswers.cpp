// SessionAnswers on a sealed outreach store: answers of the running session are listed (never their
// words in the list); one opens only when the person allowed it; a correction is an edit queued to
// sync, sealed on disk like the answer; a withdrawal purges it here and queues only the withdrawal;
// another session's answers, or the same session after a restart, are not there; and once the
// session ends nothing of it can be read again, in memory or in any byte of the data folder. A face
// or the piles of picture cards are corrected the same way (only the person's own cards, moved); a
// voice note or drawing cannot be (sealed, it cannot be checked here).

#include "canaryforms.h"
#include "controllers/sessionanswers.h"
#include "domain/identifiers.h"
#include "seal/sealformat.h"
#include "seal/sealopener.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sodium.h>

using namespace chorus;

namespace {
const QString kWords = QStringLiteral("CANARY-WORDS-k4j5 the bus was late agian");
const QString kFixed = QStringLiteral("CANARY-FIXED-m8n9 the bus was late again");
const QString kPrivate = QStringLiteral("CANARY-PRIVATE-r2t3 nobody asked me");
const QString kDetail = QStringLiteral("CANARY-DETAIL-h6g5@example.org");
} // namespace

class TestSessionAnswers : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    sync::seal::KeyPair m_org;
    // A queued change as the organisation reads it.
    sync::Change opened(sync::Change change) const
    {
        sync::seal::SealOpener({ m_org }).openChange(change);
        return change;
    }
    QString db() const { return m_dir.filePath(QStringLiteral("device.sqlite")); }
    QString media() const { return m_dir.filePath(QStringLiteral("media")); }

    static Contribution answer(const QString &session, const QString &text, const QString &helper = {})
    {
        Contribution c;
        c.promptId = QStringLiteral("p-1");
        c.format = AnswerFormat::Write;
        c.text = text;
        c.outreachSessionId = session;
        c.assistedBy = helper;
        return c;
    }
    static QList<QByteArray> canaries()
    {
        return { kWords.left(18).toUtf8(), kFixed.left(18).toUtf8(), kPrivate.left(20).toUtf8(),
            kDetail.left(20).toUtf8() };
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(sync::seal::initialise());
        QDir().mkpath(media());
        // An outreach tablet holding its organisation's public key seals every answer it writes.
        sync::seal::KeyPair &org = m_org;
        crypto_box_keypair(org.publicKey.data(), org.secretKey.data());
        auto store = DeviceStore::open(db());
        store->write([&] {
            store->state().set("role", "outreach");
            store->state().set("seal_public_key", sync::seal::toHex(org.publicKey.data(), org.publicKey.size()));
        });
    }

    void listOpenCorrectWithdrawThenForget()
    {
        auto store = DeviceStore::open(db());
        ContributionRepository repository(*store);
        SessionAnswers answers(*store, media());
        QAbstractItemModelTester tester(answers.model());
        const QString session = newUuidV7();
        answers.setSession(session);
        QVERIFY(answers.isHolding());

        // The person allowed the worker to open it: assisted, with contact details.
        answers.answerBegun();
        answers.setWorkerMayOpen(true);
        Contribution allowed = answer(session, kWords, QStringLiteral("w-aled"));
        allowed.consent.contactMe = true;
        allowed.contactDetail = kDetail;
        allowed = repository.save(allowed);
        answers.noteSaved(allowed);
        QVERIFY2(!answers.workerMayOpen(), "the choice is the one answer's, not the next person's");
        // Handed over, the person did not allow it.
        const Contribution kept = repository.save(answer(session, kPrivate));
        answers.noteSaved(kept);
        // Another session's answer is not this session's.
        answers.setWorkerMayOpen(true);
        answers.noteSaved(repository.save(answer(newUuidV7(), QStringLiteral("elsewhere"))));

        QCOMPARE(answers.model()->rowCount(), 2);
        const QVariantMap newest
            = answers.model()->data(answers.model()->index(0), SessionAnswersModel::RowRole).toMap();
        QCOMPARE(newest.value(QStringLiteral("number")).toInt(), 2);
        QCOMPARE(newest.value(QStringLiteral("mayOpen")).toBool(), false);
        QCOMPARE(newest.value(QStringLiteral("assisted")).toBool(), false);
        for (int row = 0; row < 2; ++row) {
            const QVariantMap r
                = answers.model()->data(answers.model()->index(row), SessionAnswersModel::RowRole).toMap();
            QVERIFY2(!r.contains(QStringLiteral("text")), "the list never carries an answer's words");
        }

        QVariantMap opened = answers.answer(allowed.id);
        QCOMPARE(opened.value(QStringLiteral("text")).toString(), kWords);
        QCOMPARE(opened.value(QStringLiteral("contactDetail")).toString(), kDetail);
        QVERIFY(opened.value(QStringLiteral("mayCorrect")).toBool());
        QVERIFY(opened.value(QStringLiteral("assisted")).toBool());
        const QVariantMap closed = answers.answer(kept.id);
        QVERIFY(!closed.value(QStringLiteral("mayOpen")).toBool());
        QVERIFY2(!closed.contains(QStringLiteral("text")), "a private answer does not open");
        QVERIFY(!answers.correct(kept.id, QStringLiteral("changed")).isEmpty());

        // A correction: refused when empty; otherwise an edit queued to sync, the copy follows.
        const auto queued = store->outbox().size();
        QVERIFY(!answers.correct(allowed.id, QStringLiteral("   ")).isEmpty());
        QCOMPARE(store->outbox().size(), queued);
        QSignalSpy storeChanged(&answers, &SessionAnswers::storeChanged);
        QCOMPARE(answers.correct(allowed.id, kFixed), QString());
        QCOMPARE(store->outbox().size(), queued + 1);
        QCOMPARE(storeChanged.size(), 1);
        QCOMPARE(answers.answer(allowed.id).value(QStringLiteral("text")).toString(), kFixed);
        const auto pending = store->outbox().peek(100);
        QVERIFY(pending.back().change.recordId == allowed.id.toStdString());
        QVERIFY(pending.back().change.fields.count("text") == 1);
        QVERIFY2(sync::seal::isSealedValue(pending.back().change.fields.at("text").value),
            "the correction is sealed like the answer");

        // A withdrawal at the person's request: purged here, only the withdrawal left to send.
        QVERIFY(answers.withdraw(kept.id));
        QVERIFY(!answers.withdraw(kept.id));
        QCOMPARE(answers.model()->rowCount(), 1);
        QVERIFY(repository.find(kept.id)->withdrawn);
        int keptChanges = 0;
        for (const auto &p : store->outbox().peek(100))
            if (p.change.recordId == kept.id.toStdString()) {
                ++keptChanges;
                QVERIFY(p.change.fields.count("withdrawn") == 1);
                QVERIFY(p.change.fields.count("text") == 0);
            }
        QCOMPARE(keptChanges, 1);

        // While the session runs the words are readable here only (in memory), never on disk.
        QStringList leaks = test::filesHoldingCanaries(m_dir.path(), canaries());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));

        // The session ends: its key is gone, and nothing of it can be opened again.
        answers.setSession(QString());
        QVERIFY(!answers.isHolding());
        QCOMPARE(answers.model()->rowCount(), 0);
        QVERIFY(answers.answer(allowed.id).isEmpty());
        QVERIFY(!answers.correct(allowed.id, QStringLiteral("later")).isEmpty());
        leaks = test::filesHoldingCanaries(m_dir.path(), canaries());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QLatin1Char('\n'))));
    }

    void aFaceOrPilesAreCorrectedAVoiceNoteOrDrawingIsNot()
    {
        auto store = DeviceStore::open(db());
        ContributionRepository repository(*store);
        SessionAnswers answers(*store, media());
        const QString session = newUuidV7();
        answers.setSession(session);
        auto taken = [&](AnswerFormat format, auto fill) {
            Contribution c = answer(session, QString());
            c.format = format;
            fill(c);
            answers.setWorkerMayOpen(true);
            c = repository.save(c);
            answers.noteSaved(c);
            return c;
        };
        using Pile = SortedSymbol::Pile;
        const Contribution face = taken(AnswerFormat::Faces, [](Contribution &c) { c.rating = 2; });
        const Contribution cards = taken(AnswerFormat::Pictures, [](Contribution &c) {
            c.symbols = { { QStringLiteral("bus"), Pile::Bad }, { QStringLiteral("food"), Pile::Good } };
        });
        const QString sha(64, QLatin1Char('a'));
        const Contribution voice = taken(AnswerFormat::Speak, [&](Contribution &c) { c.media = { sha }; });
        const Contribution drawing = taken(AnswerFormat::Draw, [&](Contribution &c) { c.media = { sha }; });
        QVERIFY(answers.answer(face.id).value(QStringLiteral("mayCorrect")).toBool());
        QVERIFY(answers.answer(cards.id).value(QStringLiteral("mayCorrect")).toBool());
        QVERIFY(!answers.answer(voice.id).value(QStringLiteral("mayCorrect")).toBool());
        QVERIFY(!answers.answer(drawing.id).value(QStringLiteral("mayCorrect")).toBool());

        // A face: 1 to 5 only, on a faces answer only; then an edit of `rating` alone, queued.
        const auto queued = store->outbox().size();
        QVERIFY(!answers.correctRating(face.id, 0).isEmpty());
        QVERIFY(!answers.correctRating(face.id, 6).isEmpty());
        QVERIFY(!answers.correctRating(cards.id, 4).isEmpty());
        QVERIFY(!answers.correctRating(voice.id, 4).isEmpty());
        QCOMPARE(store->outbox().size(), queued);
        QCOMPARE(answers.correctRating(face.id, 4), QString());
        QCOMPARE(store->outbox().size(), queued + 1);
        QCOMPARE(answers.answer(face.id).value(QStringLiteral("rating")).toInt(), 4);
        auto last = store->outbox().peek(100).back().change;
        QVERIFY(last.recordId == face.id.toStdString());
        QCOMPARE(last.fields.size(), std::size_t(1));
        QVERIFY2(sync::seal::isSealedValue(last.fields.at("rating").value), "sealed like the answer");
        QVERIFY(opened(last).fields.at("rating").value == 4);

        // Piles: the same cards, moved; a card added, dropped, named twice or a pile unknown is refused.
        auto pile = [](const char *symbol, const char *name) {
            return QVariantMap { { QStringLiteral("symbol"), QString::fromLatin1(symbol) },
                { QStringLiteral("pile"), QString::fromLatin1(name) } };
        };
        for (const QVariantList &wrong : { QVariantList { pile("bus", "good") },
                 QVariantList { pile("bus", "good"), pile("food", "good"), pile("rain", "bad") },
                 QVariantList { pile("bus", "good"), pile("bus", "bad") },
                 QVariantList { pile("bus", "good"), pile("rain", "bad") },
                 QVariantList { pile("bus", "great"), pile("food", "good") } })
            QVERIFY(!answers.correctPiles(cards.id, wrong).isEmpty());
        QVERIFY(!answers.correctPiles(face.id, { pile("bus", "good") }).isEmpty());
        QCOMPARE(store->outbox().size(), queued + 1);
        QCOMPARE(answers.correctPiles(cards.id, { pile("food", "unsure"), pile("bus", "good") }), QString());
        QCOMPARE(store->outbox().size(), queued + 2);
        last = store->outbox().peek(100).back().change;
        QVERIFY(last.recordId == cards.id.toStdString());
        QCOMPARE(last.fields.size(), std::size_t(1));
        QVERIFY(sync::seal::isSealedValue(last.fields.at("symbols").value));
        const nlohmann::json sorted = nlohmann::json::array(
            { { { "symbol", "bus" }, { "pile", "good" } }, { { "symbol", "food" }, { "pile", "unsure" } } });
        QVERIFY(opened(last).fields.at("symbols").value == sorted); // the person's order kept
        const QVariantList shown = answers.answer(cards.id).value(QStringLiteral("symbols")).toList();
        QCOMPARE(shown.at(0).toMap().value(QStringLiteral("pile")).toString(), QStringLiteral("good"));
    }

    void aRestartedAppCannotBrowseTheSessionItWasRunning()
    {
        auto store = DeviceStore::open(db());
        const QString session = newUuidV7();
        QString id;
        {
            SessionAnswers before(*store, media());
            before.setSession(session);
            before.setWorkerMayOpen(true);
            const Contribution c = ContributionRepository(*store).save(answer(session, QStringLiteral("first")));
            before.noteSaved(c);
            QCOMPARE(before.answer(c.id).value(QStringLiteral("text")).toString(), QStringLiteral("first"));
            id = c.id;
        }
        SessionAnswers after(*store, media());
        after.setSession(session); // the session carries on after the restart
        QVERIFY(after.isHolding());
        QCOMPARE(after.model()->rowCount(), 0);
        QVERIFY(after.answer(id).isEmpty());
        QVERIFY(!after.withdraw(id));
    }
};

QTEST_GUILESS_MAIN(TestSessionAnswers)
#include "tst_sessionanswers.moc"
