// Co-production on the server, on SQLite and PostgreSQL: a group session from a tablet is ranked by
// its dots, ideas published on the dashboard reach kiosks and collect their "me too"s, outcomes move
// through the board; and what was made from an answer goes with it. Every way an answer is removed
// (the dashboard, the desk by its code, the kiosk that took it, retention, erasure, and a group
// session's idea taken back on its tablet) takes down the idea published from it, its supports and
// the dots on it: its words are in no table, change-log entry or file of the server, and the kiosks
// drop it on their next pull, their own supports of it too. A support tapped offline for an idea
// withdrawn meanwhile goes as it arrives. Kiosks pull published ideas and outcomes but no other
// device's group sessions, votes or supports.

#include "../sync/check.h"
#include "canaryscan.h"
#include "dashboardsession.h"
#include "serverharness.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>

using namespace chorus::test;

namespace {
constexpr std::int64_t kMonthMs = 31LL * 24 * 60 * 60 * 1000;

// The dashboard's published ideas by id, with their supports.
std::map<std::string, Json> publishedOnDashboard(const DashboardSession &dash)
{
    std::map<std::string, Json> out;
    for (const Json &idea : dash.get("/dashboard/api/published-ideas").body.value("ideas", Json::array()))
        out[idea["id"].get<std::string>()] = idea;
    return out;
}

std::int64_t serverCount(const std::string &db, const std::string &sql)
{
    auto c = openServerDatabase(db);
    auto s = c->prepare(sql);
    return s.step() ? s.integer(0) : -1;
}

// What a kiosk shows: published ideas it holds standing.
bool kioskShows(Device &kiosk, const std::string &ideaId)
{
    const auto idea = kiosk.read("published_idea", ideaId);
    return idea && fieldOf(idea, "published") == true && fieldOf(idea, "withdrawn") != true;
}
} // namespace

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "coproduction");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    ServerProcess server(db, dir.path() / "media");
    DashboardSession dash(server, db, org, "admin@example.org", true);

    auto answers = enrol(server, db, org, site, "kiosk");
    auto shows = enrol(server, db, org, site, "kiosk");
    auto tablet = enrol(server, db, org, site, "kiosk");
    auto coordinator = enrol(server, db, org, site, "coordinator");

    // A group session on the tablet: two ideas, dots on each.
    tablet->write("group_session", "gs-1",
        { { "question", "What should the centre do next?" }, { "dots", 3 }, { "participants", 2 } });
    tablet->write("contribution", "idea-1",
        { { "text", "CANARY-GROUP-IDEA a cooking club" }, { "group_session_id", "gs-1" }, { "format", "write" } });
    tablet->write("contribution", "idea-2",
        { { "text", "a later opening on Fridays" }, { "group_session_id", "gs-1" }, { "format", "write" } });
    tablet->write("vote", "v-1", { { "session_id", "gs-1" }, { "idea_id", "idea-1" }, { "participant", 1 }, { "dots", 3 } });
    tablet->write("vote", "v-2", { { "session_id", "gs-1" }, { "idea_id", "idea-2" }, { "participant", 2 }, { "dots", 1 } });
    tablet->write("vote", "v-3", { { "session_id", "gs-1" }, { "idea_id", "idea-1" }, { "participant", 2 }, { "dots", 2 } });
    CHECK_EQ(tablet->push().status, 200);
    {
        const Json sessions = dash.get("/dashboard/api/group-sessions").body.value("sessions", Json::array());
        CHECK_EQ(sessions.size(), 1u);
        CHECK_EQ(sessions[0].value("total_dots", 0), 6);
        CHECK_EQ(sessions[0]["ideas"][0].value("id", ""), std::string("idea-1"));
        CHECK_EQ(sessions[0]["ideas"][0].value("votes", 0), 5);
        CHECK_EQ(sessions[0]["ideas"][1].value("rank", 0), 2);
        // The review names a group idea by its session's question (its prompt_id is the session).
        const Json meta = dash.get("/dashboard/api/meta").body;
        CHECK_EQ(meta["group_sessions"].size(), 1u);
        CHECK_EQ(meta["group_sessions"][0].value("question", ""), std::string("What should the centre do next?"));
    }

    // Answers on a kiosk, one for each way of taking an answer back.
    const std::int64_t now = chorus::sync::HybridClock::systemWallMs();
    const std::vector<std::string> ways { "dashboard", "desk", "kiosk", "retention", "erasure" };
    for (std::size_t i = 0; i < ways.size(); ++i)
        answers->write("contribution", "ans-" + ways[i],
            { { "text", "CANARY-" + ways[i] + " what the person said" }, { "format", "write" },
                { "reference", "AAAA-BBBB-000" + std::to_string(i) },
                { "created_at", ways[i] == "retention" ? now - 30 * kMonthMs : now - 1000 } });
    CHECK_EQ(answers->push().status, 200);

    // The dashboard publishes an idea from each (its words the coordinator's, quoting the canary), and
    // one from nobody's answer that stays throughout.
    std::map<std::string, std::string> ideaOf;
    auto publish = [&](const std::string &source, const std::string &words, const Json &extra) {
        Json body { { "text", { { "en", words } } } };
        if (!source.empty())
            body["source_id"] = source;
        body.update(extra);
        const Response r = dash.post("/dashboard/api/published-ideas", body);
        CHECK_EQ(r.status, 200);
        return r.body.value("id", "");
    };
    for (const auto &way : ways)
        ideaOf[way] = publish("ans-" + way, "CANARY-" + way + " published", Json::object());
    ideaOf["group"] = publish("idea-1", "CANARY-GROUP-IDEA published", { { "group_session_id", "gs-1" } });
    const std::string standing = publish("", "A quiet room on Tuesdays", Json::object());

    // A drawing answer, published with its picture; then a voice answer nobody published.
    const std::string picture = "PNG CANARY-DRAWING-BYTES of a person's drawing";
    const std::string pictureSha = sha256Hex(picture);
    const std::string voice = "OggS a voice note no kiosk may fetch";
    const std::string voiceSha = sha256Hex(voice);
    answers->write("contribution", "ans-drawing", { { "format", "draw" }, { "media", { pictureSha } } });
    answers->write("contribution", "ans-voice", { { "format", "speak" }, { "media", { voiceSha } } });
    CHECK_EQ(answers->push().status, 200);
    for (const auto &bytes : { picture, voice })
        CHECK_EQ(answers
                     ->put("/v1/media/" + sha256Hex(bytes) + "?offset=0", bytes,
                         { { "Chorus-Media-Size", std::to_string(bytes.size()) } })
                     .status,
            200);
    CHECK_EQ(dash.post("/dashboard/api/published-ideas",
                     { { "text", { { "en", "heard" } } }, { "source_id", "ans-voice" }, { "picture", true } })
                 .status,
        400);
    ideaOf["drawing"] = publish("ans-drawing", "CANARY-DRAWING-IDEA a garden", { { "picture", true } });

    // The showing kiosk gets them all, and taps "me too" on each.
    CHECK_EQ(shows->pullAll().status, 200);
    int tap = 0;
    for (const auto &[way, id] : ideaOf) {
        CHECK(kioskShows(*shows, id));
        shows->write("support", "s-" + std::to_string(++tap), { { "idea_id", id }, { "site_id", site } });
    }
    shows->write("support", "s-standing", { { "idea_id", standing } });
    CHECK_EQ(shows->push().status, 200);
    for (const auto &[id, idea] : publishedOnDashboard(dash))
        CHECK_EQ(idea.value("supports", 0), 1);

    // Kiosks pull what they show, not another device's session, votes or supports; the tablet that
    // ran the session and a coordinator device get them.
    CHECK_EQ(answers->pullAll().status, 200);
    CHECK_EQ(tablet->pullAll().status, 200);
    CHECK_EQ(coordinator->pullAll().status, 200);
    CHECK(kioskShows(*answers, standing));
    CHECK(!answers->read("group_session", "gs-1"));
    CHECK(!answers->read("vote", "v-1"));
    CHECK(!shows->read("vote", "v-1"));
    CHECK(!answers->read("support", "s-standing"));
    CHECK(!tablet->read("support", "s-standing"));
    CHECK(coordinator->read("group_session", "gs-1").has_value());
    CHECK(coordinator->read("vote", "v-1").has_value());
    CHECK(coordinator->read("support", "s-standing").has_value());
    CHECK(tablet->read("vote", "v-1").has_value());

    // The board: an outcome answering the standing idea moves through its statuses.
    const Response outcome = dash.post("/dashboard/api/outcomes",
        { { "said", { { "en", "You said you wanted a quiet room" } } }, { "did", { { "en", "Tuesdays, room 2" } } },
            { "themes", { "space" } }, { "idea_ids", { standing } }, { "published", true } });
    CHECK_EQ(outcome.status, 200);
    const std::string outcomeId = outcome.body.value("id", "");
    CHECK_EQ(dash.post("/dashboard/api/outcomes/" + outcomeId + "/status", { { "status", "planned" } }).status, 200);
    CHECK_EQ(dash.post("/dashboard/api/outcomes/" + outcomeId + "/status", { { "status", "not_possible" } }).status, 400);
    CHECK_EQ(dash.post("/dashboard/api/outcomes/" + outcomeId + "/status", { { "status", "done" } }).status, 200);
    CHECK_EQ(shows->pullAll().status, 200);
    CHECK_EQ(fieldOf(shows->read("outcome", outcomeId), "status"), std::string("done"));
    // A kiosk fetches the drawing an idea shows, and no other answer's media.
    CHECK_EQ(fieldOf(shows->read("published_idea", ideaOf["drawing"]), "symbol"), "picture:" + pictureSha);
    CHECK_EQ(shows->get("/v1/media/" + pictureSha).raw, picture);
    CHECK_EQ(shows->get("/v1/media/" + voiceSha).status, 403);

    // Every way of taking an answer back.
    CHECK_EQ(dash.post("/dashboard/api/contributions/ans-dashboard/withdraw").status, 200);
    CHECK_EQ(shows->post("/v1/withdraw-by-code", Json { { "reference", "AAAA-BBBB-0001" } }.dump())
                 .body.value("outcome", ""),
        std::string("withdrawn"));
    answers->write("contribution", "ans-kiosk", { { "withdrawn", true } });
    CHECK_EQ(answers->push().status, 200);
    CHECK_EQ(dash.post("/dashboard/api/retention/purge").body.value("purged", -1), 1);
    CHECK_EQ(dash.post("/dashboard/api/subject-access/erase", { { "ids", { "ans-erasure" } } }).status, 200);
    // A redaction that takes the drawing out takes down the idea showing it.
    CHECK_EQ(dash.post("/dashboard/api/contributions/ans-drawing/redact", { { "remove_media", { pictureSha } } }).status,
        200);
    CHECK(shows->get("/v1/media/" + pictureSha).status >= 400);
    // The tablet's facilitator takes a group idea back, while the showing kiosk, offline, taps
    // "me too" on the idea published from it once more.
    tablet->write("contribution", "idea-1", { { "withdrawn", true } });
    CHECK_EQ(tablet->push().status, 200);
    shows->write("support", "s-late", { { "idea_id", ideaOf["group"] } });
    CHECK_EQ(shows->push().status, 200);

    // Gone from the server: the published ideas and their supports, the dots on the group idea.
    const auto left = publishedOnDashboard(dash);
    CHECK_EQ(left.size(), 1u);
    CHECK(left.count(standing) == 1);
    CHECK_EQ(left.at(standing).value("supports", 0), 1);
    CHECK_EQ(serverCount(db, "SELECT count(*) FROM published_ideas WHERE coalesce(withdrawn, 0) = 0"), 1);
    CHECK_EQ(serverCount(db, "SELECT count(*) FROM supports WHERE coalesce(withdrawn, 0) = 0"), 1);
    CHECK_EQ(serverCount(db, "SELECT count(*) FROM supports WHERE idea_id IS NOT NULL"), 1);
    CHECK_EQ(serverCount(db, "SELECT count(*) FROM votes WHERE coalesce(withdrawn, 0) = 0"), 1);
    {
        const Json sessions = dash.get("/dashboard/api/group-sessions").body.value("sessions", Json::array());
        CHECK_EQ(sessions[0].value("total_dots", 0), 1);
        CHECK_EQ(sessions[0]["ideas"].size(), 1u);
        // The exports, streamed a session at a time, say the same and hold no withdrawn idea.
        const Response json = dash.get("/dashboard/api/group-sessions.json");
        CHECK_EQ(json.status, 200);
        CHECK(json.body.value("sessions", Json()) == sessions);
        const Response csv = dash.get("/dashboard/api/group-sessions.csv");
        CHECK_EQ(csv.status, 200);
        for (const Response *r : { &json, &csv }) {
            const auto encoding = r->headers.find("Transfer-Encoding");
            CHECK(encoding != r->headers.end() && encoding->second == "chunked");
        }
        CHECK_EQ(std::count(csv.raw.begin(), csv.raw.end(), '\n'), 2);
        CHECK(csv.raw.find("a later opening on Fridays") != std::string::npos);
        CHECK(csv.raw.find("CANARY") == std::string::npos);
    }
    // Nothing can be published from a withdrawn answer, nor a withdrawn idea edited back.
    CHECK_EQ(dash.post("/dashboard/api/published-ideas", { { "text", { { "en", "again" } } }, { "source_id", "ans-desk" } })
                 .status,
        400);
    CHECK_EQ(dash.post("/dashboard/api/published-ideas/" + ideaOf["desk"], { { "published", true } }).status, 404);

    // The kiosks drop them, their own supports too; a coordinator device enrolled now never sees them.
    for (Device *d : { shows.get(), answers.get(), tablet.get(), coordinator.get() })
        CHECK_EQ(d->pullAll().status, 200);
    for (const auto &[way, id] : ideaOf) {
        CHECK(!kioskShows(*shows, id));
        CHECK(!kioskShows(*answers, id));
        CHECK_EQ(fieldOf(shows->read("published_idea", id), "withdrawn"), true);
        CHECK(shows->dump("published_ideas", "id = '" + id + "'").find("CANARY") == std::string::npos);
    }
    CHECK(kioskShows(*shows, standing));
    CHECK(shows->dump("supports", "idea_id IS NOT NULL").find(standing) != std::string::npos);
    CHECK_EQ(shows->dump("supports", "idea_id IS NOT NULL AND idea_id <> '" + standing + "'"), std::string());
    CHECK_EQ(fieldOf(shows->read("support", "s-late"), "withdrawn"), true);
    CHECK_EQ(fieldOf(tablet->read("vote", "v-1"), "withdrawn"), true);
    CHECK_EQ(fieldOf(coordinator->read("vote", "v-3"), "withdrawn"), true);
    CHECK_EQ(fieldOf(coordinator->read("vote", "v-2"), "dots"), 1);
    auto late = enrol(server, db, org, site, "coordinator");
    const std::string everything = late->get("/v1/pull?cursor=0&limit=1000").raw;
    CHECK(everything.find("CANARY") == std::string::npos);
    CHECK(everything.find("A quiet room") != std::string::npos);
    for (const auto &way : ways)
        CHECK(whereCanaryIs(db, dir.path(), "CANARY-" + way).empty());
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-GROUP-IDEA").empty());
    CHECK(whereCanaryIs(db, dir.path(), "CANARY-DRAWING").empty());
    // The ledger names what went with each answer, so a restored backup takes them down again.
    {
        std::ifstream in(dir.path() / "media.removals");
        const std::string ledger { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
        for (const char *kind : { "published_idea", "support", "vote" })
            CHECK(ledger.find(std::string("\"kind\":\"") + kind + "\"") != std::string::npos);
        CHECK(ledger.find("CANARY") == std::string::npos);
    }
    return tally().finish();
}
