#pragma once
// The dashboard's audit trail: who did what to which record and when. Details name ids, fields and
// statuses, never what a person said, so a withdrawal leaves nothing of their words behind.

#include "sessionstore.h"
#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <string>

namespace chorus::server::dashboard {

class AuditLog {
public:
    explicit AuditLog(sql::Connection &db);
    void record(const Session &who, const std::string &action, const std::string &target,
        const nlohmann::json &detail = nlohmann::json::object());
    // Newest first, within one organisation.
    [[nodiscard]] nlohmann::json list(const std::string &orgId, int limit);

private:
    sql::Connection &m_db;
};

} // namespace chorus::server::dashboard
