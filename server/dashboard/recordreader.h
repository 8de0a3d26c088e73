#pragma once
// Reads synced records of one organisation for the dashboard: one record, or every record of a kind
// with an optional extra SQL condition. Reading only; writes go through RecordWriter.

#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace chorus::server::dashboard {

// A slice of a list; a negative limit means the whole list.
struct ListPage {
    std::int64_t limit = -1;
    std::int64_t offset = 0;
};

class RecordReader {
public:
    RecordReader(sql::Connection &db, std::string orgId);
    // Throws ApiError(not_found) when the record is not this organisation's.
    [[nodiscard]] nlohmann::json get(const std::string &kind, const std::string &recordId);
    [[nodiscard]] std::optional<nlohmann::json> find(const std::string &kind, const std::string &recordId);
    // Creation order, on either backend (PostgreSQL has no rowid): a record's first change-log entry.
    static constexpr const char *kCreationOrder
        = "(SELECT min(c.seq) FROM changelog c WHERE c.kind = o.kind AND c.record_id = r.id)";

    // `where` uses the alias r for the record table and ?2… for `binds` (?1 is the organisation).
    [[nodiscard]] nlohmann::json list(const std::string &kind, const std::string &where = {},
        const std::vector<nlohmann::json> &binds = {}, const std::string &order = kCreationOrder, ListPage page = {});
    // The same records one at a time, never all held at once (the exports and the summary). `each`
    // stops early when `row` returns false.
    void each(const std::string &kind, const std::string &where, const std::vector<nlohmann::json> &binds,
        const std::string &order, const std::function<bool(nlohmann::json &&)> &row, ListPage page = {});
    // How many records `list` would return without a page; with a `cap`, at most that many.
    [[nodiscard]] std::int64_t count(const std::string &kind, const std::string &where = {},
        const std::vector<nlohmann::json> &binds = {}, std::int64_t cap = -1);

    // The statement `select` FROM the kind's records of this organisation matching `where`, bound,
    // with `tail` (ORDER BY, GROUP BY…) after it: for readers wanting a few columns of many records.
    [[nodiscard]] sql::Prepared query(const std::string &select, const std::string &kind, const std::string &where,
        const std::vector<nlohmann::json> &binds, const std::string &tail);

    // Rows read a few hundred at a time rather than all at once on PostgreSQL (exports of every
    // answer); every read must then run inside snapshot() or transaction().
    void setStreaming(bool on) { m_streaming = on; }

private:
    sql::Connection &m_db;
    bool m_streaming = false;
    std::string m_orgId;
};

} // namespace chorus::server::dashboard
