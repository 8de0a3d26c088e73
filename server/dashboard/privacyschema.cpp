#include "privacyschema.h"

#include "serverdb.h"

namespace chorus::server::dashboard {

namespace {
const char *const kTables[] = {
    "CREATE TABLE IF NOT EXISTS org_retention (org_id TEXT PRIMARY KEY, months INTEGER NOT NULL)",
    // Only what the charts need and nothing that points at a person: no id, site, text or day.
    // rating 0 means the answer had none.
    "CREATE TABLE IF NOT EXISTS retained_counts (org_id TEXT NOT NULL, prompt_id TEXT NOT NULL, month TEXT NOT NULL,"
    " format TEXT NOT NULL, rating INTEGER NOT NULL, n INTEGER NOT NULL,"
    " PRIMARY KEY (org_id, prompt_id, month, format, rating))",
};
} // namespace

void ensurePrivacySchema(sql::Connection &db)
{
    db.transaction([&] {
        for (const char *sql : kTables)
            db.exec(ddlFor(db.dialect(), sql));
    });
}

} // namespace chorus::server::dashboard
