// Reference codes are unique per device only. When two devices of an organisation give the same
// code (very rare at 12 characters, docs/privacy.md), finding it shows every match and withdrawing
// one leaves the other untouched: nothing acts on the first match. On SQLite and PostgreSQL.

#include "../sync/check.h"
#include "dashboardsession.h"
#include "serverharness.h"

#include <algorithm>

using namespace chorus::test;

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "references");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    const std::string otherOrg = admin(db, { "create-org", "Other org" })["id"];
    const std::string otherSite = admin(db, { "create-site", otherOrg, "Elsewhere" })["id"];
    ServerProcess server(db, dir.path() / "media");
    DashboardSession dash(server, db, org, "coord@example.org");

    auto first = enrol(server, db, org, site, "kiosk");
    auto second = enrol(server, db, org, site, "kiosk");
    auto elsewhere = enrol(server, db, otherOrg, otherSite, "kiosk");
    first->write("contribution", "same-1", { { "text", "first answer" }, { "reference", "K7P3-QX9A-HH2M" } });
    second->write("contribution", "same-2", { { "text", "second answer" }, { "reference", "K7P3-QX9A-HH2M" } });
    elsewhere->write("contribution", "same-3", { { "text", "another organisation" }, { "reference", "K7P3-QX9A-HH2M" } });
    CHECK_EQ(first->push().status, 200);
    CHECK_EQ(second->push().status, 200);
    CHECK_EQ(elsewhere->push().status, 200);

    // Typed loosely; both of this organisation's answers come back, never the other organisation's.
    const Response found = dash.get("/dashboard/api/withdrawal/find?reference=k7p3%20qx9a%20hh2m");
    CHECK_EQ(found.status, 200);
    const Json matches = found.body.value("matches", Json::array());
    CHECK_EQ(matches.size(), 2u);
    std::vector<std::string> ids;
    for (const auto &m : matches)
        ids.push_back(m.value("id", ""));
    std::sort(ids.begin(), ids.end());
    CHECK(ids == std::vector<std::string>({ "same-1", "same-2" }));

    // Withdrawing the one the person confirms leaves the other.
    CHECK_EQ(dash.post("/dashboard/api/contributions/same-2/withdraw").status, 200);
    const Response after = dash.get("/dashboard/api/withdrawal/find?reference=K7P3-QX9A-HH2M");
    CHECK_EQ(after.status, 200);
    CHECK_EQ(after.body.value("matches", Json::array()).size(), 1u);
    CHECK_EQ(dash.get("/dashboard/api/contributions/same-1").body.value("text", ""), std::string("first answer"));
    CHECK_EQ(dash.get("/dashboard/api/contributions/same-2").status, 404);

    // Old six-character codes are still found.
    first->write("contribution", "old-1", { { "text", "an older answer" }, { "reference", "ABC-DEF" } });
    CHECK_EQ(first->push().status, 200);
    CHECK_EQ(dash.get("/dashboard/api/withdrawal/find?reference=abcdef").body.value("matches", Json::array()).size(),
        1u);
    return tally().finish();
}
