#pragma once
// Retention: each organisation keeps answers for a set number of months (24 unless it chose
// otherwise). Older answers are withdrawn everywhere through the same path as a person's withdrawal
// (record, change log, conflicts, media, WAL, devices), keeping only anonymous counts by prompt,
// month, format and rating so the charts still add up.

#include "mediastore.h"
#include "serverdb.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace chorus::server::dashboard {

class RetentionPurge {
public:
    static constexpr int kDefaultMonths = 24;
    static constexpr int kMaxMonths = 120;

    RetentionPurge(ServerDb &server, MediaStore &media);
    // Purges every organisation's answers older than its period as of `nowMs`; answers how many.
    nlohmann::json run(std::int64_t nowMs);
    // Purges one organisation's; answers how many.
    int runFor(sql::Connection &db, const std::string &orgId, std::int64_t nowMs);

    [[nodiscard]] static int months(sql::Connection &db, const std::string &orgId);
    static void setMonths(sql::Connection &db, const std::string &orgId, int months);
    // The first instant an answer is kept: `months` average calendar months before `nowMs`.
    [[nodiscard]] static std::int64_t cutoff(std::int64_t nowMs, int months);
    // "YYYY-MM" in UTC: the only time a retained count keeps.
    [[nodiscard]] static std::string monthOf(std::int64_t ms);

private:
    ServerDb &m_server;
    MediaStore &m_media;
};

} // namespace chorus::server::dashboard
