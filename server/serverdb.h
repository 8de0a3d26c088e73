#pragma once
// The server's SQLite database: opening, the migration ladder, and a pool of connections so each
// request thread uses its own (SQLite connections are not shared across threads).

#include "sqlite/database.h"

#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace chorus::server {

class ServerDb {
public:
    static constexpr int kSchemaVersion = 1;

    // Opens (creating if needed) and migrates. Throws std::runtime_error with a clear message for a
    // database from a newer server or a URL this build cannot serve.
    explicit ServerDb(std::string url);

    // A connection borrowed for one request; returned to the pool when the lease ends.
    class Lease {
    public:
        Lease(ServerDb &owner, std::unique_ptr<sqlite::Database> db);
        ~Lease();
        Lease(Lease &&) = default;
        Lease(const Lease &) = delete;
        sqlite::Database &operator*() { return *m_db; }
        sqlite::Database *operator->() { return m_db.get(); }

    private:
        ServerDb *m_owner;
        std::unique_ptr<sqlite::Database> m_db;
    };
    [[nodiscard]] Lease lease();
    [[nodiscard]] const std::string &path() const { return m_path; }
    // Checkpoints and truncates the write-ahead log, so a withdrawal's purged content leaves the disk.
    void forgetDeletedContent();

    // "sqlite:///a/b.db", "sqlite:b.db" or a plain path; throws for other schemes.
    [[nodiscard]] static std::string sqlitePathFromUrl(const std::string &url);

private:
    void migrate(sqlite::Database &db);
    std::unique_ptr<sqlite::Database> openConnection();

    std::string m_path;
    std::mutex m_mutex;
    std::vector<std::unique_ptr<sqlite::Database>> m_idle;
};

} // namespace chorus::server
