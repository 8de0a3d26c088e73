#pragma once
// RAII access to one SQLite connection: pragmas, cached statements, immediate transactions with
// retry on SQLITE_BUSY. One Database per thread; it is not thread-safe by design.

#include "sqlite/statement.h"
#include "sqlite/writegate.h"

#include <functional>
#include <memory>
#include <string>
#include <unordered_map>

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
    // Connections of one process that share a gate take turns at the write lock in order (writegate.h)
    // for transaction() and forgetDeletedContent(), instead of polling for it.
    void setWriteGate(std::shared_ptr<WriteGate> gate) { m_writeGate = std::move(gate); }

    // Rebuilds the file and empties the write-ahead log, so deleted rows are gone from the disk, not
    // only from queries: a withdrawal needs that. secure_delete (always on, see open) zeroes a deleted
    // row, but not the stale copies that moving rows between pages leaves in a page's free gap (the
    // simulation found them, seeds 93 and 228); only VACUUM rewrites every page. It holds the write
    // lock while it runs: seconds for a large server file, but withdrawals are rare.
    // Best effort: another connection in a transaction makes VACUUM wait, then give up.
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
    // This thread's turn at the gate (an empty one without a gate); throws a busy Error when it
    // waited past the gate's patience.
    [[nodiscard]] WriteGate::Turn writeTurn();

    sqlite3 *m_db = nullptr;
    std::string m_path;
    int m_busyTimeoutMs;
    std::shared_ptr<WriteGate> m_writeGate;
    // Hashed: the keys are whole SQL texts that share long prefixes, which an ordered map compares
    // byte by byte several times per lookup, on every statement of every change applied.
    std::unordered_map<std::string, std::unique_ptr<Statement>> m_cache;
};

} // namespace chorus::sqlite
