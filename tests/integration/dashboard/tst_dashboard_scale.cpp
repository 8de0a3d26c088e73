// The dashboard past the review list's counting cap, against a real server: 10,050 answers. The
// review list says "10,000 or more" instead of counting every match, yet counts a smaller filter
// exactly; the summary counts every answer by prompt, site, format, rating, week and theme; both
// exports, streamed in many pieces, carry every row exactly once and parse whole.

#include "dashharness.h"

#include "../../sync/check.h"

#include <set>

using namespace chorus::dashtest;

int main()
{
    Server s;
    const std::string org = s.admin({ "create-org", "Scale org" })["id"];
    const std::string site = s.admin({ "create-site", org, "Town hall" })["id"];
    s.admin({ "create-coordinator", org, "coord@scale.org" }, "password-scale-1");
    Session a;
    CHECK_EQ(login(s, "coord@scale.org", "password-scale-1", &a).status, 200);
    Kiosk kiosk = enrolKiosk(s, org, site);
    const std::string prompt = a.post(s, "/dashboard/api/prompts",
                                    { { "text", { { "en", "How was it?" } } }, { "formats", { "faces", "write" } },
                                        { "sites", { site } } })
                                   .json()["id"];

    // 10,050 answers over three weeks from Monday 2 March 2026 (UTC), ratings 1 to 5 in turn; every
    // tenth is written and themed "queue".
    const int total = 10050;
    const std::int64_t monday = 1772409600000; // 2026-03-02T00:00:00Z
    const std::int64_t step = 21LL * 24 * 3600 * 1000 / total;
    for (int start = 0; start < total; start += 500) {
        Json changes = Json::array();
        for (int i = start; i < std::min(total, start + 500); ++i) {
            const std::int64_t at = monday + i * step;
            const bool written = i % 10 == 0;
            Json fields { { "prompt_id", fieldAt(kiosk, prompt, at) }, { "site_id", fieldAt(kiosk, site, at) },
                { "created_at", fieldAt(kiosk, at, at) }, { "format", fieldAt(kiosk, written ? "write" : "faces", at) },
                { "rating", fieldAt(kiosk, 1 + i % 5, at) } };
            if (written) {
                fields["text"] = fieldAt(kiosk, "The queue, answer " + std::to_string(i), at);
                fields["tags"] = fieldAt(kiosk, { { "add", { "queue" } }, { "remove", Json::object() } }, at);
            }
            changes.push_back({ { "id", "chg-scale-" + std::to_string(i) }, { "kind", "contribution" },
                { "record", "c-scale-" + std::to_string(i) }, { "fields", fields } });
        }
        CHECK_EQ(kiosk.push(s, changes).status, 200);
    }

    // Past the cap the list says how far it counted, and that it stopped there.
    const Json page = a.get(s, "/dashboard/api/contributions?limit=50").json();
    CHECK_EQ(page["contributions"].size(), 50u);
    CHECK_EQ(Json(page["total"]), Json(10000));
    CHECK_EQ(Json(page["total_exact"]), Json(false));
    CHECK_EQ(Json(page["contributions"][0]["id"]), Json("c-scale-10049"));
    // Under the cap, exact: 1,005 written answers, 2,010 of each rating.
    const Json written = a.get(s, "/dashboard/api/contributions?limit=50&format=write").json();
    CHECK_EQ(Json(written["total"]), Json(1005));
    CHECK_EQ(Json(written["total_exact"]), Json(true));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?limit=10&rating=3").json()["total"]), Json(2010));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?limit=10&q=queue").json()["total"]), Json(1005));

    // The summary counts everything, past the cap.
    const Json sum = a.get(s, "/dashboard/api/summary").json();
    CHECK_EQ(Json(sum["total"]), Json(total));
    CHECK_EQ(Json(sum["by_prompt"]), Json::array({ Json::array({ prompt, total }) }));
    CHECK_EQ(Json(sum["by_site"]), Json::array({ Json::array({ site, total }) }));
    CHECK_EQ(Json(sum["by_format"]), Json::array({ Json::array({ "faces", 9045 }), Json::array({ "write", 1005 }) }));
    for (const char *r : { "1", "2", "3", "4", "5" })
        CHECK_EQ(Json(sum["by_rating"][r]), Json(2010));
    // Three weeks, each starting on its Monday, adding up to everything.
    CHECK_EQ(sum["by_week"].size(), 3u);
    CHECK_EQ(Json(sum["by_week"][0][0]), Json("2026-03-02"));
    CHECK_EQ(Json(sum["by_week"][1][0]), Json("2026-03-09"));
    CHECK_EQ(Json(sum["by_week"][2][0]), Json("2026-03-16"));
    std::int64_t weekly = 0;
    for (const auto &w : sum["by_week"])
        weekly += w[1].get<std::int64_t>();
    CHECK_EQ(weekly, std::int64_t(total));
    CHECK_EQ(Json(sum["months"]), Json::array({ "2026-03" }));
    CHECK_EQ(Json(sum["themes_by_month"]["queue"]["2026-03"]), Json(1005));
    CHECK_EQ(Json(sum["themes_by_month"][""]["2026-03"]), Json(total - 1005));
    // The summary takes the review filter (every tenth answer has rating 1, so all the themed ones do).
    CHECK_EQ(Json(a.get(s, "/dashboard/api/summary?tag=queue").json()["total"]), Json(1005));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/summary?tag=queue&rating=2").json()["total"]), Json(0));

    // Both exports, streamed in pieces, hold every answer once, in time order.
    const Reply csv = a.get(s, "/dashboard/api/export.csv");
    CHECK_EQ(csv.status, 200);
    CHECK_EQ(csv.body.rfind("\xEF\xBB\xBF", 0), 0u);
    std::size_t lines = 0, marks = 0;
    for (std::size_t p = csv.body.find("\r\n"); p != std::string::npos; p = csv.body.find("\r\n", p + 2))
        ++lines;
    for (std::size_t p = csv.body.find("\xEF\xBB\xBF"); p != std::string::npos; p = csv.body.find("\xEF\xBB\xBF", p + 3))
        ++marks;
    CHECK_EQ(lines, std::size_t(total + 1));
    CHECK_EQ(marks, 1u);
    const Reply json = a.get(s, "/dashboard/api/export.json");
    CHECK_EQ(json.status, 200);
    const Json parsed = json.json();
    CHECK(parsed.is_object());
    CHECK_EQ(parsed["contributions"].size(), std::size_t(total));
    std::set<std::string> ids;
    bool ordered = true;
    std::string previous;
    for (const auto &c : parsed["contributions"]) {
        ids.insert(c["id"].get<std::string>());
        ordered = ordered && c["created_at"].get<std::string>() >= previous;
        previous = c["created_at"].get<std::string>();
    }
    CHECK_EQ(ids.size(), std::size_t(total));
    CHECK(ordered);
    // A filtered export streams only its matches.
    CHECK_EQ(a.get(s, "/dashboard/api/export.json?format=write").json()["contributions"].size(), 1005u);
    return chorus::test::tally().finish();
}
