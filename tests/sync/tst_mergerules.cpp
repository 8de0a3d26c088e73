// Property test of the merge rules: the same set of changes, applied in any order, duplicated and
// batched differently, leaves every replica with the same records and the same conflicts; and
// replicas that follow a judge's log hold exactly the conflicts it judged, however it judged them.

#include "storage/migrations.h"
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
    explicit Replica(const std::string &device, ConflictRole role = ConflictRole::Judge)
        : db(sqlite::Database::open(":memory:"))
    {
        chorus::migrations::migrate(*db);
        store = std::make_unique<RecordStore>(*db, clock, device, role);
    }
    Change write(const std::string &record, const nlohmann::json &fields, const std::string &id)
    {
        Change c;
        db->transaction([&] { c = store->writeLocal("contribution", record, fields, id); });
        return c;
    }
    ApplyResult apply(const Change &c)
    {
        ApplyResult r;
        db->transaction([&] { r = store->apply(c); });
        return r;
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
        auto s = db->prepare("SELECT kind, record_id, field, losing_value, losing_version, winning_version, settled"
                             " FROM conflicts"
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

// The server judges conflicts in whatever order writes reach it; devices apply its log (the changes
// that took effect, with its conflict notes and settlements) and must end with its conflicts exactly,
// however it judged them: a chain of edits racing a third writer, a redaction racing an edit.
void testFollowersHoldTheJudgesConflicts(unsigned seed)
{
    std::mt19937 rng(seed);
    Replica a("dev-a", ConflictRole::Follow), b("dev-b", ConflictRole::Follow), c("dev-c", ConflictRole::Follow);
    std::vector<Change> changes;
    changes.push_back(a.write("c1", {{"text", "one"}}, "a1"));
    (void)b.apply(changes.back());
    changes.push_back(b.write("c1", {{"text", "two"}, {"rating", 4}}, "b1")); // based on "one"
    changes.push_back(c.write("c1", {{"text", "three"}, {"rating", 2}}, "c1")); // saw nothing
    changes.push_back(a.write("c1", {{"text", "four"}}, "a2"));                 // based on "one", racing "two"
    changes.push_back(c.write("c3", {{"text", "call me on 0123"}}, "c2"));
    (void)a.apply(changes.back());
    changes.push_back(a.write("c3", {{"text", "call me on [removed]"}, {"redacted", true}}, "a3"));
    changes.push_back(c.write("c3", {{"text", "call me on 0123 after six"}}, "c3")); // racing the redaction

    Replica judge("server");
    std::vector<Change> order = changes;
    for (const auto &ch : changes)
        if (rng() % 3 == 0)
            order.push_back(ch);
    std::shuffle(order.begin(), order.end(), rng);
    std::vector<Change> log;
    for (const auto &ch : order) {
        ApplyResult r = judge.apply(ch);
        if (!r.effective.fields.empty() || !r.effective.conflicts.empty())
            log.push_back(r.effective);
    }
    judge.db->transaction([&] {
        Change settled{"settle-1", "contribution", "c1", {}, {}, judge.store->settle("contribution", "c1", "rating")};
        if (!settled.settled.empty())
            log.push_back(settled);
    });
    const std::string judged = judge.dumpConflicts();
    CHECK(!judged.empty()); // some order must race, or the test proves nothing
    CHECK(judged.find("call me on 0123|") == std::string::npos); // the redaction forgot the text it removed

    for (int f = 0; f < 3; ++f) {
        Replica follower("dev-f" + std::to_string(f), ConflictRole::Follow);
        for (const auto &entry : log)
            (void)follower.apply(entry);
        if (f == 1) // a page applied twice, as after a lost answer, changes nothing
            for (const auto &entry : log)
                (void)follower.apply(entry);
        CHECK_EQ(follower.dumpConflicts(), judged);
        CHECK_EQ(follower.dump("contributions"), judge.dump("contributions"));
    }
}

} // namespace

int main()
{
    testDecideField();
    testVersionStringsSortAsVersions();
    for (unsigned seed = 1; seed <= 50; ++seed)
        testConvergenceAcrossOrders(seed);
    for (unsigned seed = 1; seed <= 50; ++seed)
        testFollowersHoldTheJudgesConflicts(seed);
    return chorus::test::tally().finish();
}
