#include "reportfigures.h"

#include <algorithm>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

Json ReportFigures::trend(const Json &byWeek, const std::vector<std::string> &weeks)
{
    std::int64_t earlier = 0, later = 0;
    const std::size_t half = weeks.size() / 2;
    for (std::size_t i = 0; i < weeks.size(); ++i)
        (i < half ? earlier : later) += byWeek.value(weeks[i], std::int64_t(0));
    std::string direction = "steady";
    if (weeks.size() < 2)
        direction = "one_week";
    else if (double(later) > double(earlier) * 1.2)
        direction = "rising";
    else if (double(later) < double(earlier) * 0.8)
        direction = "falling";
    return { { "trend", direction }, { "earlier", earlier }, { "later", later } };
}

ReportFigures::ReportFigures(const Json &summary, const Json &outcomes, const std::string &site)
{
    std::vector<std::string> weeks;
    Json answersByWeek = Json::array();
    for (const auto &pair : summary["by_week"]) {
        weeks.push_back(pair[0].get<std::string>());
        answersByWeek.push_back({ { "week", pair[0] }, { "answers", pair[1] } });
    }
    Json ratings = Json::array();
    for (const auto &[prompt, byWeek] : summary["ratings_by_prompt_week"].items())
        for (const auto &[week, cell] : byWeek.items())
            ratings.push_back({ { "prompt_id", prompt }, { "week", week }, { "average", cell["average"] },
                { "count", cell["count"] } });
    Json themes = Json::array();
    for (const auto &[theme, byWeek] : summary["themes_by_week"].items()) {
        std::int64_t answers = 0;
        for (const auto &[week, n] : byWeek.items())
            answers += n.get<std::int64_t>();
        Json row = trend(byWeek, weeks);
        row["theme"] = theme;
        row["answers"] = answers;
        themes.push_back(std::move(row));
    }
    // Largest first; a tie by name, so the page and the file list them alike.
    std::stable_sort(themes.begin(), themes.end(), [](const Json &a, const Json &b) {
        return a["answers"].get<std::int64_t>() > b["answers"].get<std::int64_t>();
    });
    Json did = Json::array();
    for (const auto &o : outcomes) {
        const Json sites = o.value("sites", Json::array());
        const bool forSite = site.empty() || !sites.is_array() || sites.empty()
            || std::find(sites.begin(), sites.end(), Json(site)) != sites.end();
        if (forSite)
            did.push_back({ { "id", o["id"] }, { "said", o.value("said", Json()) }, { "did", o.value("did", Json()) },
                { "happened_at", o.value("happened_at", Json()) },
                { "published", o.value("published", Json()) == true } });
    }
    m_figures = { { "filter", summary["filter"] }, { "total", summary["total"] }, { "answers_by_week", answersByWeek },
        { "ratings_by_prompt_week", ratings }, { "themes", themes }, { "quotes", summary["quotes"] },
        { "you_said_we_did", did } };
}

} // namespace chorus::server::dashboard
