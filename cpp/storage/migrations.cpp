#include "storage/migrations.h"

#include "storage/storageerror.h"
#include "store/coproductionschema.h"

#include <QString>

#include <vector>

namespace chorus::migrations {

namespace {

// Released steps are frozen: never edit one, add the next.
const std::vector<std::vector<const char *>> &steps()
{
    static const std::vector<std::vector<const char *>> all = {
        // 1: the first release.
        {
            "CREATE TABLE contributions (id TEXT PRIMARY KEY, prompt_id TEXT, device_id TEXT, site_id TEXT,"
            " created_at INTEGER, format TEXT, language TEXT, text TEXT, rating INTEGER, symbols TEXT, media TEXT,"
            " consent TEXT, contact_name TEXT, contact_detail TEXT, tags TEXT, status TEXT, reference TEXT,"
            " redacted INTEGER, withdrawn INTEGER, versions TEXT NOT NULL DEFAULT '{}')",
            "CREATE TABLE prompts (id TEXT PRIMARY KEY, text TEXT, symbol TEXT, formats TEXT, cards TEXT,"
            " active_from INTEGER, active_until INTEGER, sites TEXT, position INTEGER, retired INTEGER,"
            " versions TEXT NOT NULL DEFAULT '{}')",
            "CREATE TABLE outcomes (id TEXT PRIMARY KEY, said TEXT, did TEXT, happened_at INTEGER, prompt_ids TEXT,"
            " themes TEXT, sites TEXT, published INTEGER, versions TEXT NOT NULL DEFAULT '{}')",
            "CREATE TABLE settings (id TEXT PRIMARY KEY, value TEXT, versions TEXT NOT NULL DEFAULT '{}')",
            "CREATE TABLE conflicts (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL,"
            " field TEXT NOT NULL, losing_value TEXT, losing_version TEXT NOT NULL, winning_version TEXT NOT NULL,"
            " settled INTEGER NOT NULL DEFAULT 0, UNIQUE(kind, record_id, field, losing_version))",
            "CREATE TABLE withdrawals (record_id TEXT PRIMARY KEY, version TEXT NOT NULL)",
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY AUTOINCREMENT, change_id TEXT NOT NULL UNIQUE,"
            " record_id TEXT NOT NULL, body TEXT NOT NULL)",
            "CREATE INDEX outbox_record ON outbox(record_id)",
            "CREATE TABLE sync_state (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
            "CREATE TABLE media (sha256 TEXT PRIMARY KEY, mime TEXT NOT NULL, bytes INTEGER NOT NULL,"
            " duration_ms INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL)",
            "CREATE TABLE local_settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        },
        // 2: find a contribution by its reference code fast; remember how much of each media item
        // the server holds, so an interrupted upload resumes.
        {
            "CREATE INDEX contributions_reference ON contributions(reference)",
            "CREATE INDEX contributions_created ON contributions(created_at)",
            "ALTER TABLE media ADD COLUMN uploaded INTEGER NOT NULL DEFAULT 0",
        },
        // 3: changes the server refuses for good wait aside, with the reason, instead of blocking the queue.
        {
            "CREATE TABLE quarantine (change_id TEXT PRIMARY KEY, record_id TEXT NOT NULL, body TEXT NOT NULL,"
            " code TEXT NOT NULL, reason TEXT NOT NULL, at INTEGER NOT NULL)",
        },
        // 4: a save touches fewer pages. Lists order by the time-ordered (UUIDv7) id, so created_at
        // needs no index; the outbox loses AUTOINCREMENT (no sqlite_sequence write: a plain rowid
        // still orders the rows present by insertion) and its record_id index (only a withdrawal
        // looks rows up by record, and the queue is short). Rows and their seq order are kept.
        {
            "DROP INDEX contributions_created",
            "ALTER TABLE outbox RENAME TO outbox_v3",
            "CREATE TABLE outbox (seq INTEGER PRIMARY KEY, change_id TEXT NOT NULL UNIQUE, record_id TEXT NOT NULL,"
            " body TEXT NOT NULL)",
            "INSERT INTO outbox (seq, change_id, record_id, body)"
            " SELECT seq, change_id, record_id, body FROM outbox_v3 ORDER BY seq",
            "DROP TABLE outbox_v3",
        },
        // 5: outreach. Workers published by coordinators, the tablet's collecting sessions, and on each
        // contribution the session it was taken in and the worker who helped (if one did).
        {
            "CREATE TABLE workers (id TEXT PRIMARY KEY, name TEXT, pin_hash TEXT, retired INTEGER,"
            " versions TEXT NOT NULL DEFAULT '{}')",
            "CREATE TABLE outreach_sessions (id TEXT PRIMARY KEY, worker_id TEXT, site_id TEXT, place TEXT,"
            " started_at INTEGER, ended_at INTEGER, versions TEXT NOT NULL DEFAULT '{}')",
            "ALTER TABLE contributions ADD COLUMN outreach_session_id TEXT",
            "ALTER TABLE contributions ADD COLUMN assisted_by TEXT",
        },
        // 6: co-production (group sessions, votes, published ideas, supports, outcome status).
        std::vector<const char *>(std::begin(sync::kCoproductionStep), std::end(sync::kCoproductionStep)),
        // 7: published ideas, votes and supports withdrawn with what they came from.
        std::vector<const char *>(std::begin(sync::kCoproductionRemovalStep), std::end(sync::kCoproductionRemovalStep)),
    };
    return all;
}

} // namespace

void migrate(sqlite::Database &db, int target)
{
    const int current = db.userVersion();
    if (current > kLatestVersion) {
        throw StorageError(StorageError::Kind::NewerVersion,
                           QStringLiteral("The database %1 was written by a newer version of Chorus (schema %2; this "
                                          "version understands up to %3). It has not been changed. Install the newer "
                                          "Chorus, or open a different file.")
                               .arg(QString::fromStdString(db.path()))
                               .arg(current)
                               .arg(kLatestVersion));
    }
    for (int version = current + 1; version <= target; ++version) {
        db.transaction([&] {
            for (const char *sql : steps().at(static_cast<size_t>(version - 1)))
                db.exec(sql);
            db.setUserVersion(version);
        });
    }
}

} // namespace chorus::migrations
