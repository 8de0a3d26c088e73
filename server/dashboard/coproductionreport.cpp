#include "coproductionreport.h"

#include "model/schema.h"
#include "recordreader.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

namespace {
constexpr std::int64_t kDayMs = 24LL * 60 * 60 * 1000;
constexpr std::int64_t kAnsweredWithinDays = 30;
// A record still standing: never withdrawn (a withdrawn record keeps only {withdrawn: true}).
constexpr const char *kStanding = "coalesce(r.withdrawn, 0) = 0";

std::int64_t integerOr(const Json &v, std::int64_t fallback)
{
    return v.is_number_integer() ? v.get<std::int64_t>() : fallback;
}

// The earliest time an outcome reached any status: when the service first answered.
std::optional<std::int64_t> firstStatusAt(const Json &outcome)
{
    std::optional<std::int64_t> first;
    const Json dates = outcome.value("status_dates", Json());
    if (dates.is_object())
        for (const auto &[status, at] : dates.items())
            if (at.is_number_integer() && (!first || at.get<std::int64_t>() < *first))
                first = at.get<std::int64_t>();
    return first;
}
} // namespace

CoproductionReport::CoproductionReport(sql::Connection &db, std::string orgId)
    : m_db(db)
    , m_orgId(std::move(orgId))
{ }

Json CoproductionReport::groupSessions()
{
    Json sessions = Json::array();
    eachSession([&](Json &&session) {
        sessions.push_back(std::move(session));
        return true;
    });
    return sessions;
}

void CoproductionReport::eachSession(const std::function<bool(Json &&)> &each)
{
    RecordReader reader(m_db, m_orgId);
    // The ids first: each session is then read with no other statement open, on either backend.
    std::vector<std::string> ids;
    {
        auto s = reader.query("r.id", sync::kinds::GroupSession, {}, {}, " ORDER BY coalesce(r.started_at, 0) DESC, r.id");
        while (s.step())
            ids.push_back(s.text(0));
    }
    for (const std::string &id : ids) {
        auto session = reader.find(sync::kinds::GroupSession, id);
        if (!session)
            continue;
        // Dots per idea, summed over every vote record: one per participant and idea, from any tablet.
        std::map<std::string, std::int64_t> dots;
        {
            auto s = reader.query("r.idea_id, sum(r.dots)", sync::kinds::Vote, std::string("r.session_id = ?2 AND ") + kStanding,
                { id }, " GROUP BY r.idea_id");
            while (s.step())
                dots[s.text(0)] = s.integer(1);
        }
        Json ideas = Json::array();
        reader.each(sync::kinds::Contribution, std::string("r.group_session_id = ?2 AND ") + kStanding, { id },
            "r.created_at, r.id", [&](Json &&c) {
                const Json symbols = c.value("symbols", Json());
                const std::string ideaId = c["id"].get<std::string>();
                ideas.push_back({ { "id", c["id"] }, { "format", c["format"] }, { "text", c["text"] },
                    { "rating", c["rating"] }, { "symbols", symbols.is_array() ? symbols : Json::array() },
                    { "media_count", c.value("media", Json()).is_array() ? c["media"].size() : 0 },
                    { "language", c["language"] }, { "created_at", c["created_at"] },
                    { "redacted", c.value("redacted", Json()) == true },
                    { "votes", dots.count(ideaId) ? dots[ideaId] : 0 } });
                return true;
            });
        std::stable_sort(ideas.begin(), ideas.end(), [](const Json &a, const Json &b) {
            return a["votes"].get<std::int64_t>() > b["votes"].get<std::int64_t>();
        });
        std::int64_t total = 0, previous = -1, rank = 0;
        for (std::size_t i = 0; i < ideas.size(); ++i) {
            const std::int64_t votes = ideas[i]["votes"].get<std::int64_t>();
            // Ideas with as many dots share a place.
            if (votes != previous)
                rank = static_cast<std::int64_t>(i) + 1;
            previous = votes;
            ideas[i]["rank"] = rank;
            total += votes;
        }
        (*session)["ideas"] = std::move(ideas);
        (*session)["total_dots"] = total;
        if (!each(std::move(*session)))
            return;
    }
}

