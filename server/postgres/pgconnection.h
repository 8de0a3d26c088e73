#pragma once
// A PostgreSQL connection (libpqxx) behind the same sql::Connection the SQLite store implements,
// so chorus-server's SQL runs unchanged on either. One connection per thread, like SQLite's.

#include "sql/connection.h"

#include <pqxx/connection>
#include <pqxx/transaction_base>

#include <map>
#include <memory>
#include <string>
#include <vector>

namespace chorus::server::postgres {

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
    // REPEATABLE READ, READ ONLY: every statement in fn sees the same snapshot.
    void snapshot(const std::function<void()> &fn) override;
    [[nodiscard]] bool inTransaction() const override { return m_tx != nullptr; }
    [[nodiscard]] int changes() const override { return m_changes; }
    [[nodiscard]] int schemaVersion() override;
    void setSchemaVersion(int version) override;
    // Nothing to do: PostgreSQL has no write-ahead copy to truncate; dead row versions are reclaimed
    // by (auto)vacuum, which is the deployment's to schedule.
    void forgetDeletedContent() override { }
    [[nodiscard]] bool usable() const override;

    // Runs one statement with text parameters (null pointers are SQL NULL), inside the open
    // transaction if there is one. `name` is a prepared statement's, or empty for a one-off.
    [[nodiscard]] pqxx::result run(
        const std::string &name, const std::string &sql, const std::vector<const char *> &params);
    // Prepares a statement under a fresh name and returns the name.
    [[nodiscard]] std::string prepareNamed(const std::string &sql);

protected:
    [[nodiscard]] std::unique_ptr<sql::Statement> prepareStatement(const std::string &sql) override;

private:
    std::unique_ptr<pqxx::connection> m_conn;
    pqxx::transaction_base *m_tx = nullptr;
    std::map<std::string, std::unique_ptr<sql::Statement>> m_cache;
    int m_changes = 0;
    int m_nextName = 0;
};

// A URL for logs and errors: the user and password before '@' replaced by "…".
[[nodiscard]] std::string withoutCredentials(const std::string &url);

// Rethrows the exception being handled as an sql::Error when it is a libpqxx one; `context` says
// which statement failed.
[[noreturn]] void rethrowAsSqlError(const std::string &context);

} // namespace chorus::server::postgres
