#pragma once
// Reads synced records of one organisation for the dashboard: one record, or every record of a kind
// with an optional extra SQL condition. Reading only; writes go through RecordWriter.

#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace chorus::server::dashboard {

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
        const std::vector<nlohmann::json> &binds = {}, const std::string &order = kCreationOrder);

private:
    sql::Connection &m_db;
    std::string m_orgId;
};

} // namespace chorus::server::dashboard
