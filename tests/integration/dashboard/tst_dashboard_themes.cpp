// Theme suggestions and changes to many answers at once, against a real server: the suggestions for
// a fixed set of written answers hold the known groups; accepting one under a coordinator's own name
// (POST contributions/bulk) tags every answer in it and no other, keeping the themes each had;
// bulk status; withdrawn or unknown answers are skipped by name; bad requests are refused. A
// suggestion one coordinator rejects is not offered to another coordinator of the organisation.

#include "dashharness.h"

#include "../../sync/check.h"

#include <set>

using namespace chorus::dashtest;

int main()
{
    Server s;
    const std::string org = s.admin({ "create-org", "Themes org" })["id"];
    const std::string site = s.admin({ "create-site", org, "Leisure centre" })["id"];
    s.admin({ "create-coordinator", org, "coord@themes.org" }, "password-themes-1");
    Session a;
    CHECK_EQ(login(s, "coord@themes.org", "password-themes-1", &a).status, 200);
    Kiosk kiosk = enrolKiosk(s, org, site);

    const std::vector<std::pair<std::string, std::string>> answers = {
        { "bus-0", "The bus stop has no shelter and we get soaked in the rain." },
        { "bus-1", "No shelter at the bus stop, so everyone waits in the rain." },
        { "bus-2", "Please put a shelter at the bus stop, the rain is awful." },
        { "bus-3", "The bus stop needs a shelter from the rain." },
        { "food-0", "Keep the Thursday food bank open, my children eat better that week." },
        { "food-1", "The food bank on Thursday is a lifeline for my children." },
        { "food-2", "The Thursday food bank helps feed my children." },
        { "stray-0", "Parking permits cost too much this year." },
    };
    const std::int64_t t0 = nowMs() - 3600 * 1000;
    Json changes = Json::array();
    int i = 0;
    for (const auto &[id, text] : answers) {
        const std::int64_t at = t0 + 1000 * i++;
        Json fields { { "prompt_id", fieldAt(kiosk, "p-themes", at) }, { "site_id", fieldAt(kiosk, site, at) },
            { "created_at", fieldAt(kiosk, at, at) }, { "format", fieldAt(kiosk, "write", at) },
            { "text", fieldAt(kiosk, text, at) } };
        if (id == "bus-0")
            fields["tags"] = fieldAt(kiosk, { { "add", { "transport" } }, { "remove", Json::object() } }, at);
        changes.push_back({ { "id", "chg-" + id }, { "kind", "contribution" }, { "record", id }, { "fields", fields } });
    }
    CHECK_EQ(kiosk.push(s, changes).status, 200);

    const Json got = a.get(s, "/dashboard/api/themes/suggestions").json();
    CHECK_EQ(Json(got["considered"]), Json(8));
    CHECK_EQ(Json(got["limited"]), Json(false));
    const Json suggestions = got["suggestions"];
    CHECK_EQ(suggestions.size(), 2u);
    std::set<std::string> bus, food;
    for (const auto &sug : suggestions) {
        std::set<std::string> members;
        for (const auto &m : sug["members"])
            members.insert(m.get<std::string>());
        CHECK_EQ(sug["size"].get<std::size_t>(), members.size());
        CHECK(!sug["representatives"].empty() && sug["representatives"][0]["text"].is_string());
        (members.count("bus-0") ? bus : food) = members;
    }
    CHECK(bus == (std::set<std::string> { "bus-0", "bus-1", "bus-2", "bus-3" }));
    CHECK(food == (std::set<std::string> { "food-0", "food-1", "food-2" }));
    // Suggestions follow the review filter.
    CHECK_EQ(Json(a.get(s, "/dashboard/api/themes/suggestions?q=food").json()["considered"]), Json(3));
    CHECK_EQ(a.get(s, "/dashboard/api/themes/suggestions?format=faces").json()["suggestions"].size(), 0u);

    // Accept the bus theme under the coordinator's own name: every member gets it, keeping its themes.
    const Reply accepted = a.post(s, "/dashboard/api/contributions/bulk",
        { { "ids", Json(std::vector<std::string>(bus.begin(), bus.end())) }, { "add_tags", { "Bus shelter" } } });
    CHECK_EQ(accepted.status, 200);
    CHECK_EQ(Json(accepted.json()["changed"]), Json(4));
    // Only answers without a theme: the bus theme is gone from the suggestions.
    const Json untagged = a.get(s, "/dashboard/api/themes/suggestions?untagged=1").json();
    CHECK_EQ(Json(untagged["considered"]), Json(4));
    CHECK_EQ(untagged["suggestions"].size(), 1u);

    // Rejected by one coordinator, the food suggestion is offered to nobody in the organisation.
    s.admin({ "create-coordinator", org, "second@themes.org" }, "password-themes-2");
    Session b;
    CHECK_EQ(login(s, "second@themes.org", "password-themes-2", &b).status, 200);
    const std::string foodKey = untagged["suggestions"][0].value("key", "");
    CHECK_EQ(foodKey.size(), 64u);
    CHECK_EQ(
        Json(b.get(s, "/dashboard/api/themes/suggestions?untagged=1").json()["suggestions"][0]["key"]), Json(foodKey));
    CHECK_EQ(a.post(s, "/dashboard/api/themes/rejections", { { "key", foodKey } }).status, 200);
    CHECK_EQ(a.post(s, "/dashboard/api/themes/rejections", { { "key", foodKey } }).status, 200); // twice: no harm
    const Json afterReject = b.get(s, "/dashboard/api/themes/suggestions?untagged=1").json();
    CHECK_EQ(afterReject["suggestions"].size(), 0u);
    CHECK_EQ(Json(afterReject["rejected"]), Json(1));
    CHECK_EQ(a.post(s, "/dashboard/api/themes/rejections", { { "key", "not-a-key" } }).status, 400);
    CHECK_EQ(a.post(s, "/dashboard/api/themes/rejections", { { "key", 12 } }).status, 400);
    CHECK_EQ(a.post(s, "/dashboard/api/themes/rejections", { { "key", foodKey } }, false).status, 403);
    const Json tagged = a.get(s, "/dashboard/api/contributions?tag=Bus%20shelter").json();
    CHECK_EQ(Json(tagged["total"]), Json(4));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions/bus-0").json()["tags"]),
        Json::array({ "Bus shelter", "transport" }));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions/food-0").json()["tags"]), Json(nullptr));

    // Bulk status; a withdrawn and an unknown answer are skipped by name, the rest still change.
    CHECK_EQ(a.post(s, "/dashboard/api/contributions/food-2/withdraw", Json::object()).status, 200);
    const Reply status = a.post(s, "/dashboard/api/contributions/bulk",
        { { "ids", { "food-0", "food-1", "food-2", "no-such" } }, { "status", "reviewed" } });
    CHECK_EQ(status.status, 200);
    CHECK_EQ(Json(status.json()["changed"]), Json(2));
    const Json skipped = status.json()["skipped"];
    CHECK(std::set<std::string>(skipped.begin(), skipped.end()) == (std::set<std::string> { "food-2", "no-such" }));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?status=reviewed").json()["total"]), Json(2));

    // One answer that would pass 64 themes refuses the whole request, and no answer changes, not
    // even those before it.
    std::vector<std::string> many;
    for (int t = 0; t < 63; ++t)
        many.push_back("t" + std::to_string(t));
    CHECK_EQ(a.post(s, "/dashboard/api/contributions/bulk", { { "ids", { "bus-2" } }, { "add_tags", many } }).status, 200);
    const Reply tooMany = a.post(s, "/dashboard/api/contributions/bulk",
        { { "ids", { "bus-0", "bus-1", "bus-2" } }, { "add_tags", { "extra-a", "extra-b" } } });
    CHECK_EQ(tooMany.status, 400);
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?tag=extra-a").json()["total"]), Json(0));

    // Refused: nothing to do, a bad status, a bad theme, no CSRF token.
    CHECK_EQ(a.post(s, "/dashboard/api/contributions/bulk", { { "ids", { "bus-1" } } }).status, 400);
    CHECK_EQ(a.post(s, "/dashboard/api/contributions/bulk", { { "ids", { "bus-1" } }, { "status", "done" } }).status, 400);
    CHECK_EQ(a.post(s, "/dashboard/api/contributions/bulk", { { "ids", { "bus-1" } }, { "add_tags", { "" } } }).status,
        400);
    CHECK_EQ(a.post(s, "/dashboard/api/contributions/bulk", { { "ids", "bus-1" }, { "status", "new" } }).status, 400);
    CHECK_EQ(a.post(s, "/dashboard/api/contributions/bulk", { { "ids", { "bus-1" } }, { "status", "new" } }, false).status,
        403);
    return chorus::test::tally().finish();
}
