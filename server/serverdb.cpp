#include "serverdb.h"

#include "store/recordstore.h"

#include <stdexcept>

namespace chorus::server {

namespace {
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
} // namespace

std::string ServerDb::sqlitePathFromUrl(const std::string &url)
{
    if (url.rfind("postgres://", 0) == 0 || url.rfind("postgresql://", 0) == 0)
        throw std::runtime_error("this chorus-server was built without PostgreSQL support; use a SQLite path");
    if (url.rfind("sqlite://", 0) == 0)
        return url.substr(9);
    if (url.rfind("sqlite:", 0) == 0)
        return url.substr(7);
    if (url.find("://") != std::string::npos)
        throw std::runtime_error("unknown database URL scheme in " + url);
    return url;
}

ServerDb::ServerDb(std::string url)
    : m_path(sqlitePathFromUrl(url))
{
    auto db = openConnection();
    migrate(*db);
    m_idle.push_back(std::move(db));
}

std::unique_ptr<sqlite::Database> ServerDb::openConnection()
{
    auto db = sqlite::Database::open(m_path);
    // Withdrawn content must not linger in free pages of the file.
    db->exec("PRAGMA secure_delete=ON");
    return db;
}

void ServerDb::forgetDeletedContent()
{
    auto db = lease();
    // Best effort: the WAL still holds old page images until it is checkpointed and truncated, which
    // waits for no reader; a busy server retries on the next withdrawal.
    try {
        db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    } catch (const std::exception &) { }
}

void ServerDb::migrate(sqlite::Database &db)
{
    // Inside the write lock, so two instances starting together cannot both run a step.
    db.transaction([&] {
        const int version = db.userVersion();
        if (version > kSchemaVersion)
            throw std::runtime_error("database " + m_path + " is from a newer chorus-server (schema "
                + std::to_string(version) + "); refusing to touch it");
        if (version < 1) {
            for (const auto &sql : sync::RecordStore::createTablesSql())
                db.exec(sql);
            for (const char *sql : kServerTables)
                db.exec(sql);
            db.setUserVersion(1);
        }
    });
}

ServerDb::Lease ServerDb::lease()
{
    {
        std::lock_guard lock(m_mutex);
        if (!m_idle.empty()) {
            auto db = std::move(m_idle.back());
            m_idle.pop_back();
            return Lease(*this, std::move(db));
        }
    }
    return Lease(*this, openConnection());
}

ServerDb::Lease::Lease(ServerDb &owner, std::unique_ptr<sqlite::Database> db)
    : m_owner(&owner)
    , m_db(std::move(db))
{ }

ServerDb::Lease::~Lease()
{
    if (!m_db || !m_owner)
        return;
    // A connection left inside a transaction by a bug would hold the write lock for ever.
    if (m_db->inTransaction())
        return;
    std::lock_guard lock(m_owner->m_mutex);
    m_owner->m_idle.push_back(std::move(m_db));
}

} // namespace chorus::server
