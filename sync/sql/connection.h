#pragma once
// The SQL a store needs from a database connection, whatever the engine: cached prepared statements
// with `?`/`?N` placeholders, typed binding, row stepping, and whole-or-nothing transactions. SQLite
// (sync/sqlite) implements it for devices and the server; chorus-server adds PostgreSQL.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

namespace chorus::sql {

enum class Dialect { SQLite, PostgreSQL };

// A database failure, with the engine's message and the statement it came from.
class Error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement {
public:
    virtual ~Statement() = default;

    virtual void bindText(int index, std::string_view text) = 0;
    virtual void bindInteger(int index, std::int64_t value) = 0;
    virtual void bindReal(int index, double value) = 0;
    virtual void bindBlob(int index, const void *data, int size) = 0;
    Statement &bindNull(int index)
    {
        doBindNull(index);
        return *this;
    }

    Statement &bind(int index, std::string_view text)
    {
        bindText(index, text);
        return *this;
    }
    Statement &bind(int index, const char *text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, const std::string &text) { return bind(index, std::string_view(text)); }
    Statement &bind(int index, std::int64_t value)
    {
        bindInteger(index, value);
        return *this;
    }
    Statement &bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement &bind(int index, double value)
    {
        bindReal(index, value);
        return *this;
    }
    Statement &bind(int index, bool value) { return bind(index, static_cast<std::int64_t>(value ? 1 : 0)); }
    template<typename T>
    Statement &bind(int index, const std::optional<T> &value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    // Returns true while a row is available; false when done. Throws on error.
    [[nodiscard]] virtual bool step() = 0;
    // Runs to completion, for statements that return no rows.
    virtual void run() = 0;
    // Clears bindings and any pending rows, ready for the next use.
    virtual void reset() = 0;

    [[nodiscard]] virtual bool isNull(int column) const = 0;
    [[nodiscard]] virtual std::string text(int column) const = 0;
    [[nodiscard]] std::optional<std::string> optionalText(int column) const
    {
        if (isNull(column))
            return std::nullopt;
        return text(column);
    }
    // Booleans an engine returns from an expression (PostgreSQL's t/f) read as 1 and 0.
    [[nodiscard]] virtual std::int64_t integer(int column) const = 0;
    [[nodiscard]] virtual double real(int column) const = 0;
    [[nodiscard]] virtual int columnCount() const = 0;

protected:
    virtual void doBindNull(int index) = 0;
};

// Resets a statement when a scope ends, so a cached statement never holds a read lock.
class StatementReset {
public:
    explicit StatementReset(Statement &s)
        : m_s(s)
    { }
    ~StatementReset() { m_s.reset(); }
    StatementReset(const StatementReset &) = delete;
    StatementReset &operator=(const StatementReset &) = delete;

private:
    Statement &m_s;
};

// A statement prepared for one use, owned by value (Connection::cached keeps hot ones instead).
class Prepared {
public:
    explicit Prepared(std::unique_ptr<Statement> s)
        : m_s(std::move(s))
    { }
    template<typename... A>
    Prepared &bind(A &&...a)
    {
        m_s->bind(std::forward<A>(a)...);
        return *this;
    }
    Prepared &bindNull(int index)
    {
        m_s->bindNull(index);
        return *this;
    }
    [[nodiscard]] bool step() { return m_s->step(); }
    void run() { m_s->run(); }
    void reset() { m_s->reset(); }
    [[nodiscard]] bool isNull(int c) const { return m_s->isNull(c); }
    [[nodiscard]] std::string text(int c) const { return m_s->text(c); }
    [[nodiscard]] std::optional<std::string> optionalText(int c) const { return m_s->optionalText(c); }
    [[nodiscard]] std::int64_t integer(int c) const { return m_s->integer(c); }
    [[nodiscard]] double real(int c) const { return m_s->real(c); }
    [[nodiscard]] int columnCount() const { return m_s->columnCount(); }
    [[nodiscard]] Statement &statement() { return *m_s; }

private:
    std::unique_ptr<Statement> m_s;
};

class Connection {
public:
    virtual ~Connection() = default;

    [[nodiscard]] virtual Dialect dialect() const = 0;
    virtual void exec(const std::string &sql) = 0;
    // Statements live as long as the connection, so hot paths prepare once.
    virtual Statement &cached(const std::string &sql) = 0;
    // Named so that sqlite::Database can keep its own by-value prepare for the device code.
    [[nodiscard]] Prepared prepare(const std::string &sql) { return Prepared(prepareStatement(sql)); }

    // Runs fn as one writing transaction that takes the write lock up front, so writers queue
    // instead of deadlocking; rolls back on any exception.
    virtual void transaction(const std::function<void()> &fn) = 0;
    // Runs fn reading one consistent snapshot (no writes).
    virtual void snapshot(const std::function<void()> &fn) = 0;
    [[nodiscard]] virtual bool inTransaction() const = 0;
    // Rows changed by the last INSERT, UPDATE or DELETE.
    [[nodiscard]] virtual int changes() const = 0;

    // The migration ladder's rung: SQLite keeps it in the file header, PostgreSQL in a table.
    [[nodiscard]] virtual int schemaVersion() = 0;
    virtual void setSchemaVersion(int version) = 0;
    // Makes deleted rows unreadable from the storage too, as far as the engine allows (a withdrawal).
    virtual void forgetDeletedContent() = 0;
    // False once the connection is lost, so a pool drops it instead of lending it again.
    [[nodiscard]] virtual bool usable() const { return true; }

protected:
    [[nodiscard]] virtual std::unique_ptr<Statement> prepareStatement(const std::string &sql) = 0;
};

} // namespace chorus::sql
