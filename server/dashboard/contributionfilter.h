#pragma once
// The review filter (prompt, site, date range, format, rating, tag, status) as query parameters and
// as the SQL condition RecordReader runs, shared by the review list and both exports.

#include "sql/connection.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace chorus::server::dashboard {

struct ContributionFilter {
    std::string where;
    std::vector<nlohmann::json> binds;
    nlohmann::json applied = nlohmann::json::object();

    // Throws ApiError(bad_request) for a value that does not parse.
    [[nodiscard]] static ContributionFilter fromRequest(const httplib::Request &req, sql::Dialect dialect);
};

} // namespace chorus::server::dashboard
