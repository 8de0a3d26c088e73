#include "serverdb.h"

#include "apierror.h"
#include "clock/hlc.h"
#include "postgres/pgconnection.h"
#include "postgres/pgscrub.h"
#include "sqlite/database.h"
#include "store/coproductionschema.h"
#include "store/picturecardschema.h"

#include <algorithm>
#include <chrono>
#include <stdexcept>
#include <unordered_map>

namespace chorus::server {

namespace {
// The synced record tables as step 1 made them, frozen: the synced schema has grown since, and later
// steps add what it grew by.
const char *const kRecordTablesV1[] = {
    "CREATE TABLE contributions (id TEXT PRIMARY KEY, prompt_id TEXT, device_id TEXT, site_id TEXT, created_at INTEGER,"
    " format TEXT, language TEXT, text TEXT, rating INTEGER, symbols TEXT, media TEXT, consent TEXT, contact_name TEXT,"
    " contact_detail TEXT, tags TEXT, status TEXT, reference TEXT, redacted INTEGER, withdrawn INTEGER,"
    " versions TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE prompts (id TEXT PRIMARY KEY, text TEXT, symbol TEXT, formats TEXT, cards TEXT, active_from INTEGER,"
    " active_until INTEGER, sites TEXT, position INTEGER, retired INTEGER, versions TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE outcomes (id TEXT PRIMARY KEY, said TEXT, did TEXT, happened_at INTEGER, prompt_ids TEXT, themes TEXT,"
    " sites TEXT, published INTEGER, versions TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE settings (id TEXT PRIMARY KEY, value TEXT, versions TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE conflicts (id INTEGER PRIMARY KEY, kind TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL,"
    " losing_value TEXT, losing_version TEXT NOT NULL, winning_version TEXT NOT NULL,"
    " settled INTEGER NOT NULL DEFAULT 0, UNIQUE(kind, record_id, field, losing_version))",
    "CREATE TABLE withdrawals (record_id TEXT PRIMARY KEY, version TEXT NOT NULL)",
};

// Columns that scope records to an organisation live beside the record tables, so the shared
// RecordStore needs to know nothing about organisations.
const char *const kServerTables[] = {
    "CREATE TABLE organisations (id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL)",
    "CREATE TABLE sites (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organisations(id), name TEXT NOT NULL,"
    " created_at INTEGER NOT NULL)",
    "CREATE TABLE coordinators (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organisations(id),"
    " email TEXT NOT NULL UNIQUE, password_hash TEXT NOT NULL, created_at INTEGER NOT NULL)",
    "CREATE TABLE devices (id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organisations(id),"
    " site_id TEXT NOT NULL REFERENCES sites(id), role TEXT NOT NULL, name TEXT NOT NULL, token_hash TEXT NOT NULL "
    "UNIQUE,"
    " created_at INTEGER NOT NULL, revoked_at INTEGER, last_seen_at INTEGER, last_pull_at INTEGER,"
    " pull_cursor INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE enrolment_codes (code_hash TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES organisations(id),"
    " site_id TEXT NOT NULL REFERENCES sites(id), role TEXT NOT NULL, expires_at INTEGER NOT NULL, used_at INTEGER,"
    " used_by TEXT)",
    "CREATE TABLE record_owners (kind TEXT NOT NULL, record_id TEXT NOT NULL, org_id TEXT NOT NULL,"
    " origin_device TEXT NOT NULL, PRIMARY KEY (kind, record_id))",
    "CREATE TABLE changelog (seq INTEGER PRIMARY KEY AUTOINCREMENT, org_id TEXT NOT NULL, kind TEXT NOT NULL,"
    " record_id TEXT NOT NULL, origin_device TEXT NOT NULL, withdrawal INTEGER NOT NULL DEFAULT 0, body TEXT NOT NULL)",
    "CREATE INDEX changelog_org ON changelog (org_id, seq)",
    "CREATE INDEX changelog_record ON changelog (kind, record_id)",
    "CREATE TABLE batches (device_id TEXT NOT NULL, batch_id TEXT NOT NULL, answer TEXT NOT NULL,"
    " created_at INTEGER NOT NULL, PRIMARY KEY (device_id, batch_id))",
    "CREATE TABLE received_changes (device_id TEXT NOT NULL, change_id TEXT NOT NULL, outcome TEXT NOT NULL,"
    " PRIMARY KEY (device_id, change_id))",
    "CREATE TABLE media (org_id TEXT NOT NULL, sha256 TEXT NOT NULL, size INTEGER NOT NULL, complete INTEGER NOT NULL,"
    " uploader TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (org_id, sha256))",
    "CREATE TABLE purged_media (org_id TEXT NOT NULL, sha256 TEXT NOT NULL, PRIMARY KEY (org_id, sha256))",
};

// 2: every version the server clamped, so a replayed change gets the same answer and a later change
// based on the unclamped version is read as based on the clamped one.
const char *const kServerTablesV2[] = {
    "CREATE TABLE clamps (device_id TEXT NOT NULL, from_version TEXT NOT NULL, change_id TEXT NOT NULL,"
    " field TEXT NOT NULL, to_version TEXT NOT NULL, PRIMARY KEY (device_id, from_version))",
    "CREATE INDEX clamps_change ON clamps (device_id, change_id)",
};

// 3: the dashboard at scale. On SQLite one index holds, newest first, every column the review
// filters, the summary and the theme list read, so they walk it and the owners' index and read a
// record's row only for the 50 on a page. PostgreSQL caps an index entry at about 2.7 kB, which a
// long theme list would pass: its index leaves the themes out, and its planner picks by statistics.
const char *const kSqliteIndexesV3[] = {
    "CREATE INDEX contributions_review ON contributions"
    " (created_at, id, withdrawn, prompt_id, site_id, format, status, rating, tags)",
    "CREATE INDEX record_owners_org ON record_owners (org_id, kind, record_id)",
};
const char *const kPostgresIndexesV3[] = {
    "CREATE INDEX contributions_review ON contributions (created_at, id, withdrawn, prompt_id, site_id, format, status,"
    " rating)",
    "CREATE INDEX record_owners_org ON record_owners (org_id, kind, record_id)",
};
// Search of written answers, SQLite: an FTS5 index of each answer's text whose rowid is a number of
// its own (VACUUM, run after every withdrawal, may renumber the contributions' rowids), kept by
// triggers so every write path (push, dashboard, withdrawal, redaction) updates it. unicode61 keeps
// combining marks (Mn, Mc) inside a word, so Arabic with its vowel marks is not cut into pieces, and
// folds case and Latin accents (Welsh ŵ, ŷ) for any language.
const char *const kSqliteSearchV3[] = {
    "CREATE TABLE contribution_search_ids (n INTEGER PRIMARY KEY, record_id TEXT NOT NULL UNIQUE)",
    "CREATE VIRTUAL TABLE contribution_search USING fts5(text,"
    " tokenize = \"unicode61 remove_diacritics 2 categories 'L* N* Co Mn Mc'\")",
    "CREATE TRIGGER contribution_search_insert AFTER INSERT ON contributions WHEN new.text IS NOT NULL BEGIN"
    " INSERT OR IGNORE INTO contribution_search_ids (record_id) VALUES (new.id);"
    " INSERT INTO contribution_search (rowid, text)"
    " SELECT n, new.text FROM contribution_search_ids WHERE record_id = new.id; END",
    "CREATE TRIGGER contribution_search_update AFTER UPDATE OF text ON contributions BEGIN"
    " DELETE FROM contribution_search WHERE rowid = (SELECT n FROM contribution_search_ids WHERE record_id = old.id);"
    " DELETE FROM contribution_search_ids WHERE record_id = old.id AND new.text IS NULL;"
    " INSERT OR IGNORE INTO contribution_search_ids (record_id) SELECT new.id WHERE new.text IS NOT NULL;"
    " INSERT INTO contribution_search (rowid, text)"
    " SELECT n, new.text FROM contribution_search_ids WHERE record_id = new.id AND new.text IS NOT NULL; END",
    "CREATE TRIGGER contribution_search_delete AFTER DELETE ON contributions BEGIN"
    " DELETE FROM contribution_search WHERE rowid = (SELECT n FROM contribution_search_ids WHERE record_id = old.id);"
    " DELETE FROM contribution_search_ids WHERE record_id = old.id; END",
    "INSERT INTO contribution_search_ids (record_id) SELECT id FROM contributions WHERE text IS NOT NULL",
    "INSERT INTO contribution_search (rowid, text)"
    " SELECT i.n, r.text FROM contribution_search_ids i JOIN contributions r ON r.id = i.record_id",
};
// Search on PostgreSQL: a GIN index over the text's words, with the 'simple' configuration (lower
// case, no stemming) since answers come in English, Welsh and Arabic alike.
const char *const kPostgresSearchV3[] = {
    "CREATE INDEX contributions_search ON contributions USING GIN (to_tsvector('simple', coalesce(text, '')))",
};
// 4: each organisation's key pairs for the answers kiosks and outreach tablets seal (sealkeys.h).
const char *const kServerTablesV4[] = {
    "CREATE TABLE seal_keys (org_id TEXT NOT NULL REFERENCES organisations(id), key_id TEXT NOT NULL,"
    " public_key TEXT NOT NULL, secret_key TEXT NOT NULL, created_at INTEGER NOT NULL, PRIMARY KEY (org_id, key_id))",
};
// 5: outreach (the same as the device's step 5): workers, their sessions, and on each contribution
// its session and the worker who helped; the sessions view counts answers by session.
const char *const kOutreachV5[] = {
    "CREATE TABLE workers (id TEXT PRIMARY KEY, name TEXT, pin_hash TEXT, retired INTEGER,"
    " versions TEXT NOT NULL DEFAULT '{}')",
    "CREATE TABLE outreach_sessions (id TEXT PRIMARY KEY, worker_id TEXT, site_id TEXT, place TEXT,"
    " started_at INTEGER, ended_at INTEGER, versions TEXT NOT NULL DEFAULT '{}')",
    "ALTER TABLE contributions ADD COLUMN outreach_session_id TEXT",
    "ALTER TABLE contributions ADD COLUMN assisted_by TEXT",
    "CREATE INDEX contributions_outreach ON contributions (outreach_session_id)",
};
// 6: what people chose (docs/privacy.md): each organisation's retention period, the anonymous counts a
// retention purge keeps, contact-back notes, urgent word lists and marks, the urgent webhook. Servers
// before this step created these tables outside the ladder, so the step leaves existing ones as they are.
const char *const kPrivacyV6[] = {
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
    // Urgent-webhook calls not yet accepted by the receiver (ids only, never words), so a restart
    // resumes them. New in this step.
    "CREATE TABLE IF NOT EXISTS urgent_webhook_pending (id INTEGER PRIMARY KEY AUTOINCREMENT, org_id TEXT NOT NULL,"
    " body TEXT NOT NULL, created_at INTEGER NOT NULL)",
};
// Leases each thread holds, per pool: a thread holding one never waits for another.
thread_local std::unordered_map<const ServerDb *, int> t_leasesHeld;
// 10: the search index a batch at a time (searchindex.h). The insert trigger only queues the answer's
// row number; the batch indexes all it queued in one statement. SQLite only: PostgreSQL's GIN index
// needs nothing.
const char *const kSqliteSearchV10[] = {
    "CREATE TABLE contribution_search_pending (n INTEGER PRIMARY KEY)",
    "DROP TRIGGER contribution_search_insert",
    "CREATE TRIGGER contribution_search_insert AFTER INSERT ON contributions WHEN new.text IS NOT NULL BEGIN"
    " INSERT OR IGNORE INTO contribution_search_ids (record_id) VALUES (new.id);"
    " INSERT OR IGNORE INTO contribution_search_pending (n)"
    " SELECT n FROM contribution_search_ids WHERE record_id = new.id; END",
};
// 11: theme suggestions a coordinator rejected, per organisation, so every coordinator and browser
// stops seeing them. Only a SHA-256 of the suggestion's label and first answers' ids is kept: no
// words of an answer, so a withdrawal has nothing here to remove.
const char *const kThemeRejectionsV11[] = {
    "CREATE TABLE theme_rejections (org_id TEXT NOT NULL, suggestion TEXT NOT NULL, rejected_at INTEGER NOT NULL,"
    " PRIMARY KEY (org_id, suggestion))",
};
// 12: the dashboard's own tables: sessions, sign-in attempts, roles and the audit log. Servers before
// this step created them outside the ladder as the dashboard started (with exactly this SQL), so the
// step leaves existing ones as they are.
const char *const kDashboardV12[] = {
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

bool ServerDb::isPostgresUrl(const std::string &url)
{
    return url.rfind("postgres://", 0) == 0 || url.rfind("postgresql://", 0) == 0;
}

std::string ServerDb::sqlitePathFromUrl(const std::string &url)
{
    if (isPostgresUrl(url))
        throw std::runtime_error(url + " is a PostgreSQL URL, not a SQLite path");
    if (url.rfind("sqlite://", 0) == 0)
        return url.substr(9);
    if (url.rfind("sqlite:", 0) == 0)
        return url.substr(7);
    if (url.find("://") != std::string::npos)
        throw std::runtime_error("unknown database URL scheme in " + url + " (use a path, sqlite:// or postgresql://)");
    return url;
}

std::unique_ptr<sql::Connection> ServerDb::connect(const std::string &url)
{
    if (isPostgresUrl(url))
        return std::make_unique<postgres::PgConnection>(url);
    auto db = sqlite::Database::open(sqlitePathFromUrl(url));
    // Withdrawn content must not linger in free pages of the file.
    db->exec("PRAGMA secure_delete=ON");
    return db;
}

std::string ddlFor(sql::Dialect dialect, std::string ddl)
{
    if (dialect == sql::Dialect::SQLite)
        return ddl;
    auto replaceAll = [&](const std::string &from, const std::string &to) {
        for (auto p = ddl.find(from); p != std::string::npos; p = ddl.find(from, p + to.size()))
            ddl.replace(p, from.size(), to);
    };
    replaceAll("INTEGER PRIMARY KEY AUTOINCREMENT", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    replaceAll("INTEGER PRIMARY KEY", "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
    replaceAll(" INTEGER", " BIGINT");
    return ddl;
}

ServerDb::ServerDb(std::string url)
    : m_url(std::move(url))
    , m_dialect(isPostgresUrl(m_url) ? sql::Dialect::PostgreSQL : sql::Dialect::SQLite)
{
    m_location = m_dialect == sql::Dialect::SQLite ? sqlitePathFromUrl(m_url) : postgres::withoutCredentials(m_url);
    if (m_dialect == sql::Dialect::SQLite)
        m_writeGate = std::make_shared<sqlite::WriteGate>();
    auto db = open();
    migrate(*db);
    m_idle.push_back(std::move(db));
    m_open = 1;
}

void ServerDb::setPoolLimit(std::size_t limit, std::chrono::milliseconds patience)
{
    std::lock_guard lock(m_mutex);
    m_limit = limit;
    m_patience = patience;
}

sqlite::WriteGate::Turn ServerDb::writeTurn()
{
    sqlite::WriteGate::Turn turn;
    if (m_writeGate && !m_writeGate->take(turn))
        throw ApiError(sync::protocol::ErrorCode::RateLimited, "the server is busy; try again shortly");
    return turn;
}

std::unique_ptr<sql::Connection> ServerDb::open()
{
    auto db = connect(m_url);
    if (m_writeGate)
        static_cast<sqlite::Database &>(*db).setWriteGate(m_writeGate);
    return db;
}

void ServerDb::forgetDeletedContent()
{
    if (m_dialect == sql::Dialect::PostgreSQL) {
        ++m_removals;
        std::int64_t none = 0;
        m_unscrubbedSince.compare_exchange_strong(none, sync::HybridClock::systemWallMs());
        return;
    }
    auto db = lease();
    // Best effort: the WAL still holds old page images until it is checkpointed and truncated, which
    // waits for no reader; a busy server retries on the next withdrawal.
    try {
        // FTS5 deletes by adding tombstones: a removed answer's words stay in older segments of the
        // search index until they are merged, which 'optimize' does for all of them now.
        if (m_dialect == sql::Dialect::SQLite)
            db->exec("INSERT INTO contribution_search (contribution_search) VALUES ('optimize')");
        db->forgetDeletedContent();
    } catch (const std::exception &) { }
}

bool ServerDb::scrub()
{
    if (m_dialect == sql::Dialect::SQLite) {
        forgetDeletedContent();
        return true;
    }
    const std::uint64_t removalsBefore = m_removals.load();
    const std::int64_t startedAt = sync::HybridClock::systemWallMs();
    // Its own connection: VACUUM cannot run inside the transaction a pooled one might be reused for,
    // and the session settings it changes stay with it.
    auto db = connect(m_url);
    if (!postgres::scrubRemovedContent(*db))
        return false;
    // A removal that came while the scrub ran may have missed it: leave one due from then.
    if (m_removals.load() == removalsBefore)
        m_unscrubbedSince.store(0);
    else
        m_unscrubbedSince.store(startedAt);
    return true;
}

void ServerDb::migrate(sql::Connection &db)
{
    // Inside the write lock, so two instances starting together cannot both run a step.
    db.transaction([&] {
        const int version = db.schemaVersion();
        if (version > kSchemaVersion)
            throw std::runtime_error("database " + m_location + " is from a newer chorus-server (schema "
                + std::to_string(version) + "); refusing to touch it");
        if (version < 1) {
            for (const char *sql : kRecordTablesV1)
                db.exec(ddlFor(m_dialect, sql));
            for (const char *sql : kServerTables)
                db.exec(ddlFor(m_dialect, sql));
            db.setSchemaVersion(1);
        }
        if (version < 2) {
            for (const char *sql : kServerTablesV2)
                db.exec(ddlFor(m_dialect, sql));
            db.setSchemaVersion(2);
        }
        if (version < 3) {
            const bool lite = m_dialect == sql::Dialect::SQLite;
            for (const char *sql : lite ? kSqliteIndexesV3 : kPostgresIndexesV3)
                db.exec(sql);
            if (lite)
                for (const char *sql : kSqliteSearchV3)
                    db.exec(sql);
            else
                for (const char *sql : kPostgresSearchV3)
                    db.exec(sql);
            db.setSchemaVersion(3);
        }
        if (version < 4) {
            for (const char *sql : kServerTablesV4)
                db.exec(ddlFor(m_dialect, sql));
            db.setSchemaVersion(4);
        }
        if (version < 5) {
            for (const char *sql : kOutreachV5)
                db.exec(ddlFor(m_dialect, sql));
            db.setSchemaVersion(5);
        }
        if (version < 6) {
            for (const char *sql : kPrivacyV6)
                db.exec(ddlFor(m_dialect, sql));
            db.setSchemaVersion(6);
        }
        if (version < 7) {
            for (const char *sql : sync::kCoproductionStep)
                db.exec(ddlFor(m_dialect, sql));
            db.setSchemaVersion(7);
        }
        if (version < 8) {
            for (const char *sql : sync::kCoproductionRemovalStep)
                db.exec(ddlFor(m_dialect, sql));
            // The sessions export reads one session's ideas at a time.
            db.exec("CREATE INDEX contributions_group_session ON contributions (group_session_id)");
            db.setSchemaVersion(8);
        }
        if (version < 9) {
            for (const char *sql : sync::kPictureCardStep)
                db.exec(ddlFor(m_dialect, sql));
            db.setSchemaVersion(9);
        }
        if (version < 10) {
            if (m_dialect == sql::Dialect::SQLite)
                for (const char *sql : kSqliteSearchV10)
                    db.exec(sql);
            db.setSchemaVersion(10);
        }
        if (version < 11) {
            for (const char *sql : kThemeRejectionsV11)
                db.exec(ddlFor(m_dialect, sql));
            db.setSchemaVersion(11);
        }
        if (version < 12) {
            for (const char *sql : kDashboardV12)
                db.exec(ddlFor(m_dialect, sql));
            db.setSchemaVersion(12);
        }
    });
}

ServerDb::Lease ServerDb::lease()
{
    const auto held = t_leasesHeld.find(this);
    const bool mayNotWait
        = (held != t_leasesHeld.end() && held->second > 0) || (m_writeGate && m_writeGate->heldByThisThread());
    std::unique_ptr<sql::Connection> db;
    {
        std::unique_lock lock(m_mutex);
        const bool room = !m_idle.empty() || m_limit == 0 || m_open < m_limit;
        if (mayNotWait || (room && m_waiting.empty())) {
            if (!m_idle.empty()) {
                db = std::move(m_idle.back());
                m_idle.pop_back();
            } else {
                ++m_open;
            }
        } else {
            PoolWaiter waiter;
            m_waiting.push_back(&waiter);
            if (!waiter.served.wait_for(lock, m_patience, [&] { return waiter.given; })) {
                m_waiting.erase(std::find(m_waiting.begin(), m_waiting.end(), &waiter));
                throw ApiError(sync::protocol::ErrorCode::RateLimited, "the server is busy; try again shortly");
            }
            db = std::move(waiter.db); // null: room to open one, already counted
        }
    }
    if (db)
        return Lease(*this, std::move(db));
    try {
        return Lease(*this, open());
    } catch (...) {
        std::lock_guard lock(m_mutex);
        --m_open;
        serveWaiter();
        throw;
    }
}

void ServerDb::serveWaiter()
{
    if (m_waiting.empty())
        return;
    PoolWaiter *next = m_waiting.front();
    if (!m_idle.empty()) {
        next->db = std::move(m_idle.back());
        m_idle.pop_back();
    } else if (m_limit == 0 || m_open < m_limit) {
        ++m_open;
    } else {
        return;
    }
    m_waiting.pop_front();
    next->given = true;
    // Under the lock: the waiter's condition variable lives on its stack and goes once it wakes.
    next->served.notify_one();
}

ServerDb::Lease::Lease(ServerDb &owner, std::unique_ptr<sql::Connection> db)
    : m_owner(&owner)
    , m_db(std::move(db))
{
    ++t_leasesHeld[m_owner];
}

ServerDb::Lease::~Lease()
{
    if (!m_db || !m_owner)
        return;
    if (--t_leasesHeld[m_owner] == 0)
        t_leasesHeld.erase(m_owner);
    // A connection left inside a transaction by a bug would hold the write lock for ever; a lost
    // one would fail every request it is lent to.
    // One opened beyond the limit is closed when returned, so a burst does not leave the pool large.
    const bool keep = !m_db->inTransaction() && m_db->usable();
    std::unique_ptr<sql::Connection> dropped;
    {
        std::lock_guard lock(m_owner->m_mutex);
        if (keep && (m_owner->m_limit == 0 || m_owner->m_open <= m_owner->m_limit))
            m_owner->m_idle.push_back(std::move(m_db));
        else {
            dropped = std::move(m_db);
            --m_owner->m_open;
        }
        m_owner->serveWaiter();
    }
}

} // namespace chorus::server
