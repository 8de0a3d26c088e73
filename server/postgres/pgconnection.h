#pragma once
// A PostgreSQL connection (libpq) behind the same sql::Connection the SQLite store implements,
// so chorus-server's SQL runs unchanged on either. One connection per thread, like SQLite's.
//
// Inside a transaction, statements whose rows nobody reads (a Statement's run(): INSERT, UPDATE,
// DELETE) are pipelined: sent without waiting for their results. The results are read, and the
// first error thrown, before the next statement whose rows are read, before changes(), exec(),
// and at COMMIT; so a batch of writes costs one round trip with the read or COMMIT after it, and
// a failed write still aborts the whole transaction before anything commits.

#include "sql/connection.h"

#include <libpq-fe.h>

#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace chorus::server::postgres {

// Frees a result however its owner ends.
struct ResultDeleter {
    void operator()(PGresult *r) const { PQclear(r); }
};
using Result = std::unique_ptr<PGresult, ResultDeleter>;

class PgConnection final : public sql::Connection {
public:
    // Throws sql::Error naming the server (never the password) when it cannot connect.
    explicit PgConnection(const std::string &url);
    ~PgConnection() override;

    [[nodiscard]] sql::Dialect dialect() const override { return sql::Dialect::PostgreSQL; }
    void exec(const std::string &sql) override;
    sql::Statement &cached(const std::string &sql) override;
    // Every writing transaction first takes one transaction-scoped advisory lock, shared by all
    // chorus-server instances on the database. Writers then commit in the order they took change-log
    // sequence numbers, so a pull cursor can never pass a number whose change commits later, and the
    // server's check-then-write steps see what the previous writer committed, as under SQLite.
    void transaction(const std::function<void()> &fn) override;
    // A query whose rows are read 500 at a time through a cursor (DECLARE … NO SCROLL CURSOR),
    // never all held at once as a plain query's result is: for reading every row of a large table
    // (exports). Only inside transaction() or snapshot(), whose end closes the cursor.
    [[nodiscard]] sql::Prepared prepareStreaming(const std::string &sql);
    // REPEATABLE READ, READ ONLY: every statement in fn sees the same snapshot.
    void snapshot(const std::function<void()> &fn) override;
    [[nodiscard]] bool inTransaction() const override { return m_inTransaction; }
    // Reads the pipelined results first (and throws the first error among them).
    [[nodiscard]] int changes() const override;
    [[nodiscard]] int schemaVersion() override;
    void setSchemaVersion(int version) override;
    // Nothing to do per removal: the dead row versions and WAL records it left are rewritten away by
    // the batched scrub (pgscrub.h), which ServerDb::forgetDeletedContent schedules.
    void forgetDeletedContent() override { }
    [[nodiscard]] bool usable() const override;

    // Runs one statement with text parameters (null pointers are SQL NULL) and returns its rows.
    // `name` is a prepared statement's, or empty for a one-off `sql`.
    [[nodiscard]] Result query(const std::string &name, const std::string &sql, const std::vector<const char *> &params);
    // Runs one statement whose rows nobody reads: pipelined inside a transaction, at once outside.
    void send(const std::string &name, const std::string &sql, const std::vector<const char *> &params);
    // Prepares a statement under a fresh name and returns the name.
    [[nodiscard]] std::string prepareNamed(const std::string &sql);
    // Reads every pipelined result; throws sql::Error for the first that failed.
    void flush();

protected:
    [[nodiscard]] std::unique_ptr<sql::Statement> prepareStatement(const std::string &sql) override;

private:
    // Queues one statement on the pipeline (entering pipeline mode if needed).
    void enqueue(const std::string &name, const std::string &sql, const std::vector<const char *> &params);
    // Sends Sync and reads the results of everything queued; returns the last one's result when
    // keepLast, else null. Leaves pipeline mode.
    Result drain(bool keepLast);
    // Runs one statement at once, outside pipeline mode.
    Result execNow(const std::string &name, const std::string &sql, const std::vector<const char *> &params);
    // Ends a transaction that failed: drops pipelined results and rolls back; never throws.
    void abandon() noexcept;
    void runInTransaction(const char *begin, bool takeWriteLock, const std::function<void()> &fn);
    // Checks one statement's result: throws sql::Error unless it succeeded; notes rows changed.
    void check(const PGresult *r, const std::string &sql);
    [[noreturn]] void fail(const std::string &message, const std::string &sql) const;

    PGconn *m_conn = nullptr;
    // Hashed, as SQLite's cache is: the keys are whole SQL texts sharing long prefixes.
    std::unordered_map<std::string, std::unique_ptr<sql::Statement>> m_cache;
    // The SQL of each statement sent on the pipeline whose result is not read yet, in order.
    std::vector<std::string> m_pending;
    bool m_pipeline = false;
    bool m_inTransaction = false;
    int m_changes = 0;
    int m_nextName = 0;
};

// A URL for logs and errors: the user and password before '@' replaced by "…".
[[nodiscard]] std::string withoutCredentials(const std::string &url);

} // namespace chorus::server::postgres
