#pragma once
// What the dashboard shows of co-production, read from the synced records of one organisation:
// group sessions with their ideas ranked by dots, published ideas with their "me too" supports, and
// the accountability board (outcome status per theme, days to the first response).

#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <functional>
#include <string>

namespace chorus::server::dashboard {

class CoproductionReport {
public:
    CoproductionReport(sql::Connection &db, std::string orgId);

    // [{id, question, site_id, started_at, ended_at, dots, hide_votes, participants, next_step, total_dots,
    //   ideas: [{id, rank, votes, format, text, rating, symbols, media_count, language, created_at}]}],
    // newest first. Ideas withdrawn since are left out, with their dots.
    [[nodiscard]] nlohmann::json groupSessions();
    // The same sessions one at a time, each read when it is handed over, so an export streams them
    // and never holds them all; stops when `each` returns false.
    void eachSession(const std::function<bool(nlohmann::json &&)> &each);
    // [{id, text, symbol, source_id, group_session_id, sites, published, published_at, supports}].
    [[nodiscard]] nlohmann::json publishedIdeas();
    // {themes: [{theme, raised_at, first_response_at, days_to_first_response, answered_within_30_days,
    //   outcomes: [{id, status}]}], themes_raised, answered_within_30_days, share_answered_within_30_days}
    // `now` is milliseconds since the epoch.
    [[nodiscard]] nlohmann::json board(std::int64_t now);

private:
    sql::Connection &m_db;
    std::string m_orgId;
};

} // namespace chorus::server::dashboard
