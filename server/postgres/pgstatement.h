#pragma once
// A statement on a PgConnection: binds as text, runs on the first step, then walks the rows.
// run() reads no rows, so inside a transaction it is pipelined (see PgConnection).

#include "postgres/pgconnection.h"

#include <optional>

namespace chorus::server::postgres {

class PgStatement final : public sql::Statement {
public:
    // `named` statements are prepared on the server once and reused; others run as one-offs.
    PgStatement(PgConnection &conn, std::string sql, bool named);

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

    PgConnection &m_conn;
    std::string m_sql;
    std::string m_name;
    std::vector<std::optional<std::string>> m_params;
    Result m_result;
    bool m_executed = false;
    int m_rows = 0;
    int m_row = -1;
};

} // namespace chorus::server::postgres
