#pragma once
// Serves pulls: the change-log entries after a device's cursor that fall within its scope, a page
// at a time, read in one snapshot so a cursor never passes a change that commits later.

#include "directory.h"
#include "protocol/protocol.h"
#include "protocol/sitelist.h"
#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace chorus::server {

// Which change-log entries a device may pull, as an SQL condition over the given column expressions
// (the feed binds parameters, the devices page joins its columns): one rule for both.
[[nodiscard]] std::string feedScopeSql(const std::string &kind, const std::string &originDevice,
    const std::string &withdrawal, const std::string &role, const std::string &deviceId);

class ChangeFeed {
public:
    ChangeFeed(sql::Connection &db, const DeviceIdentity &device);
    // Throws ApiError(bad_request) for a cursor or limit that does not parse. A client of protocol 1
    // gets no conflict notes (it would refuse an entry that sets no field).
    [[nodiscard]] nlohmann::json page(
        const std::string &cursor, const std::string &limit, int protocolVersion = sync::protocol::kVersion);
    // The same page as JSON text. The log holds each entry as JSON text already, so a current
    // client's page is spliced from it: a page of 1,000 changes is never parsed and re-serialised.
    [[nodiscard]] std::string pageText(
        const std::string &cursor, const std::string &limit, int protocolVersion = sync::protocol::kVersion);

    [[nodiscard]] static std::int64_t parseCursor(const std::string &cursor);

private:
    [[nodiscard]] std::vector<sync::protocol::SiteEntry> organisationSites();

    sql::Connection &m_db;
    DeviceIdentity m_device;
};

} // namespace chorus::server
