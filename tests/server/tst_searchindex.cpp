// The SQLite search index a batch at a time (searchindex.h): an inserted answer is queued, not
// indexed, until its batch catches the index up in one statement; an answer changed, redacted or
// deleted while queued is indexed as it then is, once, or not at all.

#include "../sync/check.h"
#include "searchindex.h"
#include "serverdb.h"

#include <filesystem>
#include <string>
#include <unistd.h>

using namespace chorus;

namespace {

int matches(sql::Connection &db, const std::string &word)
{
    auto s = db.prepare("SELECT count(*) FROM contribution_search s JOIN contribution_search_ids i ON i.n = s.rowid"
                        " JOIN contributions r ON r.id = i.record_id WHERE contribution_search MATCH ?1");
    s.bind(1, word);
    return s.step() ? static_cast<int>(s.integer(0)) : -1;
}

int count(sql::Connection &db, const std::string &sql)
{
    auto s = db.prepare(sql);
    return s.step() ? static_cast<int>(s.integer(0)) : -1;
}

void add(sql::Connection &db, const std::string &id, const std::string &text)
{
    db.prepare("INSERT INTO contributions (id, text) VALUES (?1, ?2)").bind(1, id).bind(2, text).run();
}

} // namespace

int main()
{
    const auto dir = std::filesystem::temp_directory_path() / ("chorus-searchindex-" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    {
        server::ServerDb server((dir / "server.db").string());
        auto db = server.lease();
        db->transaction([&] {
            for (int i = 0; i < 20; ++i)
                add(*db, "kept-" + std::to_string(i), "the lanterns were warm " + std::to_string(i));
            add(*db, "changed", "marmalade at first");
            add(*db, "redacted", "zanzibarcanary wrote this");
            add(*db, "deleted", "quixotic words");
            add(*db, "no-text", "");
            db->exec("UPDATE contributions SET text = NULL WHERE id = 'no-text'");
            // Queued, not indexed: the inserts did not touch the index at all.
            CHECK(count(*db, "SELECT count(*) FROM contribution_search_pending") == 24);
            CHECK(matches(*db, "lanterns") == 0);
            db->exec("UPDATE contributions SET text = 'porridge instead' WHERE id = 'changed'");
            db->exec("UPDATE contributions SET text = NULL, redacted = 1 WHERE id = 'redacted'");
            db->exec("DELETE FROM contributions WHERE id = 'deleted'");
            server::searchindex::catchUp(*db);
        });
        CHECK(count(*db, "SELECT count(*) FROM contribution_search_pending") == 0);
        CHECK(matches(*db, "lanterns") == 20);
        CHECK(matches(*db, "porridge") == 1);
        CHECK(matches(*db, "marmalade") == 0);
        CHECK(matches(*db, "zanzibarcanary") == 0);
        CHECK(matches(*db, "quixotic") == 0);
        // Every indexed row belongs to an answer that has text: nothing indexed twice or left over.
        CHECK(count(*db, "SELECT count(*) FROM contribution_search") == 21);
        // Catching up with nothing queued changes nothing.
        db->transaction([&] { server::searchindex::catchUp(*db); });
        CHECK(count(*db, "SELECT count(*) FROM contribution_search") == 21);
    }
    std::filesystem::remove_all(dir);
    return chorus::test::tally().finish();
}
