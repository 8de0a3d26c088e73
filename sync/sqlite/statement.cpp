#include "sqlite/statement.h"

#include <sqlite3.h>

namespace chorus::sqlite {

bool Error::isBusy() const
{
    return (m_code & 0xff) == SQLITE_BUSY || (m_code & 0xff) == SQLITE_LOCKED;
}
bool Error::isDiskFull() const
{
    return (m_code & 0xff) == SQLITE_FULL;
}
bool Error::isReadOnly() const
{
    return (m_code & 0xff) == SQLITE_READONLY || (m_code & 0xff) == SQLITE_CANTOPEN
        || (m_code & 0xff) == SQLITE_PERM;
}
bool Error::isCorrupt() const
{
    return (m_code & 0xff) == SQLITE_CORRUPT || (m_code & 0xff) == SQLITE_NOTADB;
}

void throwError(sqlite3 *db, int code, std::string_view context)
{
    std::string message(context);
    message += ": ";
    message += db ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    throw Error(code, message);
}

Statement::Statement(sqlite3 *db, sqlite3_stmt *stmt)
    : m_db(db)
    , m_stmt(stmt)
{
}

Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Statement::Statement(Statement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(other.m_stmt)
{
    other.m_stmt = nullptr;
}

void Statement::bindText(int index, std::string_view text)
{
    const int rc = sqlite3_bind_text(m_stmt, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "bind text");
}

void Statement::bindInteger(int index, std::int64_t value)
{
    const int rc = sqlite3_bind_int64(m_stmt, index, value);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "bind integer");
}

void Statement::bindReal(int index, double value)
{
    const int rc = sqlite3_bind_double(m_stmt, index, value);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "bind real");
}

void Statement::doBindNull(int index)
{
    const int rc = sqlite3_bind_null(m_stmt, index);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "bind null");
}

void Statement::bindBlob(int index, const void *data, int size)
{
    const int rc = sqlite3_bind_blob(m_stmt, index, data, size, SQLITE_TRANSIENT);
    if (rc != SQLITE_OK)
        throwError(m_db, rc, "bind blob");
}

bool Statement::step()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    const std::string sql = sqlite3_sql(m_stmt) ? sqlite3_sql(m_stmt) : "";
    sqlite3_reset(m_stmt);
    throwError(m_db, rc, "step [" + sql.substr(0, 80) + "]");
}

void Statement::run()
{
    while (step()) {
    }
    reset();
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::string Statement::text(int column) const
{
    const auto *p = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return p ? std::string(p, static_cast<size_t>(n)) : std::string();
}

std::int64_t Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

int Statement::columnCount() const
{
    return sqlite3_column_count(m_stmt);
}

} // namespace chorus::sqlite
