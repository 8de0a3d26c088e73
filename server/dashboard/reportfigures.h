#pragma once
// The season report's figures, worked out once on the server from the summary and the outcomes:
// answers each week, ratings per question each week, themes with their size and trend, and the
// "you said, we did" progress. The report page draws them and report.json / report.csv export them,
// so a board reads the same numbers in the page and in the file. Codes, not words (trend "rising").

#include <nlohmann/json.hpp>

#include <string>

namespace chorus::server::dashboard {

class ReportFigures {
public:
    // `summary` as summarise() answers it; `outcomes` every outcome of the organisation; `site` the
    // report's site (empty: all), whose report shows outcomes for that site or for every site.
    ReportFigures(const nlohmann::json &summary, const nlohmann::json &outcomes, const std::string &site);
    [[nodiscard]] const nlohmann::json &json() const { return m_figures; }

    // Rising, falling or steady: the answers of the later half of the weeks against the earlier half
    // (more than 20% apart); "one_week" when there are fewer than two weeks.
    [[nodiscard]] static nlohmann::json trend(const nlohmann::json &byWeek, const std::vector<std::string> &weeks);

private:
    nlohmann::json m_figures;
};

} // namespace chorus::server::dashboard
