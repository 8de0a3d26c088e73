#include "postgres/pgconnection.h"

#include "postgres/pgstatement.h"
#include "postgres/placeholders.h"

#include <pqxx/except>
#include <pqxx/nontransaction>
#include <pqxx/transaction>

namespace chorus::server::postgres {

namespace {
// The advisory lock every writing transaction takes first ("chorus" in ASCII): see transaction().
constexpr const char *kWriteLock = "SELECT pg_advisory_xact_lock(109342113607027)";

// Clears the connection's open-transaction pointer however the transaction ends.
class TxScope {
public:
    TxScope(pqxx::transaction_base *&slot, pqxx::transaction_base &tx)
        : m_slot(slot)
    {
        m_slot = &tx;
    }
    ~TxScope() { m_slot = nullptr; }
    TxScope(const TxScope &) = delete;
    TxScope &operator=(const TxScope &) = delete;

private:
    pqxx::transaction_base *&m_slot;
};
} // namespace

std::string withoutCredentials(const std::string &url)
{
    const auto scheme = url.find("://");
    const auto at = url.rfind('@');
    if (scheme == std::string::npos || at == std::string::npos || at < scheme)
        return url;
    return url.substr(0, scheme + 3) + "…@" + url.substr(at + 1);
}

void rethrowAsSqlError(const std::string &context)
{
    try {
        throw;
    } catch (const pqxx::sql_error &e) {
        throw sql::Error("PostgreSQL: " + std::string(e.what())
            + (e.sqlstate().empty() ? "" : " (" + e.sqlstate() + ")")
            + (context.empty() ? "" : " in [" + context.substr(0, 80) + "]"));
    } catch (const pqxx::failure &e) {
        throw sql::Error(
            "PostgreSQL: " + std::string(e.what()) + (context.empty() ? "" : " in [" + context.substr(0, 80) + "]"));
    }
}

PgConnection::PgConnection(const std::string &url)
{
    try {
        m_conn = std::make_unique<pqxx::connection>(url);
        // A writer waiting on a lock that never comes (a stuck peer) fails instead of hanging a
        // request thread for ever, as SQLite's busy timeout does.
        pqxx::nontransaction tx(*m_conn);
        tx.exec("SET lock_timeout = '30s'");
    } catch (const std::exception &e) {
        throw sql::Error("cannot connect to PostgreSQL at " + withoutCredentials(url) + ": " + e.what());
    }
}

PgConnection::~PgConnection()
{
    m_cache.clear();
}

bool PgConnection::usable() const
{
    return m_conn && m_conn->is_open();
}

pqxx::result PgConnection::run(const std::string &name, const std::string &sql, const std::vector<const char *> &params)
{
    const auto dynamic = pqxx::prepare::make_dynamic_params(params);
    auto go = [&](pqxx::transaction_base &tx) {
        return name.empty() ? tx.exec_params(sql, dynamic) : tx.exec_prepared(name, dynamic);
    };
    try {
        pqxx::result r;
        if (m_tx) {
            r = go(*m_tx);
        } else {
            pqxx::nontransaction tx(*m_conn);
            r = go(tx);
        }
        m_changes = static_cast<int>(r.affected_rows());
        return r;
    } catch (...) {
        rethrowAsSqlError(sql);
    }
}

std::string PgConnection::prepareNamed(const std::string &sql)
{
    std::string name = "chorus_" + std::to_string(++m_nextName);
    try {
        m_conn->prepare(name, sql);
    } catch (...) {
        rethrowAsSqlError(sql);
    }
    return name;
}

void PgConnection::exec(const std::string &sql)
{
    try {
        if (m_tx) {
            m_tx->exec(sql);
        } else {
            pqxx::nontransaction tx(*m_conn);
            tx.exec(sql);
        }
    } catch (...) {
        rethrowAsSqlError(sql);
    }
}

sql::Statement &PgConnection::cached(const std::string &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<PgStatement>(*this, translatePlaceholders(sql), true)).first;
    return *it->second;
}

std::unique_ptr<sql::Statement> PgConnection::prepareStatement(const std::string &sql)
{
    return std::make_unique<PgStatement>(*this, translatePlaceholders(sql), false);
}

void PgConnection::transaction(const std::function<void()> &fn)
{
    if (m_tx)
        throw sql::Error("PostgreSQL: a transaction is already open on this connection");
    try {
        pqxx::work tx(*m_conn);
        TxScope scope(m_tx, tx);
        tx.exec(kWriteLock);
        fn();
        tx.commit();
    } catch (const pqxx::failure &) {
        rethrowAsSqlError("COMMIT");
    }
}

void PgConnection::snapshot(const std::function<void()> &fn)
{
    if (m_tx)
        throw sql::Error("PostgreSQL: a transaction is already open on this connection");
    try {
        pqxx::transaction<pqxx::repeatable_read, pqxx::read_only> tx(*m_conn);
        TxScope scope(m_tx, tx);
        fn();
        tx.commit();
    } catch (const pqxx::failure &) {
        rethrowAsSqlError("snapshot");
    }
}

int PgConnection::schemaVersion()
{
    exec("CREATE TABLE IF NOT EXISTS chorus_schema (version INTEGER NOT NULL)");
    auto s = prepare("SELECT max(version) FROM chorus_schema");
    return s.step() && !s.isNull(0) ? static_cast<int>(s.integer(0)) : 0;
}

void PgConnection::setSchemaVersion(int version)
{
    exec("CREATE TABLE IF NOT EXISTS chorus_schema (version INTEGER NOT NULL)");
    exec("DELETE FROM chorus_schema");
    prepare("INSERT INTO chorus_schema (version) VALUES (?1)").bind(1, version).run();
}

} // namespace chorus::server::postgres
