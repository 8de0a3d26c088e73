#pragma once
// Writes dashboard edits as changes through the same path a device push takes (BatchReceiver: merge
// rules, scope, change log, withdrawal purge), so every edit reaches devices in scope by pull.

#include "mediastore.h"
#include "serverdb.h"
#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <string>

namespace chorus::server::dashboard {

struct WriteOptions {
    // Stamp at the server's drift bound so the write beats every concurrent device edit (redaction).
    bool privacyWins = false;
    // Forget deleted content (VACUUM, WAL) at once after a withdrawal or redaction; a caller
    // removing many records in a row does it once at the end instead.
    bool forgetAtOnce = true;
};

class RecordWriter {
public:
    RecordWriter(ServerDb &server, sql::Connection &db, MediaStore &media, std::string orgId);
    // `fields` as the app writes them (tags as the whole wanted list). Throws ApiError; answers the
    // change as applied. A record already withdrawn is refused with ApiError(not_found).
    nlohmann::json write(
        const std::string &kind, const std::string &recordId, const nlohmann::json &fields, WriteOptions options = {});
    // The writer id the dashboard's versions carry, one per organisation.
    [[nodiscard]] static std::string writerId(const std::string &orgId);

private:
    ServerDb &m_server;
    sql::Connection &m_db;
    MediaStore &m_media;
    std::string m_orgId;
};

} // namespace chorus::server::dashboard
