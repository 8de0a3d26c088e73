#include "postgres/pgstatement.h"

#include <charconv>
#include <cstdlib>

namespace chorus::server::postgres {

PgStatement::PgStatement(PgConnection &conn, std::string sql, bool named)
    : m_conn(conn)
    , m_sql(std::move(sql))
{
    if (named)
        m_name = m_conn.prepareNamed(m_sql);
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

bool PgStatement::step()
{
    if (!m_executed) {
        std::vector<const char *> params;
        params.reserve(m_params.size());
        for (const auto &p : m_params)
            params.push_back(p ? p->c_str() : nullptr);
        try {
            m_result = m_conn.run(m_name, m_sql, params);
        } catch (...) {
            reset();
            throw;
        }
        m_executed = true;
        m_row = -1;
    }
    if (m_row + 1 >= static_cast<int>(m_result.size()))
        return false;
    ++m_row;
    return true;
}

void PgStatement::run()
{
    while (step()) { }
    reset();
}

void PgStatement::reset()
{
    m_params.clear();
    m_result = pqxx::result();
    m_executed = false;
    m_row = -1;
}

pqxx::field PgStatement::field(int column) const
{
    if (m_row < 0 || m_row >= static_cast<int>(m_result.size()) || column < 0 || column >= columnCount())
        throw sql::Error(
            "PostgreSQL: no column " + std::to_string(column) + " in the current row of [" + m_sql.substr(0, 80) + "]");
    return m_result[m_row][column];
}

bool PgStatement::isNull(int column) const
{
    return field(column).is_null();
}

std::string PgStatement::text(int column) const
{
    const pqxx::field f = field(column);
    return f.is_null() ? std::string() : std::string(f.c_str(), f.size());
}

std::int64_t PgStatement::integer(int column) const
{
    const pqxx::field f = field(column);
    if (f.is_null())
        return 0;
    const char *p = f.c_str();
    if (p[0] == 't' && p[1] == '\0')
        return 1;
    std::int64_t value = 0;
    std::from_chars(p, p + f.size(), value);
    return value;
}

double PgStatement::real(int column) const
{
    const pqxx::field f = field(column);
    return f.is_null() ? 0.0 : std::strtod(f.c_str(), nullptr);
}

int PgStatement::columnCount() const
{
    return static_cast<int>(m_result.columns());
}

} // namespace chorus::server::postgres
