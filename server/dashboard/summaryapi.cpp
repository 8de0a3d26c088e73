// The summary's figures, counted by the server in one pass over the filtered contributions (a few
// columns each), so the browser downloads a few hundred numbers instead of every answer.

#include "apis.h"
#include "contributionfilter.h"
#include "model/schema.h"
#include "recordreader.h"
#include "summary.h"

#include <array>
#include <ctime>
#include <map>
#include <unordered_map>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

namespace {
constexpr std::int64_t kDayMs = 24 * 3600 * 1000;

std::string utcDate(std::int64_t ms, const char *format)
{
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm {};
    gmtime_r(&t, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, format, &tm);
    return buf;
}

// The Monday (UTC) starting the week of `ms`, as YYYY-MM-DD; 1 January 1970 was a Thursday.
std::string weekOf(std::int64_t ms)
{
    const std::int64_t day = ms >= 0 ? ms / kDayMs : (ms - kDayMs + 1) / kDayMs;
    const std::int64_t monday = day - ((day % 7 + 7 + 3) % 7);
    return utcDate(monday * kDayMs, "%Y-%m-%d");
}

// [[key, count], …], largest first, ties by key: the shape the summary's charts draw.
Json ranked(const std::map<std::string, std::int64_t> &counts)
{
    std::vector<std::pair<std::string, std::int64_t>> v(counts.begin(), counts.end());
    std::stable_sort(v.begin(), v.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    Json out = Json::array();
    for (const auto &[k, n] : v)
        out.push_back({ k, n });
    return out;
}
// Up to six of the newest written answers whose person said they may be quoted, never a redacted one.
Json quotes(Call &call, const ContributionFilter &f)
{
    Json out = Json::array();
    RecordReader(call.db, call.session.orgId)
        .each(sync::kinds::Contribution, f.where + " AND r.text IS NOT NULL AND coalesce(r.redacted, 0) = 0", f.binds,
            "r.created_at DESC, r.id DESC", [&](Json &&c) {
                const Json consent = c["consent"];
                if (consent.is_object() && consent.value("quote", Json()) == true && c["text"].is_string())
                    out.push_back({ { "id", c["id"] }, { "text", c["text"] }, { "language", c["language"] },
                        { "created_at", c["created_at"] }, { "prompt_id", c["prompt_id"] } });
                return out.size() < 6;
            });
    return out;
}
} // namespace

Json summarise(Call &call, const ContributionFilter &f)
{
    std::map<std::string, std::int64_t> prompts, sites, formats, ratings, weeks;
    std::map<std::string, std::map<std::string, std::int64_t>> themes, themeWeeks;
    // prompt → week → [sum of ratings, how many], for the report's ratings over time.
    std::map<std::string, std::map<std::string, std::array<std::int64_t, 2>>> ratingWeeks;
    std::map<std::string, bool> months;
    std::int64_t total = 0, assisted = 0;
    // A season has a few hundred days and a few hundred distinct theme lists: each is worked out once.
    std::unordered_map<std::int64_t, std::pair<std::string, std::string>> days;
    std::unordered_map<std::string, std::vector<std::string>> tagLists;
    RecordReader reader(call.db, call.session.orgId);
    call.db.snapshot([&] {
        auto s = reader.query("r.prompt_id, r.site_id, r.format, r.rating, r.created_at, r.tags, r.assisted_by",
            sync::kinds::Contribution, f.where, f.binds, {});
        while (s.step()) {
            ++total;
            if (!s.isNull(6) && !s.text(6).empty())
                ++assisted;
            ++prompts[s.isNull(0) ? std::string() : s.text(0)];
            ++sites[s.isNull(1) ? std::string() : s.text(1)];
            ++formats[s.isNull(2) ? std::string() : s.text(2)];
            const std::int64_t at = s.isNull(4) ? 0 : s.integer(4);
            const std::int64_t day = at >= 0 ? at / kDayMs : (at - kDayMs + 1) / kDayMs;
            auto d = days.find(day);
            if (d == days.end())
                d = days.emplace(day, std::pair { utcDate(at, "%Y-%m"), weekOf(at) }).first;
            if (!s.isNull(3)) {
                ++ratings[std::to_string(s.integer(3))];
                auto &cell = ratingWeeks[s.isNull(0) ? std::string() : s.text(0)][d->second.second];
                cell[0] += s.integer(3);
                ++cell[1];
            }
            const std::string &month = d->second.first;
            months[month] = true;
            ++weeks[d->second.second];
            const std::string tagText = s.isNull(5) ? std::string() : s.text(5);
            auto t = tagLists.find(tagText);
            if (t == tagLists.end()) {
                std::vector<std::string> list;
                const Json tags = Json::parse(tagText, nullptr, false);
                if (tags.is_array())
                    for (const auto &tag : tags)
                        if (tag.is_string())
                            list.push_back(tag.get<std::string>());
                t = tagLists.emplace(tagText, std::move(list)).first;
            }
            if (t->second.empty())
                ++themes[""][month];
            for (const auto &tag : t->second) {
                ++themes[tag][month];
                ++themeWeeks[tag][d->second.second];
            }
        }
    });
    Json byWeek = Json::array();
    for (const auto &[week, n] : weeks)
        byWeek.push_back({ week, n });
    Json monthList = Json::array();
    for (const auto &[month, _] : months)
        monthList.push_back(month);
    Json ratingsOverTime = Json::object();
    for (const auto &[prompt, byWeek] : ratingWeeks)
        for (const auto &[week, cell] : byWeek)
            ratingsOverTime[prompt][week] = { { "average", double(cell[0]) / double(cell[1]) }, { "count", cell[1] } };
    return { { "filter", f.applied }, { "total", total }, { "assisted", assisted }, { "by_prompt", ranked(prompts) },
        { "ratings_by_prompt_week", ratingsOverTime }, { "themes_by_week", themeWeeks }, { "quotes", quotes(call, f) },
        { "by_site", ranked(sites) }, { "by_format", ranked(formats) }, { "by_rating", ratings }, { "by_week", byWeek },
        { "months", monthList }, { "themes_by_month", themes } };
}

void installSummaryApi(Router &router)
{
    router.get("/dashboard/api/summary", [](Call &call) -> Json {
        return summarise(call, ContributionFilter::fromRequest(call.req, call.db.dialect()));
    });
}

} // namespace chorus::server::dashboard
