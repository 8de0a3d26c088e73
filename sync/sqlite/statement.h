#pragma once
// A prepared SQLite statement with typed binding and column access; resets itself for reuse.

#include "sql/connection.h"

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace chorus::sqlite {

// Carries SQLite's result code so callers can tell a full disk from a corrupt file.
class Error : public sql::Error {
public:
    Error(int code, const std::string &message)
        : sql::Error(message)
        , m_code(code)
    {
    }
    [[nodiscard]] int code() const { return m_code; }
    [[nodiscard]] bool isBusy() const;
    [[nodiscard]] bool isDiskFull() const;
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] bool isCorrupt() const;

private:
    int m_code;
};

[[noreturn]] void throwError(sqlite3 *db, int code, std::string_view context);

class Statement final : public sql::Statement {
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    ~Statement() override;
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;

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
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

using StatementReset = sql::StatementReset;

} // namespace chorus::sqlite
