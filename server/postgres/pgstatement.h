#pragma once
// A statement on a PgConnection: binds as text, runs on the first step, then walks the rows.
// run() reads no rows, so inside a transaction it is pipelined (see PgConnection).

#include "postgres/pgconnection.h"

#include <optional>

namespace chorus::server::postgres {

class PgStatement final : public sql::Statement {
public:
    // `named` statements are prepared on the server once and reused; others run as one-offs.
    // `fetchRows` > 0: the rows are read through a cursor that many at a time, so a huge result is
    // never held whole (inside a transaction only; the cursor ends with it).
    PgStatement(PgConnection &conn, std::string sql, bool named, int fetchRows = 0);
    ~PgStatement() override;

    void bindText(int index, std::string_view text) override;
    void bindInteger(int index, std::int64_t value) override;
    void bindReal(int index, double value) override;
    void bindBlob(int index, const void *data, int size) override;

    [[nodiscard]] bool step() override;
    void run() override;
    void reset() override;

    [[nodiscard]] bool isNull(int column) const override;
    [[nodiscard]] std::string text(int column) const override;
    [[nodiscard]] std::int64_t integer(int column) const override;
    [[nodiscard]] double real(int column) const override;
    [[nodiscard]] int columnCount() const override;

protected:
    void doBindNull(int index) override;

private:
    void set(int index, std::optional<std::string> value);
    [[nodiscard]] std::vector<const char *> params() const;
    // The current row's value in `column` (null for SQL NULL); throws when there is none.
    [[nodiscard]] const char *value(int column) const;

    // The next piece of a cursor's rows; false when it ran out.
    bool fetch();
    void closeCursor() noexcept;

    PgConnection &m_conn;
    std::string m_sql;
    int m_fetchRows = 0;
    std::string m_cursor; // declared and open while not empty
    std::string m_name;
    std::vector<std::optional<std::string>> m_params;
    Result m_result;
    bool m_executed = false;
    int m_rows = 0;
    int m_row = -1;
};

} // namespace chorus::server::postgres
