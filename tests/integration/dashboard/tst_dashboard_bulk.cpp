// A bulk change (POST contributions/bulk) is one transaction, on SQLite and on PostgreSQL: a server
// that stops part way through one leaves no answer changed, and the request sent again changes every
// one; more answers than a device's batch may hold change together; a refusal says nothing changed.

#include "dashharness.h"

#include "../../sync/check.h"

using namespace chorus::dashtest;

int main()
{
    Server s;
    const std::string org = s.admin({ "create-org", "Bulk org" })["id"];
    const std::string site = s.admin({ "create-site", org, "Library" })["id"];
    s.admin({ "create-coordinator", org, "coord@bulk.org" }, "password-bulk-1");
    Session a;
    CHECK_EQ(login(s, "coord@bulk.org", "password-bulk-1", &a).status, 200);
    Kiosk kiosk = enrolKiosk(s, org, site);

    // 520 answers: more than the 500 a device's batch may hold. Pushed one at a time while the
    // server runs with the fault point below armed would kill it, so they are pushed first.
    constexpr int kAnswers = 520;
    const std::int64_t t0 = nowMs() - 3600 * 1000;
    std::vector<std::string> ids;
    for (int batch = 0; batch < 2; ++batch) {
        Json changes = Json::array();
        for (int i = batch * kAnswers / 2; i < (batch + 1) * kAnswers / 2; ++i) {
            const std::string id = "ans-" + std::to_string(i);
            ids.push_back(id);
            const std::int64_t at = t0 + 1000 * i;
            changes.push_back({ { "id", "chg-" + id }, { "kind", "contribution" }, { "record", id },
                { "fields",
                    { { "prompt_id", fieldAt(kiosk, "p-bulk", at) }, { "site_id", fieldAt(kiosk, site, at) },
                        { "created_at", fieldAt(kiosk, at, at) }, { "format", fieldAt(kiosk, "write", at) },
                        { "text", fieldAt(kiosk, "Answer number " + std::to_string(i), at) } } } });
        }
        CHECK_EQ(kiosk.push(s, changes).status, 200);
    }
    const std::vector<std::string> three(ids.begin(), ids.begin() + 3);

    // The server dies (SIGKILL) after the first answer of the bulk change is applied and before the
    // second: with one transaction per answer the first would have been kept.
    s.restart("batch-second-change");
    const Reply cut = a.post(s, "/dashboard/api/contributions/bulk",
        { { "ids", three }, { "add_tags", { "Opening hours" } }, { "status", "reviewed" } });
    CHECK_EQ(cut.status, 0); // no answer: the server was gone
    s.restart();
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?tag=Opening%20hours").json()["total"]), Json(0));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?status=reviewed").json()["total"]), Json(0));
    const Json first = a.get(s, "/dashboard/api/contributions/" + ids[0]).json();
    CHECK_EQ(Json(first["tags"]), Json(nullptr));
    CHECK_EQ(Json(first["status"]), Json(nullptr));

    // Sent again, every answer changes.
    const Reply again = a.post(s, "/dashboard/api/contributions/bulk",
        { { "ids", three }, { "add_tags", { "Opening hours" } }, { "status", "reviewed" } });
    CHECK_EQ(again.status, 200);
    CHECK_EQ(Json(again.json()["changed"]), Json(3));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?tag=Opening%20hours").json()["total"]), Json(3));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?status=reviewed").json()["total"]), Json(3));

    // All 520 at once: one transaction, more changes than a device may send in a batch.
    const Reply all = a.post(s, "/dashboard/api/contributions/bulk", { { "ids", ids }, { "add_tags", { "Season" } } });
    CHECK_EQ(all.status, 200);
    CHECK_EQ(Json(all.json()["changed"]), Json(kAnswers));
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?tag=Season").json()["total"]), Json(kAnswers));

    // A refusal for one answer says that no answer changed, and none did.
    std::vector<std::string> many;
    for (int t = 0; t < 62; ++t)
        many.push_back("t" + std::to_string(t));
    CHECK_EQ(
        a.post(s, "/dashboard/api/contributions/bulk", { { "ids", { ids[5] } }, { "add_tags", many } }).status, 200);
    const Reply refused = a.post(s, "/dashboard/api/contributions/bulk",
        { { "ids", { ids[4], ids[5], ids[6] } }, { "add_tags", { "extra-a", "extra-b" } } });
    CHECK_EQ(refused.status, 400);
    CHECK(refused.json()["error"].value("message", "").rfind("no answer was changed", 0) == 0);
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?tag=extra-a").json()["total"]), Json(0));
    return chorus::test::tally().finish();
}
