#include "postgres/pgconnection.h"

#include "postgres/pgstatement.h"
#include "postgres/placeholders.h"

#include <cstdlib>
#include <cstring>

namespace chorus::server::postgres {

namespace {
// The advisory lock every writing transaction takes first ("chorus" in ASCII): see transaction().
constexpr const char *kWriteLock = "SELECT pg_advisory_xact_lock(109342113607027)";
// Results are read at the latest after this many pipelined statements: the server's unread answers
// then stay far below what the sockets buffer, so neither side can block the other for ever.
constexpr std::size_t kMaxPending = 1000;

std::string trimmed(const char *text)
{
    std::string s = text ? text : "";
    while (!s.empty() && (s.back() == '\n' || s.back() == ' '))
        s.pop_back();
    return s;
}

// Clears a flag however the scope ends.
class FlagScope {
public:
    explicit FlagScope(bool &flag)
        : m_flag(flag)
    {
        m_flag = true;
    }
    ~FlagScope() { m_flag = false; }
    FlagScope(const FlagScope &) = delete;
    FlagScope &operator=(const FlagScope &) = delete;

private:
    bool &m_flag;
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

PgConnection::PgConnection(const std::string &url)
{
    m_conn = PQconnectdb(url.c_str());
    if (!m_conn || PQstatus(m_conn) != CONNECTION_OK) {
        const std::string why = m_conn ? trimmed(PQerrorMessage(m_conn)) : "out of memory";
        if (m_conn)
            PQfinish(m_conn);
        m_conn = nullptr;
        throw sql::Error("cannot connect to PostgreSQL at " + withoutCredentials(url) + ": " + why);
    }
    // Notices ("already exists, skipping") are not errors, and stdout and stderr carry the admin
    // commands' answers: keep them quiet, as libpqxx did.
    PQsetNoticeProcessor(m_conn, [](void *, const char *) { }, nullptr);
    try {
        // A writer waiting on a lock that never comes (a stuck peer) fails instead of hanging a
        // request thread for ever, as SQLite's busy timeout does.
        exec("SET lock_timeout = '30s'");
    } catch (const std::exception &e) {
        PQfinish(m_conn);
        m_conn = nullptr;
        throw sql::Error("cannot connect to PostgreSQL at " + withoutCredentials(url) + ": " + e.what());
    }
}

PgConnection::~PgConnection()
{
    m_cache.clear();
    if (m_conn)
        PQfinish(m_conn);
}

bool PgConnection::usable() const
{
    return m_conn && PQstatus(m_conn) == CONNECTION_OK;
}

void PgConnection::fail(const std::string &message, const std::string &sql) const
{
    throw sql::Error("PostgreSQL: " + message + (sql.empty() ? "" : " in [" + sql.substr(0, 80) + "]"));
}

void PgConnection::check(const PGresult *r, const std::string &sql)
{
    if (!r)
        fail(trimmed(PQerrorMessage(m_conn)), sql);
    switch (PQresultStatus(r)) {
    case PGRES_COMMAND_OK:
    case PGRES_TUPLES_OK: {
        // Rows changed by the last INSERT, UPDATE or DELETE, as SQLite counts them.
        const char *status = PQcmdStatus(const_cast<PGresult *>(r));
        if (std::strncmp(status, "INSERT", 6) == 0 || std::strncmp(status, "UPDATE", 6) == 0
            || std::strncmp(status, "DELETE", 6) == 0)
            m_changes = std::atoi(PQcmdTuples(const_cast<PGresult *>(r)));
        return;
    }
    case PGRES_PIPELINE_ABORTED:
        fail("not run: an earlier statement in the transaction failed", sql);
    default: {
        const char *state = PQresultErrorField(r, PG_DIAG_SQLSTATE);
        fail(trimmed(PQresultErrorMessage(r)) + (state && *state ? " (" + std::string(state) + ")" : ""), sql);
    }
    }
}

Result PgConnection::execNow(
    const std::string &name, const std::string &sql, const std::vector<const char *> &params)
{
    flush();
    const int n = static_cast<int>(params.size());
    Result r(name.empty() ? PQexecParams(m_conn, sql.c_str(), n, nullptr, params.data(), nullptr, nullptr, 0)
                          : PQexecPrepared(m_conn, name.c_str(), n, params.data(), nullptr, nullptr, 0));
    check(r.get(), sql);
    return r;
}

void PgConnection::enqueue(const std::string &name, const std::string &sql, const std::vector<const char *> &params)
{
    if (!m_pipeline) {
        if (PQenterPipelineMode(m_conn) != 1)
            fail("cannot enter pipeline mode: " + trimmed(PQerrorMessage(m_conn)), sql);
        m_pipeline = true;
    }
    const int n = static_cast<int>(params.size());
    const int sent = name.empty()
        ? PQsendQueryParams(m_conn, sql.c_str(), n, nullptr, params.data(), nullptr, nullptr, 0)
        : PQsendQueryPrepared(m_conn, name.c_str(), n, params.data(), nullptr, nullptr, 0);
    if (sent != 1)
        fail(trimmed(PQerrorMessage(m_conn)), sql);
    m_pending.push_back(sql);
}

Result PgConnection::drain(bool keepLast)
{
    if (!m_pipeline)
        return nullptr;
    if (PQpipelineSync(m_conn) != 1)
        fail("cannot send to the server: " + trimmed(PQerrorMessage(m_conn)), {});
    // Every result is read, even after a failure, so the connection is ready for the next statement;
    // the first failure is thrown after that.
    std::string firstError;
    Result last;
    std::size_t index = 0;
    bool synced = false;
    while (!synced) {
        Result r(PQgetResult(m_conn));
        if (!r) {
            // The end of one statement's results; more end markers than statements means the
            // connection broke.
            if (++index > m_pending.size() || PQstatus(m_conn) != CONNECTION_OK) {
                if (firstError.empty())
                    firstError = "PostgreSQL: the connection was lost: " + trimmed(PQerrorMessage(m_conn));
                break;
            }
            continue;
        }
        if (PQresultStatus(r.get()) == PGRES_PIPELINE_SYNC) {
            synced = true;
            break;
        }
        if (firstError.empty()) {
            try {
                check(r.get(), index < m_pending.size() ? m_pending[index] : std::string());
            } catch (const sql::Error &e) {
                firstError = e.what();
            }
        }
        if (keepLast && index + 1 == m_pending.size())
            last = std::move(r);
    }
    m_pending.clear();
    if (synced && PQexitPipelineMode(m_conn) == 1)
        m_pipeline = false;
    if (!firstError.empty())
        throw sql::Error(firstError);
    if (m_pipeline)
        fail("cannot leave pipeline mode: " + trimmed(PQerrorMessage(m_conn)), {});
    return last;
}

void PgConnection::flush()
{
    (void)drain(false);
}

int PgConnection::changes() const
{
    // Reading results changes no data; the count is only known once they are read.
    const_cast<PgConnection *>(this)->flush();
    return m_changes;
}

Result PgConnection::query(
    const std::string &name, const std::string &sql, const std::vector<const char *> &params)
{
    if (!m_pipeline)
        return execNow(name, sql, params);
    // Rides on the pipeline with the writes queued before it: one round trip for all.
    enqueue(name, sql, params);
    Result r = drain(true);
    if (!r)
        fail("no result came back", sql);
    return r;
}

void PgConnection::send(const std::string &name, const std::string &sql, const std::vector<const char *> &params)
{
    if (!m_inTransaction) {
        (void)execNow(name, sql, params);
        return;
    }
    enqueue(name, sql, params);
    if (m_pending.size() >= kMaxPending)
        flush();
}

std::string PgConnection::prepareNamed(const std::string &sql)
{
    flush();
    std::string name = "chorus_" + std::to_string(++m_nextName);
    Result r(PQprepare(m_conn, name.c_str(), sql.c_str(), 0, nullptr));
    check(r.get(), sql);
    return name;
}

void PgConnection::exec(const std::string &sql)
{
    flush();
    // The simple protocol, so migrations may hold several statements.
    Result r(PQexec(m_conn, sql.c_str()));
    check(r.get(), sql);
}

sql::Statement &PgConnection::cached(const std::string &sql)
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end())
        it = m_cache.emplace(sql, std::make_unique<PgStatement>(*this, translatePlaceholders(sql), true)).first;
    return *it->second;
}

sql::Prepared PgConnection::prepareStreaming(const std::string &sql)
{
    return sql::Prepared(std::make_unique<PgStatement>(*this, translatePlaceholders(sql), false, 500));
}

std::unique_ptr<sql::Statement> PgConnection::prepareStatement(const std::string &sql)
{
    return std::make_unique<PgStatement>(*this, translatePlaceholders(sql), false);
}

void PgConnection::abandon() noexcept
{
    if (!m_conn)
        return;
    if (m_pipeline) {
        try {
            flush();
        } catch (const std::exception &) {
            // The failure being handled is the one to report.
        }
        if (m_pipeline && PQexitPipelineMode(m_conn) == 1)
            m_pipeline = false;
    }
    m_pending.clear();
    // A failed COMMIT has ended the transaction already.
    if (PQstatus(m_conn) == CONNECTION_OK && !m_pipeline && PQtransactionStatus(m_conn) != PQTRANS_IDLE)
        PQclear(PQexec(m_conn, "ROLLBACK"));
}

void PgConnection::runInTransaction(const char *begin, bool takeWriteLock, const std::function<void()> &fn)
{
    if (m_inTransaction)
        throw sql::Error("PostgreSQL: a transaction is already open on this connection");
    flush();
    FlagScope scope(m_inTransaction);
    try {
        // BEGIN and the lock travel with the transaction's first read (or its COMMIT).
        enqueue({}, begin, {});
        if (takeWriteLock)
            enqueue({}, kWriteLock, {});
        fn();
        // COMMIT answers ROLLBACK, without an error, for a transaction that failed earlier (a
        // caller caught the error and went on): that must not pass for a commit.
        Result r = query({}, "COMMIT", {});
        if (std::strcmp(PQcmdStatus(r.get()), "COMMIT") != 0)
            fail("the transaction was rolled back: a statement in it had failed", "COMMIT");
    } catch (...) {
        abandon();
        throw;
    }
}

void PgConnection::transaction(const std::function<void()> &fn)
{
    runInTransaction("BEGIN", true, fn);
}

void PgConnection::snapshot(const std::function<void()> &fn)
{
    runInTransaction("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", false, fn);
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
