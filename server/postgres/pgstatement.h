#pragma once
// A statement on a PgConnection: binds as text, runs on the first step, then walks the rows.

#include "postgres/pgconnection.h"

#include <pqxx/result>

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
    [[nodiscard]] pqxx::field field(int column) const;

    PgConnection &m_conn;
    std::string m_sql;
    std::string m_name;
    std::vector<std::optional<std::string>> m_params;
    pqxx::result m_result;
    bool m_executed = false;
    int m_row = -1;
};

} // namespace chorus::server::postgres
