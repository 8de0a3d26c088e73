// Property test of the merge rules: the same set of changes, applied in any order, duplicated and
// batched differently, leaves every replica with the same records and the same conflicts.

#include "check.h"
#include "clock/hlc.h"
#include "merge/mergerules.h"
#include "sqlite/database.h"
#include "store/recordstore.h"

#include <algorithm>
#include <random>

using namespace chorus;
using namespace chorus::sync;

namespace {

struct Replica {
    std::unique_ptr<sqlite::Database> db;
    HybridClock clock;
    std::unique_ptr<RecordStore> store;
    explicit Replica(const std::string &device)
        : db(sqlite::Database::open(":memory:"))
    {
        for (const auto &sql : RecordStore::createTablesSql())
            db->exec(sql);
        store = std::make_unique<RecordStore>(*db, clock, device);
    }
    std::string dump(const std::string &table)
    {
        auto s = db->prepare("SELECT * FROM " + table + " ORDER BY 1, 2");
        std::string out;
        while (s.step())
            for (int i = 0; i < s.columnCount(); ++i)
                out += s.text(i) + "|";
        return out;
    }
    // Conflict row ids depend on arrival order; their content must not.
    std::string dumpConflicts()
    {
        auto s = db->prepare("SELECT kind, record_id, field, losing_value, losing_version, winning_version FROM conflicts"
                             " ORDER BY record_id, field, losing_version");
        std::string out;
        while (s.step())
            for (int i = 0; i < s.columnCount(); ++i)
                out += s.text(i) + "|";
        return out;
    }
};

void testDecideField()
{
    CHECK(decideField(std::nullopt, {"b", ""}).outcome == MergeOutcome::Apply);
    CHECK(decideField(FieldState{"b", "a"}, {"b", "a"}).outcome == MergeOutcome::Duplicate);
    auto sequential = decideField(FieldState{"b", ""}, {"c", "b"});
    CHECK(sequential.outcome == MergeOutcome::Apply && !sequential.conflict);
    auto concurrent = decideField(FieldState{"b", "a"}, {"c", "a"});
    CHECK(concurrent.outcome == MergeOutcome::Apply && concurrent.conflict);
    auto stale = decideField(FieldState{"c", "a"}, {"b", "a"});
    CHECK(stale.outcome == MergeOutcome::Stale && stale.conflict);
    auto superseded = decideField(FieldState{"c", "b"}, {"b", "a"});
    CHECK(superseded.outcome == MergeOutcome::Stale && !superseded.conflict);
}

void testVersionStringsSortAsVersions()
{
    Version a{{1000, 5}, "dev-a"}, b{{1000, 6}, "dev-a"}, c{{1001, 0}, "dev-a"}, d{{1001, 0}, "dev-b"};
    CHECK(a.toString() < b.toString());
    CHECK(b.toString() < c.toString());
    CHECK(c.toString() < d.toString());
    CHECK(Version::parse(d.toString()) == d);
    CHECK(!Version::parse("garbage").has_value());
}

// Concurrent edits from two devices of one contribution, plus a withdrawal of another, in many orders.
void testConvergenceAcrossOrders(unsigned seed)
{
    std::mt19937 rng(seed);
    std::vector<Change> changes;
    Replica a("dev-a"), b("dev-b");
    a.db->transaction([&] {
        changes.push_back(a.store->writeLocal("contribution", "c1", {{"text", "hello"}, {"rating", 3}}, "a1"));
        changes.push_back(a.store->writeLocal("contribution", "c2", {{"text", "secret"}}, "a2"));
    });
    for (const auto &c : changes)
        b.db->transaction([&] { (void)b.store->apply(c); });
    a.db->transaction([&] { changes.push_back(a.store->writeLocal("contribution", "c1", {{"text", "from a"}}, "a3")); });
    b.db->transaction([&] {
        changes.push_back(b.store->writeLocal("contribution", "c1", {{"text", "from b"}, {"rating", 4}}, "b1"));
        changes.push_back(b.store->writeLocal("contribution", "c2", {{"withdrawn", true}}, "b2"));
    });
    a.db->transaction([&] { changes.push_back(a.store->writeLocal("contribution", "c2", {{"text", "edited"}}, "a4")); });

    std::string reference;
    std::string referenceConflicts;
    for (int replica = 0; replica < 8; ++replica) {
        Replica r("dev-r" + std::to_string(replica));
        std::vector<Change> order = changes;
        for (const auto &c : changes)
            if (rng() % 3 == 0)
                order.push_back(c); // duplicates
        std::shuffle(order.begin(), order.end(), rng);
        for (const auto &c : order)
            r.db->transaction([&] { (void)r.store->apply(c); });
        const std::string state = r.dump("contributions") + r.dump("withdrawals");
        const std::string conflicts = r.dumpConflicts();
        if (reference.empty()) {
            reference = state;
            referenceConflicts = conflicts;
        }
        CHECK_EQ(state, reference);
        CHECK_EQ(conflicts, referenceConflicts);
        auto c2 = r.store->read("contribution", "c2");
        CHECK(c2 && (*c2)["text"].is_null());
        CHECK(r.store->isWithdrawn("c2"));
    }
}

} // namespace

int main()
{
    testDecideField();
    testVersionStringsSortAsVersions();
    for (unsigned seed = 1; seed <= 50; ++seed)
        testConvergenceAcrossOrders(seed);
    return chorus::test::tally().finish();
}
