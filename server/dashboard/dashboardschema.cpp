#include "dashboardschema.h"

#include "serverdb.h"

namespace chorus::server::dashboard {

namespace {
const char *const kTables[] = {
    // Only the SHA-256 of a session id is kept, so a copy of the database cannot be used to log in.
    "CREATE TABLE IF NOT EXISTS dashboard_sessions (id_hash TEXT PRIMARY KEY, coordinator_id TEXT NOT NULL,"
    " org_id TEXT NOT NULL, email TEXT NOT NULL, role TEXT NOT NULL, csrf TEXT NOT NULL, created_at INTEGER NOT NULL,"
    " last_seen_at INTEGER NOT NULL)",
    "CREATE TABLE IF NOT EXISTS dashboard_login_attempts (key TEXT PRIMARY KEY, failures INTEGER NOT NULL,"
    " first_at INTEGER NOT NULL, locked_until INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS dashboard_roles (coordinator_id TEXT PRIMARY KEY, role TEXT NOT NULL)",
    // Who did what to which record, never the content: a withdrawn contribution must leave no copy here.
    "CREATE TABLE IF NOT EXISTS dashboard_audit (id INTEGER PRIMARY KEY AUTOINCREMENT, at INTEGER NOT NULL,"
    " org_id TEXT NOT NULL, coordinator_id TEXT NOT NULL, email TEXT NOT NULL, action TEXT NOT NULL,"
    " target TEXT NOT NULL, detail TEXT NOT NULL DEFAULT '{}')",
    "CREATE INDEX IF NOT EXISTS dashboard_audit_org ON dashboard_audit (org_id, id)",
};
} // namespace

void ensureSchema(sql::Connection &db)
{
    db.transaction([&] {
        for (const char *sql : kTables)
            db.exec(ddlFor(db.dialect(), sql));
    });
}

} // namespace chorus::server::dashboard
