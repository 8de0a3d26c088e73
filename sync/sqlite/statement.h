#pragma once
// A prepared SQLite statement with typed binding and column access; resets itself for reuse.

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

struct sqlite3;
struct sqlite3_stmt;

namespace chorus::sqlite {

// Carries SQLite's result code so callers can tell a full disk from a corrupt file.
class Error : public std::runtime_error {
public:
    Error(int code, const std::string &message)
        : std::runtime_error(message)
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

class Statement {
public:
    Statement(sqlite3 *db, sqlite3_stmt *stmt);
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&) = delete;
    Statement(const Statement &) = delete;

    Statement &bind(int index, std::string_view text);
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, std::int64_t value);
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    Statement &bindNull(int index);
    Statement &bindBlob(int index, const void *data, int size);
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Returns true while a row is available; false when done. Throws on error.
    [[nodiscard]] bool step();
    // Runs to completion, for statements that return no rows.
    void run();
    void reset();

    [[nodiscard]] bool isNull(int column) const;
    [[nodiscard]] std::string text(int column) const;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const;
    [[nodiscard]] std::int64_t integer(int column) const;
    [[nodiscard]] double real(int column) const;
    [[nodiscard]] int columnCount() const;

private:
    sqlite3 *m_db;
    sqlite3_stmt *m_stmt;
};

// Resets a statement when a scope ends, so a cached statement never holds a read lock.
class StatementReset {
public:
    explicit StatementReset(Statement &s)
        : m_s(s)
    {
    }
    ~StatementReset() { m_s.reset(); }
    StatementReset(const StatementReset &) = delete;
    StatementReset &operator=(const StatementReset &) = delete;

private:
    Statement &m_s;
};

} // namespace chorus::sqlite
