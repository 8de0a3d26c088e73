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
    // People who asked to be contacted and have been: when, by whom, and staff's note. Removed with
    // the answer (forgetContactNotes), since the note is about the person.
    "CREATE TABLE IF NOT EXISTS contact_back (record_id TEXT PRIMARY KEY, org_id TEXT NOT NULL,"
    " contacted_at INTEGER NOT NULL, contacted_by TEXT NOT NULL, note TEXT NOT NULL)",
    // Words and phrases, per language, that mark a written answer for urgent review on arrival.
    "CREATE TABLE IF NOT EXISTS urgent_words (org_id TEXT NOT NULL, language TEXT NOT NULL, phrase TEXT NOT NULL,"
    " PRIMARY KEY (org_id, language, phrase))",
    // Answers that need attention now: by the word list ("words") or by staff ("staff").
    "CREATE TABLE IF NOT EXISTS urgent (record_id TEXT PRIMARY KEY, org_id TEXT NOT NULL, marked_at INTEGER NOT NULL,"
    " source TEXT NOT NULL, marked_by TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS org_webhook (org_id TEXT PRIMARY KEY, url TEXT NOT NULL)",
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