Json CoproductionReport::publishedIdeas()
{
    RecordReader reader(m_db, m_orgId);
    std::map<std::string, std::int64_t> supports;
    {
        auto s = reader.query("r.idea_id, count(*)", sync::kinds::Support, kStanding, {}, " GROUP BY r.idea_id");
        while (s.step())
            supports[s.text(0)] = s.integer(1);
    }
    // An idea withdrawn with the answer it came from is gone, with its supports.
    Json ideas = reader.list(sync::kinds::PublishedIdea, kStanding, {}, "coalesce(r.published_at, 0) DESC, r.id");
    for (Json &idea : ideas)
        idea["supports"] = supports.count(idea["id"]) ? supports[idea["id"]] : 0;
    return ideas;
}

Json CoproductionReport::board(std::int64_t now)
{
    RecordReader reader(m_db, m_orgId);
    // When each theme was first raised: its oldest standing answer.
    std::map<std::string, std::int64_t> raised;
    reader.each(
        sync::kinds::Contribution, std::string("r.tags IS NOT NULL AND ") + kStanding, {}, "r.created_at, r.id", [&](Json &&c) {
            const std::int64_t at = integerOr(c["created_at"], 0);
            const Json tags = c.value("tags", Json());
            if (tags.is_array())
                for (const auto &t : tags)
                    if (t.is_string() && (!raised.count(t.get<std::string>()) || at < raised[t.get<std::string>()]))
                        raised[t.get<std::string>()] = at;
            return true;
        });
    std::map<std::string, Json> outcomesByTheme;
    std::map<std::string, std::int64_t> firstResponse;
    for (const Json &o : reader.list(sync::kinds::Outcome)) {
        const Json themes = o.value("themes", Json());
        if (!themes.is_array())
            continue;
        const auto first = firstStatusAt(o);
        for (const auto &t : themes) {
            if (!t.is_string())
                continue;
            const std::string theme = t.get<std::string>();
            outcomesByTheme[theme].push_back({ { "id", o["id"] }, { "status", o.value("status", Json()) } });
            if (first && (!firstResponse.count(theme) || *first < firstResponse[theme]))
                firstResponse[theme] = *first;
        }
    }
    std::set<std::string> names;
    for (const auto &[theme, at] : raised)
        names.insert(theme);
    for (const auto &[theme, list] : outcomesByTheme)
        names.insert(theme);
    Json themes = Json::array();
    std::int64_t answeredInTime = 0, counted = 0;
    for (const std::string &theme : names) {
        Json row { { "theme", theme }, { "raised_at", raised.count(theme) ? Json(raised[theme]) : Json() },
            { "first_response_at", firstResponse.count(theme) ? Json(firstResponse[theme]) : Json() },
            { "days_to_first_response", nullptr }, { "answered_within_30_days", false },
            { "outcomes", outcomesByTheme.count(theme) ? outcomesByTheme[theme] : Json::array() } };
        if (raised.count(theme)) {
            // Themes people raised count; a theme only an outcome names was never raised here.
            ++counted;
            if (firstResponse.count(theme)) {
                const std::int64_t days = std::max<std::int64_t>(0, (firstResponse[theme] - raised[theme]) / kDayMs);
                row["days_to_first_response"] = days;
                row["answered_within_30_days"] = days <= kAnsweredWithinDays;
                answeredInTime += days <= kAnsweredWithinDays ? 1 : 0;
            } else {
                row["days_waiting"] = std::max<std::int64_t>(0, (now - raised[theme]) / kDayMs);
            }
        }
        themes.push_back(std::move(row));
    }
    return { { "themes", themes }, { "themes_raised", counted }, { "answered_within_30_days", answeredInTime },
        { "share_answered_within_30_days",
            counted ? Json(static_cast<double>(answeredInTime) / static_cast<double>(counted)) : Json() } };
}

} // namespace chorus::server::dashboard
