// A coordinator's loop through the dashboard API against a real server and a kiosk speaking the
// protocol: prompt to kiosk, review, CSV/JSON export round trip, redaction beating a concurrent
// device edit, a published outcome reaching the kiosk, and a withdrawal followed to the devices.

#include "dashharness.h"

#include "../../sync/check.h"

#include <cstdio>
#include <filesystem>

using namespace chorus::dashtest;

namespace {
// RFC 4180: quoted fields may hold commas, doubled quotes and line breaks; rows end with CRLF.
std::vector<std::vector<std::string>> parseCsv(const std::string &text, bool &wellFormed)
{
    std::vector<std::vector<std::string>> rows(1);
    std::string cell;
    bool quoted = false, atStart = true;
    wellFormed = true;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char ch = text[i];
        if (quoted) {
            if (ch == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (ch == '"') {
                quoted = false;
            } else {
                cell += ch;
            }
        } else if (ch == '"' && atStart) {
            quoted = true;
            atStart = false;
        } else if (ch == ',') {
            rows.back().push_back(cell);
            cell.clear();
            atStart = true;
        } else if (ch == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            rows.back().push_back(cell);
            cell.clear();
            rows.emplace_back();
            atStart = true;
            ++i;
        } else if (ch == '\n' || ch == '\r' || ch == '"') {
            wellFormed = false; // a bare line break or quote outside quotes
        } else {
            cell += ch;
            atStart = false;
        }
    }
    if (rows.back().empty() && cell.empty())
        rows.pop_back();
    return rows;
}

Json field(Kiosk &k, const Json &value, std::int64_t at, const std::string &base = {})
{
    return { { "value", value }, { "version", k.version(at) }, { "base", base } };
}

// The latest change to a record in a pull.
Json findRecord(const Json &pull, const std::string &kind, const std::string &id)
{
    Json found;
    for (const auto &c : pull["changes"])
        if (c["kind"] == kind && c["record"] == id)
            found = c;
    return found;
}
} // namespace

