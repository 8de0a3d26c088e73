#include "sqlite/database.h"

#include <sqlite3.h>

#include <chrono>
#include <random>
#include <thread>

namespace chorus::sqlite {

namespace {
// Each attempt already waits up to the busy timeout inside SQLite; a few retries with jitter break
// the rare livelock of two writers that keep colliding.
constexpr int kMaxBusyRetries = 3;

void jitteredSleep(int attempt)
{
    thread_local std::mt19937 rng{std::random_device{}()};
    const int capMs = std::min(200, 2 << std::min(attempt, 6));
    std::uniform_int_distribution<int> dist(1, capMs);
    std::this_thread::sleep_for(std::chrono::milliseconds(dist(rng)));
}
} // namespace

std::unique_ptr<Database> Database::open(const std::string &path, const OpenOptions &options)
{
    int flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    flags |= options.readOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
    if (options.create && !options.readOnly)
        flags |= SQLITE_OPEN_CREATE;
    sqlite3 *db = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const std::string message = "cannot open database " + path + ": " + (db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close_v2(db);
        throw Error(rc, message);
    }
    sqlite3_extended_result_codes(db, 1);
    std::unique_ptr<Database> database(new Database(db, path, options.busyTimeoutMs));
    sqlite3_busy_timeout(db, options.busyTimeoutMs);
    // Reading the schema forces SQLite to look at the header, so a file that is not a database
    // (or is corrupt) fails here with a clear error instead of on the first save.
    database->exec("SELECT count(*) FROM sqlite_master");
    if (!options.readOnly) {
        database->exec("PRAGMA journal_mode=WAL");
        database->exec(options.durability == Durability::Full ? "PRAGMA synchronous=FULL" : "PRAGMA synchronous=NORMAL");
    }
    database->exec("PRAGMA foreign_keys=ON");
    // Deleted content is overwritten, so a withdrawn contribution cannot be read back from free pages.
    database->exec("PRAGMA secure_delete=ON");
    return database;
}

Database::Database(sqlite3 *db, std::string path, int busyTimeoutMs)
    : m_db(db)
    , m_path(std::move(path))
    , m_busyTimeoutMs(busyTimeoutMs)
{
}

Database::~Database()
{
    m_cache.clear();
    sqlite3_close_v2(m_db);
}

void Database::execWithBusyRetry(const char *sql)
{
    for (int attempt = 0;; ++attempt) {
        char *err = nullptr;
        const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, &err);
        if (rc == SQLITE_OK)
            return;
        std::string message = err ? err : sqlite3_errstr(rc);
        sqlite3_free(err);
        Error error(rc, message);
        if (error.isBusy() && attempt < kMaxBusyRetries) {
            jitteredSleep(attempt);
            continue;
        }
        throw Error(rc, std::string(sql).substr(0, 80) + ": " + message);
    }
}

void Database::exec(const std::string &sql)
{
    execWithBusyRetry(sql.c_str());
}

Statement Database::prepare(const std::string &sql)
{
    sqlite3_stmt *stmt = nullptr;
    const int rc = sqlite3_prepare_v3(m_db, sql.c_str(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt, nullptr);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "prepare [" + sql.substr(0, 80) + "]");
    return Statement(m_db, stmt);
}

Statement &Database::cached(const std::string &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<Statement>(prepare(sql))).first;
    return *it->second;
}

WriteGate::Turn Database::writeTurn()
{
    WriteGate::Turn turn;
    if (m_writeGate && !m_writeGate->take(turn))
        throw Error(SQLITE_BUSY, "waited too long for a turn to write");
    return turn;
}

void Database::transaction(const std::function<void()> &fn)
{
    const WriteGate::Turn turn = writeTurn();
    for (int attempt = 0;; ++attempt) {
        execWithBusyRetry("BEGIN IMMEDIATE");
        try {
            fn();
            execWithBusyRetry("COMMIT");
            return;
        } catch (const Error &e) {
            if (sqlite3_get_autocommit(m_db) == 0)
                sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            if (e.isBusy() && attempt < kMaxBusyRetries) {
                jitteredSleep(attempt);
                continue;
            }
            throw;
        } catch (...) {
            if (sqlite3_get_autocommit(m_db) == 0)
                sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
    }
}

void Database::snapshot(const std::function<void()> &fn)
{
    execWithBusyRetry("BEGIN DEFERRED");
    try {
        fn();
    } catch (...) {
        sqlite3_exec(m_db, "ROLLBACK", nullptr, nullptr, nullptr);
        throw;
    }
    execWithBusyRetry("COMMIT");
}

std::unique_ptr<sql::Statement> Database::prepareStatement(const std::string &sql)
{
    return std::make_unique<Statement>(prepare(sql));
}

bool Database::inTransaction() const
{
    return sqlite3_get_autocommit(m_db) == 0;
}

void Database::forgetDeletedContent()
{
    // VACUUM needs the write lock: in turn, or a crowd of writers would make it give up.
    const WriteGate::Turn turn = writeTurn();
    sqlite3_exec(m_db, "VACUUM", nullptr, nullptr, nullptr);
    sqlite3_exec(m_db, "PRAGMA wal_checkpoint(TRUNCATE)", nullptr, nullptr, nullptr);
}

int Database::userVersion()
{
    Statement s = prepare("PRAGMA user_version");
    return s.step() ? static_cast<int>(s.integer(0)) : 0;
}

void Database::setUserVersion(int version)
{
    exec("PRAGMA user_version=" + std::to_string(version));
}

long long Database::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

} // namespace chorus::sqlite
