#pragma once
// RAII access to one SQLite connection: pragmas, cached statements, immediate transactions with
// retry on SQLITE_BUSY. One Database per thread; it is not thread-safe by design.

#include "sqlite/statement.h"

#include <functional>
#include <map>
#include <memory>
#include <string>

struct sqlite3;

namespace chorus::sqlite {

enum class Durability { Normal, Full };

struct OpenOptions {
    bool create = true;
    bool readOnly = false;
    Durability durability = Durability::Full;
    int busyTimeoutMs = 5000;
};

class Database final : public sql::Connection {
public:
    [[nodiscard]] static std::unique_ptr<Database> open(const std::string &path, const OpenOptions &options = {});
    ~Database() override;
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] sql::Dialect dialect() const override { return sql::Dialect::SQLite; }
    void exec(const std::string &sql) override;
    // Statements live as long as the connection, so hot paths prepare once.
    Statement &cached(const std::string &sql) override;
    // By value, for the device code; through sql::Connection the same name gives an sql::Prepared.
    [[nodiscard]] Statement prepare(const std::string &sql);

    // Runs fn inside BEGIN IMMEDIATE ... COMMIT; rolls back on any exception. Taking the write lock up
    // front avoids the deadlock-prone read-to-write upgrade, and SQLITE_BUSY is retried with jitter.
    void transaction(const std::function<void()> &fn) override;
    // BEGIN DEFERRED ... COMMIT: one read snapshot, no write lock.
    void snapshot(const std::function<void()> &fn) override;
    [[nodiscard]] bool inTransaction() const override;

    // Moves the write-ahead log into the main file and empties it. With secure_delete on (always, see
    // open), deleted rows are then gone from the disk, not only from queries: a withdrawal needs that.
    // Best effort: a reader holding an old snapshot can keep some frames until its next call.
    void forgetDeletedContent() override;

    [[nodiscard]] int userVersion();
    void setUserVersion(int version);
    [[nodiscard]] int schemaVersion() override { return userVersion(); }
    void setSchemaVersion(int version) override { setUserVersion(version); }
    [[nodiscard]] long long lastInsertRowId() const;
    [[nodiscard]] int changes() const override;
    [[nodiscard]] const std::string &path() const { return m_path; }
    [[nodiscard]] sqlite3 *handle() const { return m_db; }

protected:
    [[nodiscard]] std::unique_ptr<sql::Statement> prepareStatement(const std::string &sql) override;

private:
    Database(sqlite3 *db, std::string path, int busyTimeoutMs);
    void execWithBusyRetry(const char *sql);

    sqlite3 *m_db = nullptr;
    std::string m_path;
    int m_busyTimeoutMs;
    std::map<std::string, std::unique_ptr<Statement>> m_cache;
};

} // namespace chorus::sqlite