int main()
{
    Server s;
    const std::string org = s.admin({ "create-org", "Flow org" })["id"];
    const std::string site = s.admin({ "create-site", org, "Community centre" })["id"];
    s.admin({ "create-coordinator", org, "coord@flow.org" }, "password-flow-1");
    Session a;
    CHECK_EQ(login(s, "coord@flow.org", "password-flow-1", &a).status, 200);
    Kiosk kiosk = enrolKiosk(s, org, site);

    // A new prompt reaches the kiosk by pull.
    const Reply created = a.post(s, "/dashboard/api/prompts",
        { { "text", { { "en", "How is the bus?" }, { "cy", "Sut mae'r bws?" } } }, { "formats", { "speak", "write" } },
            { "sites", { site } } });
    CHECK_EQ(created.status, 200);
    const std::string prompt = created.json()["id"];
    Reply pulled = kiosk.pull(s);
    CHECK_EQ(
        Json(findRecord(pulled.json(), "prompt", prompt)["fields"]["text"]["value"]["cy"]), Json("Sut mae'r bws?"));

    // The kiosk sends two contributions, one with a voice note.
    const std::string awkward = "He said \"stop\", then left\nلقد كان الباص متأخرا — Diolch yn fawr";
    const std::string voice = std::string("RIFF") + std::string(1000, '\x01');
    std::string sha;
    CHECK_EQ(kiosk.putMedia(s, voice, &sha).status, 200);
    const std::int64_t t0 = nowMs() - 60000;
    const std::string textVersion = kiosk.version(t0);
    const Json c1 { { "id", "chg-f1" }, { "kind", "contribution" }, { "record", "c-flow-1" },
        { "fields",
            { { "prompt_id", field(kiosk, prompt, t0) }, { "site_id", field(kiosk, site, t0) },
                { "created_at", field(kiosk, t0, t0) }, { "format", field(kiosk, "speak", t0) },
                { "language", field(kiosk, "en", t0) }, { "rating", field(kiosk, 4, t0) },
                { "text", { { "value", awkward }, { "version", textVersion }, { "base", "" } } },
                { "reference", field(kiosk, "FLW482", t0) }, { "media", field(kiosk, Json::array({ sha }), t0) } } } };
    const Json c2 { { "id", "chg-f2" }, { "kind", "contribution" }, { "record", "c-flow-2" },
        { "fields",
            { { "prompt_id", field(kiosk, prompt, t0) }, { "site_id", field(kiosk, site, t0) },
                { "created_at", field(kiosk, t0 + 1, t0) }, { "format", field(kiosk, "write", t0) },
                { "rating", field(kiosk, 2, t0) }, { "text", field(kiosk, "=SUM(A1:A9)", t0) } } } };
    CHECK_EQ(kiosk.push(s, Json::array({ c1, c2 })).status, 200);

    // Review: filters, the voice note, themes and status.
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?prompt=" + prompt).json()["contributions"].size()), 2u);
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?rating=4").json()["contributions"].size()), 1u);
    CHECK_EQ(
        Json(a.get(s, "/dashboard/api/contributions?format=write").json()["contributions"][0]["id"]), Json("c-flow-2"));
    const Reply audio = a.get(s, "/dashboard/api/media/" + sha);
    CHECK_EQ(audio.status, 200);
    CHECK(audio.body == voice);
    CHECK_EQ(
        a.post(s, "/dashboard/api/contributions/c-flow-1/tags", { { "tags", { "transport", "bus stop" } } }).status,
        200);
    CHECK_EQ(a.post(s, "/dashboard/api/contributions/c-flow-1/status", { { "status", "reviewed" } }).status, 200);
    CHECK_EQ(
        Json(a.get(s, "/dashboard/api/contributions?tag=transport&status=reviewed").json()["contributions"].size()),
        1u);
    CHECK_EQ(Json(a.get(s, "/dashboard/api/contributions?tag=food").json()["contributions"].size()), 0u);

    // Export round trip: the CSV parses back to exactly what was said.
    const Reply csv = a.get(s, "/dashboard/api/export.csv?prompt=" + prompt);
    CHECK_EQ(csv.status, 200);
    CHECK(csv.body.rfind("\xEF\xBB\xBF", 0) == 0);
    bool wellFormed = false;
    const auto rows = parseCsv(csv.body.substr(3), wellFormed);
    CHECK(wellFormed);
    CHECK_EQ(rows.size(), 3u);
    const std::vector<std::string> header { "id", "reference", "created_at", "prompt_id", "prompt", "site_id", "site",
        "format", "language", "rating", "text", "redacted", "symbols", "media_count", "tags", "status", "may_quote",
        "asked_contact", "outreach_session_id", "assisted", "assisted_by" };
    CHECK(!rows.empty() && rows[0] == header);
    if (rows.size() == 3 && rows[1].size() == header.size() && rows[2].size() == header.size()) {
        CHECK_EQ(rows[1][0], std::string("c-flow-1"));
        CHECK_EQ(rows[1][10], awkward);
        CHECK_EQ(rows[1][4], std::string("How is the bus?"));
        CHECK_EQ(rows[1][6], std::string("Community centre"));
        CHECK_EQ(rows[1][9], std::string("4"));
        CHECK_EQ(rows[1][13], std::string("1"));
        CHECK_EQ(rows[1][14], std::string("bus stop; transport"));
        CHECK_EQ(rows[1][15], std::string("reviewed"));
        // A cell a spreadsheet would run as a formula stays text.
        CHECK_EQ(rows[2][10], std::string("'=SUM(A1:A9)"));
    } else {
        CHECK(false);
    }
    const Json exported = a.get(s, "/dashboard/api/export.json?prompt=" + prompt).json();
    CHECK_EQ(exported["contributions"].size(), 2u);
    CHECK_EQ(exported["contributions"][0]["text"], Json(awkward));

    // Redaction wins over a concurrent device edit that arrives later with a later clock.
    CHECK_EQ(a.post(s, "/dashboard/api/contributions/c-flow-1/redact", { { "text", "He said [name removed]" } }).status,
        200);
    const std::int64_t later = nowMs() + 4 * 60 * 1000;
    const Json edit {
        { "id", "chg-f3" }, { "kind", "contribution" }, { "record", "c-flow-1" },
        { "fields",
            { { "text",
                { { "value", "unredacted again" }, { "version", kiosk.version(later) }, { "base", textVersion } } } } }
    };
    CHECK_EQ(kiosk.push(s, Json::array({ edit })).status, 200);
    const Json redacted = a.get(s, "/dashboard/api/contributions/c-flow-1").json();
    CHECK_EQ(redacted["text"], Json("He said [name removed]"));
    CHECK_EQ(redacted["redacted"], Json(true));

    // A published outcome is in what the kiosk pulls next.
    const Reply outcome = a.post(s, "/dashboard/api/outcomes",
        { { "said", { { "en", "You said the bus is late" } } }, { "did", { { "en", "We moved the stop" } } },
            { "happened_at", nowMs() }, { "prompt_ids", { prompt } }, { "themes", { "transport" } },
            { "published", true } });
    CHECK_EQ(outcome.status, 200);
    pulled = kiosk.pull(s);
    const Json o = findRecord(pulled.json(), "outcome", outcome.json()["id"]);
    CHECK_EQ(o["fields"]["published"]["value"], Json(true));
    CHECK_EQ(o["fields"]["did"]["value"]["en"], Json("We moved the stop"));
    // Kiosks never receive contributions, only the withdrawal or redaction of their own: here the
    // redaction, carrying nothing but what it rewrote, and the rewritten words emptied (a kiosk
    // holds no one's words, issue 17).
    const Json own = findRecord(pulled.json(), "contribution", "c-flow-1");
    CHECK_EQ(own["fields"].size(), 2u);
    CHECK_EQ(own["fields"]["text"]["value"], Json());
    CHECK_EQ(own["fields"]["redacted"]["value"], Json(true));

    // Devices: nothing waiting once the kiosk has acknowledged its cursor (by sending it on its next
    // pull); one change waiting after a new prompt.
    CHECK_EQ(kiosk.pull(s).status, 200);
    CHECK_EQ(Json(a.get(s, "/dashboard/api/devices").json()["devices"][0]["waiting"]), Json(0));
    CHECK_EQ(a.post(s, "/dashboard/api/prompts", { { "text", { { "en", "Second question" } } } }).status, 200);
    CHECK_EQ(Json(a.get(s, "/dashboard/api/devices").json()["devices"][0]["waiting"]), Json(1));

    // Two coordinator devices edit the prompt's text offline; the conflict shows side by side and
    // settling it for the losing value makes that value win everywhere.
    Kiosk tabletX = enrolKiosk(s, org, site, "coordinator"), tabletY = enrolKiosk(s, org, site, "coordinator");
    const Json seen = findRecord(tabletX.pull(s).json(), "prompt", prompt);
    const std::string base = seen["fields"]["text"]["version"];
    auto textEdit = [&](Kiosk &k, const std::string &words, std::int64_t at) {
        return Json::array({ { { "id", "chg-t-" + k.id.substr(0, 8) }, { "kind", "prompt" }, { "record", prompt },
            { "fields",
                { { "text",
                    { { "value", { { "en", words } } }, { "version", k.version(at) }, { "base", base } } } } } } });
    };
    CHECK_EQ(tabletX.push(s, textEdit(tabletX, "X wording", nowMs())).status, 200);
    CHECK_EQ(tabletY.push(s, textEdit(tabletY, "Y wording", nowMs() + 1000)).status, 200);
    const Json conflicts = a.get(s, "/dashboard/api/conflicts").json()["conflicts"];
    CHECK_EQ(conflicts.size(), 1u);
    if (conflicts.size() == 1) {
        CHECK_EQ(conflicts[0]["kept_value"]["en"], Json("Y wording"));
        CHECK_EQ(conflicts[0]["other_value"]["en"], Json("X wording"));
        // Wrong types and values are refused with 400 and settle nothing (hole 7 of the hardening issue).
        const std::string settle = "/dashboard/api/conflicts/" + conflicts[0]["id"].dump() + "/settle";
        for (const Json &bad : { Json { { "keep", 5 } }, Json { { "keep", Json::array({ "other" }) } },
                 Json { { "keep", "both" } }, Json::object() })
            CHECK_EQ(a.post(s, settle, bad).status, 400);
        CHECK_EQ(Json(a.get(s, "/dashboard/api/conflicts").json()["conflicts"].size()), Json(1));
        const Reply settled = a.post(s, settle, { { "keep", "other" } });
        CHECK_EQ(settled.status, 200);
        CHECK_EQ(Json(settled.json()["text"]["en"]), Json("X wording"));
    }
    CHECK_EQ(Json(a.get(s, "/dashboard/api/conflicts").json()["conflicts"].size()), Json(0));
    const Json settledOnY = findRecord(tabletY.pull(s).json(), "prompt", prompt);
    CHECK_EQ(Json(settledOnY["fields"]["text"]["value"]["en"]), Json("X wording"));

    // Withdrawal by reference, typed loosely; purged on the server; confirmed once the kiosk pulls.
    const Reply found = a.get(s, "/dashboard/api/withdrawal/find?reference=flw-482");
    CHECK_EQ(found.status, 200);
    CHECK_EQ(Json(found.json()["matches"].size()), Json(1));
    CHECK_EQ(Json(found.json()["matches"][0]["id"]), Json("c-flow-1"));
    const Reply withdrawn = a.post(s, "/dashboard/api/contributions/c-flow-1/withdraw", Json::object());
    CHECK_EQ(withdrawn.status, 200);
    CHECK_EQ(Json(withdrawn.json()["server_purged"]), Json(true));
    CHECK_EQ(Json(withdrawn.json()["devices"][0]["held"]), Json(true));
    CHECK_EQ(Json(withdrawn.json()["devices"][0]["confirmed"]), Json(false));
    CHECK(!std::filesystem::exists(s.dir() / "media" / org / sha));
    CHECK_EQ(a.get(s, "/dashboard/api/contributions/c-flow-1").status, 404);
    CHECK_EQ(a.get(s, "/dashboard/api/media/" + sha).status, 404);
    CHECK_EQ(a.get(s, "/dashboard/api/withdrawal/find?reference=FLW482").status, 404);
    pulled = kiosk.pull(s);
    CHECK_EQ(Json(findRecord(pulled.json(), "contribution", "c-flow-1")["fields"]["withdrawn"]["value"]), Json(true));
    kiosk.pull(s); // the cursor a device sends is what it has applied
    CHECK_EQ(Json(a.get(s, "/dashboard/api/withdrawals/c-flow-1").json()["devices"][0]["confirmed"]), Json(true));
    // Later edits from the device are refused.
    const Json late { { "id", "chg-f4" }, { "kind", "contribution" }, { "record", "c-flow-1" },
        { "fields", { { "text", field(kiosk, "back again", nowMs()) } } } };
    CHECK_EQ(Json(kiosk.push(s, Json::array({ late })).json()["refused"].size()), 1u);
    CHECK_EQ(a.get(s, "/dashboard/api/export.csv").body.find("unredacted"), std::string::npos);
    return chorus::test::tally().finish();
}
