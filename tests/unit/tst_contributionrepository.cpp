// Saving, finding, editing and withdrawing contributions in a device store.

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/storageerror.h"

#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

namespace {
Contribution written(const QString &text)
{
    Contribution c;
    c.promptId = QStringLiteral("demo-prompt-treated-today");
    c.format = AnswerFormat::Write;
    c.text = text;
    return c;
}
} // namespace

class TestContributionRepository : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<DeviceStore> m_store;

private Q_SLOTS:
    void init() { m_store = DeviceStore::open(m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".db"))); }
    void cleanup() { m_store.reset(); }

    // The kiosk's limits are the synced schema's, counted in the same bytes: 150 characters of Arabic
    // contact detail (300 bytes) are saved and queued; what the store would refuse is refused first,
    // with words for the person, and nothing is saved.
    void limitsAreTheSchemas()
    {
        ContributionRepository repo(*m_store);
        Contribution draft = written(QStringLiteral("أريد أن يتصل بي أحد"));
        draft.consent.contactMe = true;
        draft.contactName = QString(150, QChar(0x0633)); // س
        draft.contactDetail = QString(150, QChar(0x0634)); // ش
        const Contribution saved = repo.save(draft);
        QCOMPARE(repo.find(saved.id)->contactDetail, draft.contactDetail);
        QCOMPARE(repo.find(saved.id)->contactName, draft.contactName);

        auto refused = [&](const Contribution &tooLong) {
            try {
                (void)repo.save(tooLong);
            } catch (const StorageError &e) {
                return e.kind() == StorageError::Kind::Invalid && e.userMessage().contains(QStringLiteral("too long"));
            }
            return false;
        };
        Contribution longDetail = draft;
        longDetail.contactDetail = QString(401, QChar(0x0634)); // 802 bytes
        QVERIFY(refused(longDetail));
        // 7,000 characters of three bytes each: 21,000 bytes, past the schema's 20,000.
        QVERIFY(refused(written(QString(7000, QChar(0x20AC)))));
        QCOMPARE(repo.count(), 1);
        QCOMPARE(m_store->outbox().size(), 1);
    }

    void savesEveryFieldAndQueuesIt()
    {
        ContributionRepository repo(*m_store);
        Contribution draft = written(QStringLiteral("The café was warm — شكرا"));
        draft.consent.mayQuote = true;
        draft.consent.contactMe = true;
        draft.contactName = QStringLiteral("Sam");
        draft.contactDetail = QStringLiteral("07700 900123");
        draft.language = QStringLiteral("cy");
        const Contribution saved = repo.save(draft);
        QVERIFY(!saved.id.isEmpty());
        QCOMPARE(saved.id.at(14), QLatin1Char('7')); // UUIDv7
        QVERIFY(saved.reference.contains(QLatin1Char('-')));
        QCOMPARE(saved.deviceId, m_store->deviceId());

        const auto found = repo.findByReference(saved.reference.toLower().remove(QLatin1Char('-')));
        QVERIFY(found);
        QCOMPARE(found->text, draft.text);
        QCOMPARE(found->language, QStringLiteral("cy"));
        QVERIFY(found->consent.mayQuote && found->consent.contactMe);
        QCOMPARE(found->contactDetail, QStringLiteral("07700 900123"));
        QCOMPARE(found->status, ContributionStatus::New);
        QCOMPARE(m_store->outbox().size(), 1);
        QCOMPARE(repo.count(), 1);
    }

    void savesEachFormat()
    {
        ContributionRepository repo(*m_store);
        Contribution faces = written({});
        faces.format = AnswerFormat::Faces;
        faces.rating = 4;
        Contribution pictures = written({});
        pictures.format = AnswerFormat::Pictures;
        pictures.symbols = {{QStringLiteral("food"), SortedSymbol::Pile::Good}, {QStringLiteral("phone"), SortedSymbol::Pile::Bad}};
        const auto f = repo.find(repo.save(faces).id);
        const auto p = repo.find(repo.save(pictures).id);
        QCOMPARE(f->rating, 4);
        QCOMPARE(p->symbols, pictures.symbols);
        QCOMPARE(repo.recent(10).size(), 2);
    }

    void refusesIncompleteDraftAndStoresNothing()
    {
        ContributionRepository repo(*m_store);
        Contribution empty = written(QStringLiteral("   "));
        QVERIFY_THROWS_EXCEPTION(StorageError, repo.save(empty));
        Contribution noRating = written({});
        noRating.format = AnswerFormat::Faces;
        QVERIFY_THROWS_EXCEPTION(StorageError, repo.save(noRating));
        QCOMPARE(repo.count(), 0);
        QCOMPARE(m_store->outbox().size(), 0);
    }

    void fullDiskLeavesNothingHalfWritten()
    {
        ContributionRepository repo(*m_store);
        (void)repo.save(written(QStringLiteral("first")));
        // Capping the page count makes SQLite report a full disk exactly as a real one would.
        auto s = m_store->db().prepare("PRAGMA page_count");
        QVERIFY(s.step());
        m_store->db().exec("PRAGMA max_page_count=" + std::to_string(s.integer(0)));
        try {
            (void)repo.save(written(QString(5000, QLatin1Char('x'))));
            QFAIL("saved past a full disk");
        } catch (const StorageError &e) {
            QCOMPARE(e.kind(), StorageError::Kind::DiskFull);
            QVERIFY(e.userMessage().contains(QStringLiteral("full")));
        }
        QCOMPARE(repo.count(), 1);
        QCOMPARE(m_store->outbox().size(), 1);
    }

    void withdrawalPurgesContentAndUnsentChanges()
    {
        ContributionRepository repo(*m_store);
        Contribution draft = written(QStringLiteral("please forget me"));
        draft.consent.contactMe = true;
        draft.contactName = QStringLiteral("Alex");
        const Contribution saved = repo.save(draft);
        QVERIFY(repo.withdrawByReference(saved.reference));
        QCOMPARE(repo.count(), 0);
        const auto after = repo.find(saved.id);
        QVERIFY(after);
        QVERIFY(after->withdrawn);
        QVERIFY(after->text.isEmpty());
        QVERIFY(after->contactName.isEmpty());
        QVERIFY(after->reference.isEmpty());
        // Only the withdrawal is left to send: the content never leaves the device.
        const auto pending = m_store->outbox().peek(10);
        QCOMPARE(pending.size(), size_t(1));
        QCOMPARE(pending[0].change.fields.size(), size_t(1));
        QVERIFY(pending[0].change.fields.count("withdrawn"));
        QVERIFY(!repo.withdrawByReference(saved.reference));
        QVERIFY_THROWS_EXCEPTION(StorageError, repo.edit(saved.id, {{"text", "back again"}}));
    }

    void editsQueueChanges()
    {
        ContributionRepository repo(*m_store);
        const Contribution saved = repo.save(written(QStringLiteral("the bus is late")));
        repo.edit(saved.id, {{"status", "reviewed"}, {"tags", {"transport"}}});
        const auto after = repo.find(saved.id);
        QCOMPARE(after->status, ContributionStatus::Reviewed);
        QCOMPARE(after->tags, QStringList{QStringLiteral("transport")});
        QCOMPARE(m_store->outbox().size(), 2);
        QVERIFY_THROWS_EXCEPTION(StorageError, repo.edit(saved.id, {{"rating", "not a number"}}));
        QVERIFY_THROWS_EXCEPTION(StorageError, repo.edit(saved.id, {{"no_such_field", 1}}));
    }
};

QTEST_GUILESS_MAIN(TestContributionRepository)
#include "tst_contributionrepository.moc"
