#include "pgscrub.h"

namespace chorus::server::postgres {

namespace {
// One advisory lock key for "a scrub is running", shared by every chorus-server instance.
constexpr const char *kScrubLock = "7431002";

bool ask(sql::Connection &db, const std::string &query)
{
    auto s = db.prepare(query);
    return s.step() && s.integer(0) != 0;
}
} // namespace

bool scrubRemovedContent(sql::Connection &db)
{
    if (!ask(db, std::string("SELECT pg_try_advisory_lock(") + kScrubLock + ")::int"))
        return false;
    struct Unlock {
        sql::Connection &db;
        ~Unlock()
        {
            try {
                (void)ask(db, std::string("SELECT pg_advisory_unlock(") + kScrubLock + ")::int");
            } catch (...) { }
        }
    } unlock { db };
    // A request holding a table open must not make the scrub queue every later request behind its
    // exclusive lock for long: give up after a while and let the schedule try again. The setting goes
    // with the connection, the scrub's own (ServerDb::scrub).
    db.exec("SET lock_timeout = '20s'");
    // New statistics first, from live rows only; VACUUM FULL then rewrites pg_statistic too, leaving
    // no dead copy of the old ones.
    db.exec("ANALYZE");
    db.exec("VACUUM FULL");
    for (int i = 0; i < 2; ++i) {
        db.exec("CHECKPOINT");
        (void)ask(db, "SELECT 1 FROM pg_switch_wal()");
    }
    db.exec("CHECKPOINT");
    return true;
}

bool recyclesWal(sql::Connection &db)
{
    return ask(db, "SELECT (current_setting('wal_recycle') = 'on')::int");
}

} // namespace chorus::server::postgres
