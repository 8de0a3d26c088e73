#pragma once
// The review filter (prompt, site, date range, format, rating, tag, status, outreach session, worker,
// assisted, and `q`: words searched
// for in written answers, every one of them, whole and in any case) as query parameters and
// as the SQL condition RecordReader runs, shared by the review list and both exports; and the page of
// the review list.

#include "recordreader.h"
#include "sql/connection.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
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

// One page of the review list: `limit` (1 to kMaxPageLimit) and `offset` query parameters. Without
// `limit` the whole list (the printable summary counts everything; the exports never page).
// Throws ApiError(bad_request) for a value that does not parse or is out of range.
inline constexpr std::int64_t kMaxPageLimit = 200;
// The review list counts its matches up to here and then says "more than": counting every one of a
// million answers would cost more than reading the page. The summary counts everything.
inline constexpr std::int64_t kMaxCounted = 10000;
[[nodiscard]] ListPage pageFromRequest(const httplib::Request &req);

// Keyset paging of the review list: `after=CREATED_AT:ID` asks for the rows that follow that one in
// the list's order (newest first), and each full page answers `next_after` for the page after it.
struct ReviewCursor {
    std::int64_t createdAt = 0;
    std::string id;
};
// Throws ApiError(bad_request) for a cursor that does not parse.
[[nodiscard]] std::optional<ReviewCursor> cursorFromRequest(const httplib::Request &req);
[[nodiscard]] std::string cursorOf(const nlohmann::json &contribution);

} // namespace chorus::server::dashboard
