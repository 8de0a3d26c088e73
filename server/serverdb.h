#pragma once
// The server's database: SQLite (one file, the default) or PostgreSQL, chosen by the URL; the
// migration ladder, the same on both; and a pool of connections so each request thread uses its own.

#include "sql/connection.h"
#include "sqlite/writegate.h"

#include <atomic>
#include <chrono>
#include <cstdint>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace chorus::server {

class ServerDb {
public:
    static constexpr int kSchemaVersion = 12;

    // Opens (creating if needed) and migrates. Throws std::runtime_error with a clear message for a
    // database from a newer server or a URL this build cannot serve.
    explicit ServerDb(std::string url);

    // One new connection to the database at `url`, without migrating: "postgresql://…" or
    // "postgres://…" (libpq's URI form) for PostgreSQL; "sqlite:///a/b.db", "sqlite:b.db" or a plain
    // path for SQLite.
    [[nodiscard]] static std::unique_ptr<sql::Connection> connect(const std::string &url);
    [[nodiscard]] static bool isPostgresUrl(const std::string &url);
    // "sqlite:///a/b.db", "sqlite:b.db" or a plain path; throws for other schemes.
    [[nodiscard]] static std::string sqlitePathFromUrl(const std::string &url);

    // A connection borrowed for one request; returned to the pool when the lease ends.
    class Lease {
    public:
        Lease(ServerDb &owner, std::unique_ptr<sql::Connection> db);
        ~Lease();
        Lease(Lease &&) = default;
        Lease(const Lease &) = delete;
        sql::Connection &operator*() { return *m_db; }
        sql::Connection *operator->() { return m_db.get(); }

    private:
        ServerDb *m_owner;
        std::unique_ptr<sql::Connection> m_db;
    };
    // Once `limit` connections are open a request waits for one, in the order requests came, so a
    // burst cannot open more database connections than PostgreSQL allows nor starve anyone; after
    // `patience` it is told the server is busy (ApiError RateLimited). A thread that already holds a
    // lease, or SQLite's write turn, never waits: it opens one beyond the limit (closed when returned),
    // so a request needing two at once, or the writer everyone queues behind, cannot wait for itself.
    // 0: no limit (the default, for admin commands).
    void setPoolLimit(std::size_t limit, std::chrono::milliseconds patience = std::chrono::seconds(90));
    [[nodiscard]] Lease lease();
    // SQLite: this thread's turn at the write lock (sqlite/writegate.h), which every transaction on a
    // pooled connection takes; a request that will write takes it before leasing, so it queues in
    // order without holding a connection others could read with. PostgreSQL: an empty turn.
    [[nodiscard]] sqlite::WriteGate::Turn writeTurn();
    [[nodiscard]] sql::Dialect dialect() const { return m_dialect; }
    // Where the data lives, for logs: the SQLite path, or the PostgreSQL URL without its password.
    [[nodiscard]] const std::string &location() const { return m_location; }
    // What connect() takes, for work that outlives a request (a webhook retried on its own thread).
    [[nodiscard]] const std::string &url() const { return m_url; }
    // The SQLite file; empty for PostgreSQL.
    [[nodiscard]] std::string path() const { return m_dialect == sql::Dialect::SQLite ? m_location : std::string(); }
    // Checkpoints and truncates SQLite's write-ahead log, so a withdrawal's purged content leaves the disk.
    // On PostgreSQL that takes a scrub (postgres/pgscrub.h), too heavy for each removal: this notes
    // that one is due, and ScrubSchedule runs it.
    void forgetDeletedContent();
    // PostgreSQL: the wall time (ms) of the earliest removal no scrub has reached yet; 0 when none.
    [[nodiscard]] std::int64_t unscrubbedSince() const { return m_unscrubbedSince.load(); }
    // Takes removed content out of the files now, on a connection of its own: on PostgreSQL the
    // scrub (false when another instance is running one), on SQLite what forgetDeletedContent does.
    bool scrub();

private:
    struct PoolWaiter {
        std::condition_variable served;
        std::unique_ptr<sql::Connection> db; // null when given room to open one
        bool given = false;
    };
    void migrate(sql::Connection &db);
    [[nodiscard]] std::unique_ptr<sql::Connection> open();
    // Under m_mutex: gives the longest waiter a connection, or room to open one, when there is either.
    void serveWaiter();

    std::string m_url;
    std::string m_location;
    sql::Dialect m_dialect;
    std::shared_ptr<sqlite::WriteGate> m_writeGate; // SQLite only
    std::mutex m_mutex;
    std::vector<std::unique_ptr<sql::Connection>> m_idle;
    std::deque<PoolWaiter *> m_waiting;
    std::size_t m_open = 0; // idle and lent
    std::size_t m_limit = 0;
    std::chrono::milliseconds m_patience { std::chrono::seconds(90) };
    std::atomic<std::int64_t> m_unscrubbedSince { 0 };
    // Removals counted, so a scrub knows whether one arrived while it ran (and may not be covered).
    std::atomic<std::uint64_t> m_removals { 0 };
};

// Schema text written for SQLite, made PostgreSQL's: 64-bit integers throughout and identity
// columns for SQLite's AUTOINCREMENT/rowid keys. SQLite's own text is returned unchanged.
[[nodiscard]] std::string ddlFor(sql::Dialect dialect, std::string ddl);

} // namespace chorus::server
