#include "postgres/pgstatement.h"

#include <atomic>
#include <charconv>
#include <cstdlib>

namespace chorus::server::postgres {

PgStatement::PgStatement(PgConnection &conn, std::string sql, bool named, int fetchRows)
    : m_conn(conn)
    , m_sql(std::move(sql))
    , m_fetchRows(fetchRows)
{
    if (named)
        m_name = m_conn.prepareNamed(m_sql);
}

PgStatement::~PgStatement()
{
    closeCursor();
}

bool PgStatement::fetch()
{
    m_result = m_conn.query({}, "FETCH FORWARD " + std::to_string(m_fetchRows) + " FROM " + m_cursor, {});
    m_rows = PQntuples(m_result.get());
    m_row = -1;
    return m_rows > 0;
}

void PgStatement::closeCursor() noexcept
{
    if (m_cursor.empty())
        return;
    // A cursor ends with its transaction; one still open is closed so the next use can declare it.
    if (m_conn.inTransaction() && m_conn.usable()) {
        try {
            m_conn.send({}, "CLOSE " + m_cursor, {});
        } catch (...) { }
    }
    m_cursor.clear();
}

void PgStatement::set(int index, std::optional<std::string> value)
{
    if (index < 1 || index > 999)
        throw sql::Error("PostgreSQL: parameter index " + std::to_string(index) + " out of range");
    if (m_params.size() < static_cast<std::size_t>(index))
        m_params.resize(static_cast<std::size_t>(index));
    m_params[static_cast<std::size_t>(index) - 1] = std::move(value);
}

void PgStatement::bindText(int index, std::string_view text)
{
    set(index, std::string(text));
}

void PgStatement::bindInteger(int index, std::int64_t value)
{
    set(index, std::to_string(value));
}

void PgStatement::bindReal(int index, double value)
{
    char buf[64];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value);
    set(index, std::string(buf, ec == std::errc() ? end : buf));
}

void PgStatement::bindBlob(int index, const void *data, int size)
{
    // bytea's text form.
    static const char hex[] = "0123456789abcdef";
    std::string out = "\\x";
    const auto *p = static_cast<const unsigned char *>(data);
    for (int i = 0; i < size; ++i) {
        out += hex[p[i] >> 4];
        out += hex[p[i] & 15];
    }
    set(index, std::move(out));
}

void PgStatement::doBindNull(int index)
{
    set(index, std::nullopt);
}

std::vector<const char *> PgStatement::params() const
{
    std::vector<const char *> out;
    out.reserve(m_params.size());
    for (const auto &p : m_params)
        out.push_back(p ? p->c_str() : nullptr);
    return out;
}

bool PgStatement::step()
{
    if (m_fetchRows > 0) {
        if (!m_executed) {
            if (!m_conn.inTransaction())
                throw sql::Error("PostgreSQL: a streamed query needs a transaction: [" + m_sql.substr(0, 80) + "]");
            static std::atomic<std::uint64_t> cursors { 0 };
            const std::string name = "chorus_rows_" + std::to_string(++cursors);
            try {
                m_conn.send({}, "DECLARE " + name + " NO SCROLL CURSOR FOR " + m_sql, params());
                m_cursor = name;
                m_executed = true;
                if (!fetch())
                    return false;
            } catch (...) {
                reset();
                throw;
            }
        } else if (m_row + 1 >= m_rows && (m_rows < m_fetchRows || !fetch())) {
            return false;
        }
        ++m_row;
        return m_row < m_rows;
    }
    if (!m_executed) {
        try {
            m_result = m_conn.query(m_name, m_sql, params());
        } catch (...) {
            reset();
            throw;
        }
        m_executed = true;
        m_rows = PQntuples(m_result.get());
        m_row = -1;
    }
    if (m_row + 1 >= m_rows)
        return false;
    ++m_row;
    return true;
}

void PgStatement::run()
{
    try {
        m_conn.send(m_name, m_sql, params());
    } catch (...) {
        reset();
        throw;
    }
    reset();
}

void PgStatement::reset()
{
    closeCursor();
    m_params.clear();
    m_result.reset();
    m_executed = false;
    m_rows = 0;
    m_row = -1;
}

const char *PgStatement::value(int column) const
{
    if (m_row < 0 || m_row >= m_rows || column < 0 || column >= columnCount())
        throw sql::Error(
            "PostgreSQL: no column " + std::to_string(column) + " in the current row of [" + m_sql.substr(0, 80) + "]");
    return PQgetisnull(m_result.get(), m_row, column) ? nullptr : PQgetvalue(m_result.get(), m_row, column);
}

bool PgStatement::isNull(int column) const
{
    return value(column) == nullptr;
}

std::string PgStatement::text(int column) const
{
    const char *v = value(column);
    return v ? std::string(v, static_cast<std::size_t>(PQgetlength(m_result.get(), m_row, column))) : std::string();
}

std::int64_t PgStatement::integer(int column) const
{
    const char *p = value(column);
    if (!p)
        return 0;
    if (p[0] == 't' && p[1] == '\0')
        return 1;
    std::int64_t value = 0;
    std::from_chars(p, p + PQgetlength(m_result.get(), m_row, column), value);
    return value;
}

double PgStatement::real(int column) const
{
    const char *p = value(column);
    return p ? std::strtod(p, nullptr) : 0.0;
}

int PgStatement::columnCount() const
{
    return m_result ? PQnfields(m_result.get()) : 0;
}

} // namespace chorus::server::postgres
