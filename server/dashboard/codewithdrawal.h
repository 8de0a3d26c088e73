#pragma once
// Withdrawal at the desk of an answer given on another device: a device sends the reference code a
// person gives its staff. Codes are unique per device only, so the server never acts on the first
// match: it withdraws when exactly one answer of the organisation has the code, and when several
// do it withdraws none and says so (staff then use the dashboard, which shows every match).

#include "directory.h"
#include "mediastore.h"
#include "serverdb.h"
#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <string>

namespace chorus::server::dashboard {

// Answers {"outcome": "withdrawn"|"not_found"|"several", "matches": n}; throws ApiError(bad_request)
// for text that cannot be a code. Audited: the withdrawal, or each match when there are several.
[[nodiscard]] nlohmann::json withdrawByCode(
    ServerDb &server, sql::Connection &db, MediaStore &media, const DeviceIdentity &device, const std::string &typed);

} // namespace chorus::server::dashboard
