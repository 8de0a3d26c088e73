// Tags merge as a set: concurrent additions both survive, a removal removes only what its writer had
// seen, and every replica ends the same whatever order, duplication or batching changes arrive in.

#include "storage/migrations.h"
#include "check.h"
#include "clock/hlc.h"
#include "sqlite/database.h"
#include "store/recordstore.h"

#include <algorithm>
#include <random>

using namespace chorus;
using namespace chorus::sync;
using Json = nlohmann::json;

namespace {

struct Replica {
    std::unique_ptr<sqlite::Database> db;
    HybridClock clock;
    std::unique_ptr<RecordStore> store;
    explicit Replica(const std::string &device)
        : db(sqlite::Database::open(":memory:"))
    {
        chorus::migrations::migrate(*db);
        store = std::make_unique<RecordStore>(*db, clock, device);
    }
    Change write(const std::string &record, const Json &fields, const std::string &id)
    {
        Change c;
        db->transaction([&] { c = store->writeLocal("contribution", record, fields, id); });
        return c;
    }
    void apply(const Change &c)
    {
        db->transaction([&] { (void)store->apply(c); });
    }
    Json tags(const std::string &record)
    {
        return store->read("contribution", record).value_or(Json::object())["tags"];
    }
    std::string dump()
    {
        auto s = db->prepare("SELECT id, tags, versions FROM contributions ORDER BY id");
        std::string out;
        while (s.step())
            out += s.text(0) + "|" + s.text(1) + "|" + s.text(2) + "\n";
        return out;
    }
};

void testConcurrentAddsBothSurvive()
{
    Replica a("dev-a"), b("dev-b");
    const Change base = a.write("c1", { { "text", "hi" } }, "a0");
    b.apply(base);
    const Change ca = a.write("c1", { { "tags", { "housing" } } }, "a1");
    const Change cb = b.write("c1", { { "tags", { "food" } } }, "b1");
    a.apply(cb);
    b.apply(ca);
    CHECK_EQ(a.tags("c1"), Json({ "food", "housing" }));
    CHECK_EQ(a.dump(), b.dump());
}

void testRemovalRemovesOnlyWhatWasSeen()
{
    Replica a("dev-a"), b("dev-b"), c("dev-c");
    const Change first = a.write("c1", { { "tags", { "housing" } } }, "a1");
    b.apply(first);
    // b removes "housing" having seen a's addition; c, which never saw it, adds "housing" itself.
    const Change removal = b.write("c1", { { "tags", Json::array() } }, "b1");
    const Change concurrentAdd = c.write("c1", { { "tags", { "housing", "food" } } }, "c1");
    for (Replica *r : { &a, &b, &c })
        for (const Change *ch : { &first, &removal, &concurrentAdd })
            r->apply(*ch);
    CHECK_EQ(a.tags("c1"), Json({ "food", "housing" }));
    CHECK_EQ(a.dump(), b.dump());
    CHECK_EQ(b.dump(), c.dump());

    // A later removal by someone who has seen everything does remove it.
    const Change clear = a.write("c1", { { "tags", { "food" } } }, "a3");
    b.apply(clear);
    CHECK_EQ(b.tags("c1"), Json({ "food" }));
    CHECK_EQ(a.dump(), b.dump());
}

void testAnyOrderConverges(unsigned seed)
{
    std::mt19937 rng(seed);
    const std::vector<std::string> vocabulary { "housing", "food", "transport", "staff", "noise" };
    std::vector<Replica> writers;
    writers.reserve(3);
    for (const char *d : { "dev-a", "dev-b", "dev-c" })
        writers.emplace_back(d);
    std::vector<Change> all;
    int n = 0;
    for (int round = 0; round < 12; ++round) {
        Replica &w = writers[rng() % writers.size()];
        Json desired = Json::array();
        for (const auto &t : vocabulary)
            if (rng() % 2)
                desired.push_back(t);
        const std::string record = "c" + std::to_string(rng() % 2);
        all.push_back(w.write(record, { { "tags", desired }, { "status", "reviewed" } }, "x" + std::to_string(n++)));
        // Partial gossip, so writers see some but not all of each other's edits.
        Replica &other = writers[rng() % writers.size()];
        if (&other != &w && rng() % 2)
            other.apply(all.back());
    }
    std::string reference;
    for (int r = 0; r < 6; ++r) {
        Replica replica("dev-r");
        std::vector<Change> order = all;
        for (const auto &c : all)
            if (rng() % 3 == 0)
                order.push_back(c);
        std::shuffle(order.begin(), order.end(), rng);
        for (const auto &c : order)
            replica.apply(c);
        if (reference.empty())
            reference = replica.dump();
        CHECK_EQ(replica.dump(), reference);
    }
    // Writers that then receive everything converge with the fresh replicas too.
    for (auto &w : writers) {
        for (const auto &c : all)
            w.apply(c);
        CHECK_EQ(w.dump(), reference);
    }
}

} // namespace

int main()
{
    testConcurrentAddsBothSurvive();
    testRemovalRemovesOnlyWhatWasSeen();
    for (unsigned seed = 1; seed <= 100; ++seed)
        testAnyOrderConverges(seed);
    return chorus::test::tally().finish();
}
