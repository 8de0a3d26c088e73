// ThemeSuggester on a fixed set of answers with known groups: three themes written in different
// words (and one of them in Welsh), near-duplicates among them, and answers that belong to no theme.
// It must find each theme whole and pure, label it with its own words, pick representatives from
// different near-duplicate groups, group the near-duplicates, and leave the strays out.

#include "themesuggester.h"

#include "../sync/check.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>

using chorus::server::dashboard::Answer;
using chorus::server::dashboard::ThemeSuggester;

namespace {
bool has(const std::vector<std::string> &v, const std::string &x)
{
    return std::find(v.begin(), v.end(), x) != v.end();
}
} // namespace

int main()
{
    const std::map<std::string, std::vector<std::string>> themes = {
        { "bus",
            { "The bus stop has no shelter and we get soaked in the rain.",
                "No shelter at the bus stop, so everyone waits in the rain.",
                "Please put a shelter at the bus stop, the rain is awful.",
                "Waiting for the bus in the rain without any shelter is miserable.",
                "The bus stop needs a shelter from the rain.",
                "The bus stop needs a shelter from the rain!!",
                "the bus stop needs a shelter from the rain",
                "A shelter at the bus stop would keep the rain off the children." } },
        { "food",
            { "Keep the Thursday food bank open, my children eat better that week.",
                "The food bank on Thursday is a lifeline for my children.",
                "Without the food bank my children would go hungry on Thursday.",
                "The Thursday food bank helps feed my children.",
                "More food at the food bank please, the children are hungry by Thursday.",
                "The food bank volunteers on Thursday are lovely to my children." } },
        { "cy",
            { "Mae angen mwy o feddygon teulu yn y feddygfa leol.",
                "Rhaid aros wythnosau i weld meddygon teulu yn y feddygfa.",
                "Does dim digon o feddygon teulu yn y feddygfa leol.",
                "Mae'r feddygfa leol angen meddygon teulu newydd.",
                "Mwy o feddygon teulu i'r feddygfa leol os gwelwch yn dda." } },
    };
    const std::vector<std::string> strays = { "My cat likes the library's garden.",
        "Parking permits cost too much this year.", "The swimming pool lockers are broken.",
        "I love the new mural on the high street." };

    std::vector<Answer> answers;
    std::map<std::string, std::string> themeOf;
    for (const auto &[theme, texts] : themes)
        for (std::size_t i = 0; i < texts.size(); ++i) {
            const std::string id = theme + "-" + std::to_string(i);
            answers.push_back({ id, texts[i] });
            themeOf[id] = theme;
        }
    for (std::size_t i = 0; i < strays.size(); ++i)
        answers.push_back({ "stray-" + std::to_string(i), strays[i] });

    // Words: lower case, split at punctuation in any script, common words dropped.
    CHECK(ThemeSuggester::words("The Bus-stop, in the RAIN!") == (std::vector<std::string> { "bus", "stop", "rain" }));
    CHECK(ThemeSuggester::words("كان الموظفون، لطفاء جدا؟") == (std::vector<std::string> { "الموظفون", "لطفاء" }));
    CHECK(ThemeSuggester::words("Roedd y dŵr yn oer") == (std::vector<std::string> { "dŵr", "oer" }));

    const auto found = ThemeSuggester().suggest(answers);
    CHECK_EQ(found.size(), themes.size());
    std::set<std::string> seenThemes;
    for (const auto &s : found) {
        std::map<std::string, int> by;
        for (const auto &m : s.members)
            ++by[themeOf.count(m) ? themeOf[m] : "stray"];
        // Pure: every member from one theme, and none of the strays.
        CHECK_EQ(by.size(), 1u);
        const std::string theme = by.begin()->first;
        seenThemes.insert(theme);
        // Whole: every answer of that theme.
        CHECK_EQ(s.members.size(), themes.at(theme).size());
        CHECK(s.label.size() == 3);
        std::printf("theme %s: %s %s %s (%zu answers, %zu duplicate groups)\n", theme.c_str(), s.label[0].c_str(),
            s.label[1].c_str(), s.label[2].c_str(), s.members.size(), s.duplicates.size());
        if (theme == "bus") {
            CHECK(has(s.label, "shelter") || has(s.label, "bus") || has(s.label, "rain"));
            // The three "needs a shelter" answers are one near-duplicate group ...
            CHECK_EQ(s.duplicates.size(), 1u);
            CHECK(s.duplicates.size() == 1
                && std::set<std::string>(s.duplicates[0].begin(), s.duplicates[0].end())
                    == (std::set<std::string> { "bus-4", "bus-5", "bus-6" }));
            // ... so at most one of them represents the theme.
            int dupShown = 0;
            for (const auto &r : s.representatives)
                dupShown += r == "bus-4" || r == "bus-5" || r == "bus-6";
            CHECK(dupShown <= 1);
            CHECK_EQ(s.representatives.size(), 3u);
        }
        if (theme == "food")
            CHECK(has(s.label, "food") || has(s.label, "bank") || has(s.label, "thursday"));
        if (theme == "cy")
            CHECK(has(s.label, "feddygon") || has(s.label, "teulu") || has(s.label, "feddygfa"));
    }
    CHECK_EQ(seenThemes.size(), themes.size());
    CHECK(found.empty() || found[0].members.size() >= found.back().members.size());

    // Nothing to group: no suggestion, no crash.
    CHECK(ThemeSuggester().suggest({}).empty());
    CHECK(ThemeSuggester().suggest({ { "a", "" }, { "b", "!!!" }, { "c", "one" } }).empty());
    return chorus::test::tally().finish();
}
