#pragma once
// Reads a SQLite file as plain rows, below any Chorus code, so an upgrade test can compare what a
// frozen fixture held with what the migrated file holds.

#include <QFile>
#include <QString>
#include <QStringList>

#include <sqlite3.h>

#include <map>

namespace chorus::test {

// Every row of every table, each as its column values joined, keyed by table.
using Snapshot = std::map<QString, QStringList>;

struct Sqlite {
    sqlite3 *db = nullptr;
    explicit Sqlite(const QString &path) { sqlite3_open(path.toUtf8().constData(), &db); }
    ~Sqlite() { sqlite3_close(db); }
    Sqlite(const Sqlite &) = delete;
    Sqlite &operator=(const Sqlite &) = delete;

    QStringList rows(const QString &sql, QStringList *columns = nullptr) const
    {
        QStringList out;
        sqlite3_stmt *s = nullptr;
        if (sqlite3_prepare_v2(db, sql.toUtf8().constData(), -1, &s, nullptr) != SQLITE_OK)
            qFatal("%s: %s", qPrintable(sql), sqlite3_errmsg(db));
        while (sqlite3_step(s) == SQLITE_ROW) {
            QStringList values;
            for (int c = 0; c < sqlite3_column_count(s); ++c) {
                if (columns && out.isEmpty())
                    columns->append(QString::fromUtf8(sqlite3_column_name(s, c)));
                values << (sqlite3_column_type(s, c) == SQLITE_NULL
                               ? QStringLiteral("<null>")
                               : QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(s, c))));
            }
            out << values.join(QStringLiteral(" | "));
        }
        sqlite3_finalize(s);
        return out;
    }
    int userVersion() const { return rows(QStringLiteral("PRAGMA user_version")).constFirst().toInt(); }
    // Runs a whole SQL dump; returns SQLite's error, or empty.
    QString load(QFile &dump) const
    {
        char *error = nullptr;
        const int rc = sqlite3_exec(db, dump.readAll().constData(), nullptr, nullptr, &error);
        const QString message = rc == SQLITE_OK ? QString() : QString::fromUtf8(error ? error : "failed");
        sqlite3_free(error);
        return message;
    }
};

inline QStringList tables(const Sqlite &db)
{
    return db.rows(
        QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
}

inline std::map<QString, QStringList> columnsOf(const Sqlite &db)
{
    std::map<QString, QStringList> out;
    for (const QString &table : tables(db)) {
        for (const QString &row :
             db.rows(QStringLiteral("SELECT name FROM pragma_table_info('") + table + QStringLiteral("')")))
            out[table] << row;
    }
    return out;
}

// The rows of the given tables, read through the given columns only, so columns a migration adds do
// not count as change.
inline Snapshot snapshot(const Sqlite &db, const std::map<QString, QStringList> &columnsOf)
{
    Snapshot out;
    for (const auto &[table, columns] : columnsOf)
    {
        // Ordered by every column rather than rowid: WITHOUT ROWID tables (FTS5's) have none.
        QStringList order;
        for (int i = 1; i <= columns.size(); ++i)
            order << QString::number(i);
        out[table] = db.rows(QStringLiteral("SELECT ") + columns.join(u',') + QStringLiteral(" FROM ") + table
                             + QStringLiteral(" ORDER BY ") + order.join(u','));
    }
    return out;
}

// The shape of a database, normalised so two files built by different routes compare equal when they
// hold the same tables, columns, indexes and triggers: each table's columns from PRAGMA table_info
// (name, type, not null, default, primary key) in their order, each index's table, uniqueness and
// columns, each trigger's text with its white space folded. Not the CREATE text of tables: ALTER
// TABLE rewrites it, and the same table reached by two ladders may be spelled differently. Nor
// SQLite's own tables (sqlite_sequence comes and goes with AUTOINCREMENT tables, which device step 4
// dropped); the indexes SQLite makes for UNIQUE and PRIMARY KEY constraints do count.
inline QStringList schemaOf(const Sqlite &db)
{
    QStringList out;
    for (const QString &row : db.rows(QStringLiteral(
             "SELECT type || ' ' || name || ' on ' || tbl_name FROM sqlite_master"
             " WHERE NOT (type = 'table' AND name LIKE 'sqlite_%') ORDER BY type, name"))) {
        out << row;
        const QStringList parts = row.split(u' ');
        const QString &type = parts.at(0);
        const QString &name = parts.at(1);
        if (type == QLatin1String("table"))
            out << db.rows(QStringLiteral("SELECT '  column ' || name || ' ' || type || ' notnull=' || \"notnull\""
                                          " || ' default=' || coalesce(dflt_value, '-') || ' pk=' || pk"
                                          " FROM pragma_table_info('") + name + QStringLiteral("') ORDER BY cid"));
        else if (type == QLatin1String("index"))
            out << db.rows(QStringLiteral("SELECT '  unique=' || \"unique\" || ' origin=' || origin || ' partial=' || partial"
                                          " FROM pragma_index_list('") + parts.at(3) + QStringLiteral("') WHERE name = '")
                               + name + QStringLiteral("'"))
                << db.rows(QStringLiteral("SELECT '  key ' || coalesce(name, '<expression>')"
                                          " FROM pragma_index_info('") + name + QStringLiteral("') ORDER BY seqno"));
        else if (type == QLatin1String("trigger"))
            out << QStringLiteral("  ")
                    + db.rows(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = '") + name + QStringLiteral("'"))
                          .constFirst()
                          .simplified();
    }
    return out;
}

// A fixture dump written into a new file, and what it holds, read before anything migrates it.
struct LoadedFixture {
    QString error; // empty when the file opened and the dump ran
    int userVersion = 0;
    std::map<QString, QStringList> columns;
    Snapshot rows;
};

inline LoadedFixture loadFixture(const QString &dbPath, const QString &dumpPath)
{
    LoadedFixture out;
    QFile dump(dumpPath);
    if (!dump.open(QIODevice::ReadOnly)) {
        out.error = dumpPath + QStringLiteral(": ") + dump.errorString();
        return out;
    }
    Sqlite db(dbPath);
    out.error = db.load(dump);
    if (!out.error.isEmpty())
        return out;
    out.userVersion = db.userVersion();
    out.columns = columnsOf(db);
    out.rows = snapshot(db, out.columns);
    return out;
}

} // namespace chorus::test
