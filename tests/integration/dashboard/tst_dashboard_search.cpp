// Search across written answers against a real server, on SQLite (FTS5) and PostgreSQL (full-text
// search): English, Welsh and Arabic words are found whole and in any case, every word must be
// there, search combines with the filters, paging and exports; what a coordinator types is never
// read as query syntax; a redaction or withdrawal takes the old words out of the search, and on
// SQLite out of the file.

#include "dashharness.h"

#include "../../sync/check.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>

using namespace chorus::dashtest;

namespace {

std::string query(const std::string &words)
{
    std::string out;
    for (unsigned char c : words) {
        const char hex[] = "0123456789ABCDEF";
        if (std::isalnum(c) || c == '-' || c == '_' || c == '.')
            out += static_cast<char>(c);
        else
            out += std::string("%") + hex[c >> 4] + hex[c & 15];
    }
    return out;
}

std::set<std::string> ids(const Reply &r)
{
    std::set<std::string> out;
    const Json page = r.json();
    for (const auto &c : page["contributions"])
        out.insert(c["id"].get<std::string>());
    return out;
}

bool fileHolds(const std::filesystem::path &path, const std::string &needle)
{
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes.find(needle) != std::string::npos;
}
} // namespace

int main()
{
    Server s;
    const std::string org = s.admin({ "create-org", "Search org" })["id"];
    const std::string site = s.admin({ "create-site", org, "Library" })["id"];
    s.admin({ "create-coordinator", org, "coord@search.org" }, "password-search-1");
    Session a;
    CHECK_EQ(login(s, "coord@search.org", "password-search-1", &a).status, 200);
    Kiosk kiosk = enrolKiosk(s, org, site);
    const std::string prompt = a.post(s, "/dashboard/api/prompts",
                                    { { "text", { { "en", "What would help?" } } }, { "formats", { "write" } },
                                        { "sites", { site } } })
                                   .json()["id"];

    struct Answer {
        std::string id, language, text;
        std::vector<std::string> tags;
    };
    const std::vector<Answer> answers = {
        { "en-1", "en", "The staff were kind and the tea was hot.", { "staff" } },
        { "en-2", "en", "Nobody was KIND to me; the queue was long.", { "waiting" } },
        { "en-3", "en", "The staff never answer the phone.", { "staff", "phone" } },
        { "en-4", "en", "Open earlier on Mondays, please: zzqcanaryword.", {} },
        { "cy-1", "cy", "Roedd y staff yn garedig iawn a'r te yn boeth.", { "staff" } },
        { "cy-2", "cy", "Does dim dŵr yfed yn yr ystafell aros.", { "waiting" } },
        { "ar-1", "ar", "كان الموظفون لطفاء جدا", { "staff" } },
        { "ar-2", "ar", "الانتظار طويل جدا في الصباح", { "waiting" } },
    };
    const std::int64_t t0 = nowMs() - 3600 * 1000;
    Json changes = Json::array();
    for (std::size_t i = 0; i < answers.size(); ++i) {
        const std::int64_t at = t0 + static_cast<std::int64_t>(i) * 1000;
        const auto &x = answers[i];
        changes.push_back({ { "id", "chg-s-" + x.id }, { "kind", "contribution" }, { "record", x.id },
            { "fields",
                { { "prompt_id", fieldAt(kiosk, prompt, at) }, { "site_id", fieldAt(kiosk, site, at) },
                    { "created_at", fieldAt(kiosk, at, at) }, { "format", fieldAt(kiosk, "write", at) },
                    { "language", fieldAt(kiosk, x.language, at) }, { "text", fieldAt(kiosk, x.text, at) },
                    { "tags", fieldAt(kiosk, { { "add", x.tags }, { "remove", Json::object() } }, at) } } } });
    }
    // A faces answer has no text and is never found by a search.
    changes.push_back({ { "id", "chg-s-faces" }, { "kind", "contribution" }, { "record", "faces-1" },
        { "fields",
            { { "prompt_id", fieldAt(kiosk, prompt, t0) }, { "site_id", fieldAt(kiosk, site, t0) },
                { "created_at", fieldAt(kiosk, t0, t0) }, { "format", fieldAt(kiosk, "faces", t0) },
                { "rating", fieldAt(kiosk, 4, t0) } } } });
    CHECK_EQ(kiosk.push(s, changes).status, 200);

    auto search = [&](const std::string &words, const std::string &more = {}) {
        return a.get(s, "/dashboard/api/contributions?limit=50&q=" + query(words) + more);
    };
    using Ids = std::set<std::string>;

    // Whole words in any case, in each language.
    CHECK(ids(search("kind")) == (Ids { "en-1", "en-2" }));
    CHECK(ids(search("Staff")) == (Ids { "en-1", "en-3", "cy-1" }));
    CHECK(ids(search("garedig")) == (Ids { "cy-1" }));
    CHECK(ids(search("dŵr")) == (Ids { "cy-2" }));
    CHECK(ids(search("لطفاء")) == (Ids { "ar-1" }));
    CHECK(ids(search("جدا")) == (Ids { "ar-1", "ar-2" }));
    // Every word must be there; punctuation around a word does not matter.
    CHECK(ids(search("staff kind")) == (Ids { "en-1" }));
    CHECK(ids(search("  tea,  hot. ")) == (Ids { "en-1" }));
    CHECK(ids(search("الانتظار الصباح")) == (Ids { "ar-2" }));
    CHECK(ids(search("kind garedig")).empty());
    CHECK_EQ(Json(search("kind").json()["filter"]["q"]), Json("kind"));

    // Combined with the filters, the page and its total.
    CHECK(ids(search("staff", "&tag=phone")) == (Ids { "en-3" }));
    CHECK(ids(search("جدا", "&tag=waiting")) == (Ids { "ar-2" }));
    const Reply paged = a.get(s, "/dashboard/api/contributions?limit=1&offset=1&q=staff");
    CHECK_EQ(Json(paged.json()["total"]), Json(3));
    CHECK_EQ(paged.json()["contributions"].size(), 1u);
    CHECK_EQ(Json(paged.json()["contributions"][0]["id"]), Json("en-3")); // newest first: cy-1, en-3, en-1

    // The exports and the summary take the same search.
    const Reply csv = a.get(s, "/dashboard/api/export.csv?q=" + query("kind"));
    CHECK_EQ(csv.status, 200);
    CHECK(csv.body.find("en-1") != std::string::npos && csv.body.find("en-2") != std::string::npos);
    CHECK(csv.body.find("en-3") == std::string::npos);
    CHECK_EQ(Json(a.get(s, "/dashboard/api/summary?q=" + query("garedig")).json()["total"]), Json(1));

    // What a coordinator types is words, never query syntax.
    for (const std::string odd : { "kind OR \"", "NEAR(kind tea)", "kind*", "staff AND NOT kind", "tea:hot",
             "'); DROP TABLE contributions; --", "^tea", "k\"i\"nd" }) {
        const Reply r = search(odd);
        CHECK_EQ(r.status, 200);
    }
    CHECK(ids(search("kind OR \"")).empty()); // "or" is a word no answer with "kind" holds
    CHECK_EQ(search("!!! ... ,,,").status, 400);
    CHECK_EQ(search(std::string(201, 'a')).status, 400);

    // A redaction replaces the words the search finds.
    CHECK_EQ(a.post(s, "/dashboard/api/contributions/en-2/redact", { { "text", "Nobody was [removed] to me." } }).status,
        200);
    CHECK(ids(search("kind")) == (Ids { "en-1" }));
    CHECK(ids(search("removed")) == (Ids { "en-2" }));

    // A withdrawal takes the answer out of the search, and (SQLite) its words out of the file.
    CHECK(ids(search("zzqcanaryword")) == (Ids { "en-4" }));
    const Reply withdrawn = a.post(s, "/dashboard/api/contributions/en-4/withdraw", Json::object());
    CHECK_EQ(withdrawn.status, 200);
    CHECK(ids(search("zzqcanaryword")).empty());
    CHECK(ids(search("Mondays")).empty());
    if (!s.onPostgres()) {
        const std::filesystem::path db = s.database();
        CHECK(!fileHolds(db, "zzqcanaryword"));
        CHECK(!fileHolds(db.string() + "-wal", "zzqcanaryword"));
    }
    return chorus::test::tally().finish();
}
