#pragma once
// Writes dashboard edits as changes through the same path a device push takes (BatchReceiver: merge
// rules, scope, change log, withdrawal purge), so every edit reaches devices in scope by pull.

#include "mediastore.h"
#include "model/change.h"
#include "model/schema.h"
#include "serverdb.h"
#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>
#include <vector>

namespace chorus::server::dashboard {

struct WriteOptions {
    // Stamp at the server's drift bound so the write beats every concurrent device edit (redaction).
    bool privacyWins = false;
    // Forget deleted content (VACUUM, WAL) at once after a withdrawal or redaction; a caller
    // removing many records in a row does it once at the end instead.
    bool forgetAtOnce = true;
    // What the removal ledger calls a withdrawal this write makes (retention, erasure); empty: what
    // it is. Replaying the ledger writes none.
    std::string removalReason = {};
    bool ledger = true;
};

// One record's new fields, for RecordWriter::writeMany.
struct RecordEdit {
    std::string recordId;
    nlohmann::json fields;
};

class RecordWriter {
public:
    RecordWriter(ServerDb &server, sql::Connection &db, MediaStore &media, std::string orgId);
    // `fields` as the app writes them (tags as the whole wanted list). Throws ApiError; answers the
    // change as applied. A record already withdrawn is refused with ApiError(not_found).
    nlohmann::json write(
        const std::string &kind, const std::string &recordId, const nlohmann::json &fields, WriteOptions options = {});
    // Many records of one kind in one batch, so in one transaction: every edit or none (a failure
    // throws and changes nothing). Answers how many changed and the records refused as withdrawn.
    struct ManyWritten {
        std::int64_t changed = 0;
        std::vector<std::string> withdrawn;
    };
    ManyWritten writeMany(const std::string &kind, const std::vector<RecordEdit> &edits, WriteOptions options = {});
    // The writer id the dashboard's versions carry, one per organisation.
    [[nodiscard]] static std::string writerId(const std::string &orgId);

private:
    // The change that turns the record's fields into `fields`, with versions above all it holds;
    // no fields when nothing would change.
    [[nodiscard]] sync::Change changeFor(const sync::KindSpec &spec, const std::string &recordId,
        const nlohmann::json &fields, const WriteOptions &options);
    // Applies the changes as one batch; answers the ids of records refused as withdrawn.
    std::vector<std::string> apply(std::vector<sync::Change> changes, const WriteOptions &options);

    ServerDb &m_server;
    sql::Connection &m_db;
    MediaStore &m_media;
    std::string m_orgId;
};

} // namespace chorus::server::dashboard
