// The PostgreSQL connection's pipelined writes: a write nobody reads the rows of is sent without
// waiting, and its failure still surfaces (at the next read, changes(), exec or COMMIT) and aborts
// the whole transaction, leaving nothing behind. Runs against a throwaway cluster it starts itself.

#include "../sync/check.h"
#include "pgcluster.h"
#include "postgres/pgconnection.h"

#include <string>

using chorus::server::postgres::PgConnection;
namespace sql = chorus::sql;

namespace {

std::int64_t count(sql::Connection &db, const std::string &table)
{
    auto s = db.prepare("SELECT count(*) FROM " + table);
    return s.step() ? s.integer(0) : -1;
}

// Runs fn as a transaction; returns the error it threw ("" when it committed).
std::string failure(sql::Connection &db, const std::function<void()> &fn)
{
    try {
        db.transaction(fn);
    } catch (const sql::Error &e) {
        return e.what();
    }
    return {};
}

void insert(sql::Connection &db, int id, const std::string &name)
{
    db.cached("INSERT INTO items (id, name) VALUES (?1, ?2)").bind(1, id).bind(2, name).run();
}

} // namespace

int main()
{
    chorus::test::PgCluster cluster;
    const std::string url = cluster.createDatabase("pipeline");
    PgConnection db(url), other(url);
    db.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL);"
            "CREATE TABLE late (id INTEGER PRIMARY KEY, item INTEGER NOT NULL"
            " REFERENCES items (id) DEFERRABLE INITIALLY DEFERRED)");

    // A failing write is not waited for: run() returns, the next read throws, and the
    // transaction rolls back, taking the write before it too.
    bool runThrew = false, readThrew = false;
    std::string error = failure(db, [&] {
        insert(db, 1, "first");
        try {
            insert(db, 1, "duplicate");
        } catch (const sql::Error &) {
            runThrew = true;
        }
        try {
            (void)count(db, "items");
        } catch (const sql::Error &) {
            readThrew = true;
            throw;
        }
    });
    CHECK(!runThrew);
    CHECK(readThrew);
    CHECK(error.find("23505") != std::string::npos);
    CHECK(error.find("INSERT INTO items") != std::string::npos);
    CHECK_EQ(count(db, "items"), 0);
    CHECK_EQ(count(other, "items"), 0);

    // A failing write just before COMMIT: the transaction throws and leaves nothing.
    error = failure(db, [&] {
        insert(db, 2, "second");
        db.cached("INSERT INTO items (id, name) VALUES (?1, NULL)").bind(1, 3).run();
    });
    CHECK(error.find("23502") != std::string::npos);
    CHECK_EQ(count(other, "items"), 0);

    // A caller that catches the failure and carries on still gets no commit.
    bool caught = false;
    error = failure(db, [&] {
        insert(db, 4, "fourth");
        insert(db, 4, "again");
        try {
            (void)count(db, "items");
        } catch (const sql::Error &) {
            caught = true;
        }
    });
    CHECK(caught);
    CHECK(!error.empty());
    CHECK_EQ(count(other, "items"), 0);

    // A constraint PostgreSQL checks only at COMMIT fails the transaction the same way.
    error = failure(db, [&] {
        insert(db, 5, "fifth");
        db.cached("INSERT INTO late (id, item) VALUES (?1, ?2)").bind(1, 1).bind(2, 99).run();
    });
    CHECK(error.find("23503") != std::string::npos);
    CHECK_EQ(count(other, "items"), 0);
    CHECK_EQ(count(other, "late"), 0);

    // The connection is still good after all that; pipelined writes are seen by the reads after
    // them, changes() counts the last one, and exec waits for them.
    int changed = -1;
    std::int64_t seen = -1;
    error = failure(db, [&] {
        for (int i = 10; i < 20; ++i)
            insert(db, i, "item " + std::to_string(i));
        seen = count(db, "items");
        db.cached("UPDATE items SET name = 'renamed' WHERE id >= ?1").bind(1, 15).run();
        changed = db.changes();
        db.exec("UPDATE items SET name = name || '!' WHERE id = 10; DELETE FROM items WHERE id = 11");
        db.cached("DELETE FROM items WHERE id = ?1").bind(1, 12).run();
    });
    CHECK_EQ(error, std::string());
    CHECK_EQ(seen, 10);
    CHECK_EQ(changed, 5);
    CHECK_EQ(count(other, "items"), 8);
    {
        auto s = other.prepare("SELECT name FROM items WHERE id = ?1");
        s.bind(1, 10);
        CHECK(s.step() && s.text(0) == "item 10!");
    }

    // Thousands of writes with no read between them: the results are read along the way, and a
    // failure among them still takes the whole transaction back.
    error = failure(db, [&] {
        for (int i = 100; i < 3100; ++i)
            insert(db, i, "bulk");
    });
    CHECK_EQ(error, std::string());
    CHECK_EQ(count(other, "items"), 3008);
    error = failure(db, [&] {
        for (int i = 5000; i < 8000; ++i)
            insert(db, i == 6500 ? 100 : i, "bulk");
    });
    CHECK(error.find("23505") != std::string::npos);
    CHECK_EQ(count(other, "items"), 3008);
    db.cached("DELETE FROM items WHERE name = ?1").bind(1, "bulk").run();
    CHECK_EQ(db.changes(), 3000);

    // Outside a transaction a write runs at once, and its failure is thrown by run() itself.
    bool threwAtOnce = false;
    try {
        insert(db, 10, "duplicate");
    } catch (const sql::Error &e) {
        threwAtOnce = std::string(e.what()).find("23505") != std::string::npos;
    }
    CHECK(threwAtOnce);

    // A read-only snapshot still reads after a failed transaction on the same connection.
    std::int64_t inSnapshot = -1;
    db.snapshot([&] { inSnapshot = count(db, "items"); });
    CHECK_EQ(inSnapshot, 8);
    CHECK(db.usable());
    return chorus::test::tally().finish();
}
