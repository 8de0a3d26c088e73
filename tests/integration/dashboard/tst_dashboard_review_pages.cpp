// The review list in pages against a real server: 130 contributions from a kiosk come back 50 at a
// time, newest first, each exactly once, with the total the filter matches; a filter pages its own
// matches; bad page parameters are refused; and the exports still carry everything the filter matches.

#include "dashharness.h"

#include "../../sync/check.h"

#include <limits>
#include <set>

using namespace chorus::dashtest;

namespace {
Json field(Kiosk &k, const Json &value, std::int64_t at)
{
    return { { "value", value }, { "version", k.version(at) }, { "base", "" } };
}

std::size_t csvRows(const std::string &csv)
{
    std::size_t rows = 0;
    for (std::size_t p = csv.find("\r\n"); p != std::string::npos; p = csv.find("\r\n", p + 2))
        ++rows;
    return rows;
}
} // namespace

int main()
{
    Server s;
    const std::string org = s.admin({ "create-org", "Pages org" })["id"];
    const std::string site = s.admin({ "create-site", org, "Market hall" })["id"];
    s.admin({ "create-coordinator", org, "coord@pages.org" }, "password-pages-1");
    Session a;
    CHECK_EQ(login(s, "coord@pages.org", "password-pages-1", &a).status, 200);
    Kiosk kiosk = enrolKiosk(s, org, site);
    const std::string prompt = a.post(s, "/dashboard/api/prompts",
                                    { { "text", { { "en", "How was today?" } } }, { "formats", { "write", "faces" } },
                                        { "sites", { site } } })
                                   .json()["id"];

    // 130 contributions, one second apart but five made in the same millisecond (the id breaks the
    // tie); every third is written, the rest are faces.
    const int total = 130;
    const std::int64_t t0 = nowMs() - 3600 * 1000;
    Json changes = Json::array();
    for (int i = 0; i < total; ++i) {
        const std::int64_t at = t0 + (i >= 60 && i < 65 ? 60 : i) * 1000;
        const bool written = i % 3 == 0;
        Json fields { { "prompt_id", field(kiosk, prompt, at) }, { "site_id", field(kiosk, site, at) },
            { "created_at", field(kiosk, at, at) }, { "format", field(kiosk, written ? "write" : "faces", at) },
            { "rating", field(kiosk, 1 + i % 5, at) } };
        if (written)
            fields["text"] = field(kiosk, "Answer " + std::to_string(i), at);
        changes.push_back({ { "id", "chg-p" + std::to_string(i) }, { "kind", "contribution" },
            { "record", "c-page-" + std::to_string(i) }, { "fields", fields } });
    }
    CHECK_EQ(kiosk.push(s, changes).status, 200);

    // Page through everything, 50 at a time.
    std::vector<std::string> seen;
    std::int64_t previous = std::numeric_limits<std::int64_t>::max();
    bool newestFirst = true;
    for (int offset = 0; offset < total; offset += 50) {
        const Reply r = a.get(s, "/dashboard/api/contributions?limit=50&offset=" + std::to_string(offset));
        CHECK_EQ(r.status, 200);
        const Json page = r.json();
        CHECK_EQ(page["total"], Json(total));
        CHECK_EQ(page["offset"], Json(offset));
        CHECK_EQ(page["limit"], Json(50));
        CHECK_EQ(page["contributions"].size(), std::size_t(std::min(50, total - offset)));
        for (const auto &c : page["contributions"]) {
            seen.push_back(c["id"]);
            newestFirst = newestFirst && c["created_at"].get<std::int64_t>() <= previous;
            previous = c["created_at"].get<std::int64_t>();
        }
    }
    CHECK_EQ(seen.size(), std::size_t(total));
    CHECK_EQ(std::set<std::string>(seen.begin(), seen.end()).size(), std::size_t(total));
    CHECK(newestFirst);
    CHECK_EQ(seen.front(), std::string("c-page-129"));
    CHECK_EQ(seen.back(), std::string("c-page-0"));

    // Keyset paging walks the same list in the same order: each full page names the next.
    auto walk = [&](const std::string &filter, int pageSize) {
        std::vector<std::string> ids;
        std::string after;
        for (int pages = 0; pages < 100; ++pages) {
            const Reply r = a.get(s, "/dashboard/api/contributions?" + filter + "limit=" + std::to_string(pageSize)
                    + (after.empty() ? "" : "&after=" + after));
            CHECK_EQ(r.status, 200);
            const Json page = r.json();
            for (const auto &c : page["contributions"])
                ids.push_back(c["id"]);
            if (!page.contains("next_after"))
                break;
            after = page["next_after"];
        }
        return ids;
    };
    CHECK(walk("", 50) == seen);
    // Pages of 3 put the five tied answers across a page boundary.
    CHECK(walk("", 3) == seen);
    std::vector<std::string> writtenSeen;
    for (const auto &id : seen)
        if (std::stoi(id.substr(std::string("c-page-").size())) % 3 == 0)
            writtenSeen.push_back(id);
    CHECK(walk("format=write&", 7) == writtenSeen);
    for (const std::string bad : { "after=", "after=12", "after=abc:c-page-1", "after=12:", "after=12:bad%20id",
             "after=12:c-page-1&offset=50" })
        CHECK_EQ(a.get(s, "/dashboard/api/contributions?limit=50&" + bad).status, 400);

    // Past the end: no rows, the total still says how many match.
    const Json past = a.get(s, "/dashboard/api/contributions?limit=50&offset=500").json();
    CHECK_EQ(past["contributions"].size(), 0u);
    CHECK_EQ(past["total"], Json(total));

    // A filter pages its own matches: of the 44 written answers, the second page of 30 holds the last 14.
    const int written = (total + 2) / 3;
    const Json filtered = a.get(s, "/dashboard/api/contributions?format=write&limit=30&offset=30").json();
    CHECK_EQ(filtered["total"], Json(written));
    CHECK_EQ(filtered["contributions"].size(), std::size_t(written - 30));
    bool allWritten = true;
    for (const auto &c : filtered["contributions"])
        allWritten = allWritten && c["format"] == "write";
    CHECK(allWritten);
    CHECK_EQ(Json(filtered["contributions"].back()["id"]), Json("c-page-0"));

    // Without a page (the printable summary) the whole filtered list comes back.
    const Json whole = a.get(s, "/dashboard/api/contributions?format=faces").json();
    CHECK_EQ(whole["contributions"].size(), std::size_t(total - written));
    CHECK_EQ(whole["total"], Json(total - written));
    CHECK(whole["limit"].is_null());

    // Bad page parameters are refused, not guessed at.
    for (const std::string bad : { "limit=0", "limit=201", "limit=-5", "limit=ten", "offset=-1", "offset=1.5" })
        CHECK_EQ(a.get(s, "/dashboard/api/contributions?" + bad).status, 400);

    // The exports ignore paging: everything the filter matches, whatever page the reviewer is on.
    const Reply csv = a.get(s, "/dashboard/api/export.csv?format=write&limit=10&offset=20");
    CHECK_EQ(csv.status, 200);
    CHECK_EQ(csvRows(csv.body), std::size_t(written + 1)); // and the header
    CHECK_EQ(a.get(s, "/dashboard/api/export.json?limit=10").json()["contributions"].size(), std::size_t(total));

    // Paging needs a session like every other endpoint.
    CHECK_EQ(Session {}.get(s, "/dashboard/api/contributions?limit=50").status, 401);
    return chorus::test::tally().finish();
}
