// Co-production over real processes and a faulty network: group sessions run offline on two tablets
// (ideas, dot votes, the facilitator's note) and "me too" supports tapped on three kiosks for an idea
// a coordinator published on the dashboard all reach chorus-server exactly once through a fault
// proxy, and the dashboard's counts equal the sum of what was cast.

#include "faultproxy.h"
#include "syncharness.h"

#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/groupsessionrepository.h"
#include "storage/publishedidearepository.h"

#include <httplib.h>

#include <QTest>

using namespace chorus;
using namespace chorus::test;
using Json = nlohmann::json;

namespace {
const QString kSync = QStringLiteral("sync");
const char *const kPassword = "a long test password";

// The dashboard as a coordinator sees it, over HTTP.
class Dashboard {
public:
    Dashboard(SyncHarness &h)
        : m_client("127.0.0.1", h.serverPort())
    {
        qputenv("CHORUS_PASSWORD", kPassword);
        (void)h.admin({ QStringLiteral("create-coordinator"), h.orgId(), QStringLiteral("coord@example.org") });
        qunsetenv("CHORUS_PASSWORD");
        auto r = m_client.Post("/dashboard/api/login",
            Json { { "email", "coord@example.org" }, { "password", kPassword } }.dump(), "application/json");
        if (!r || r->status != 200)
            throw std::runtime_error("dashboard sign-in failed");
        const std::string cookie = r->get_header_value("Set-Cookie");
        m_cookie = cookie.substr(0, cookie.find(';'));
        m_csrf = Json::parse(r->body)["csrf"].get<std::string>();
    }
    Json get(const std::string &path)
    {
        auto r = m_client.Get(path, { { "Cookie", m_cookie } });
        if (!r || r->status != 200)
            throw std::runtime_error("GET " + path + " failed");
        return Json::parse(r->body);
    }
    std::string raw(const std::string &path)
    {
        auto r = m_client.Get(path, { { "Cookie", m_cookie } });
        return r && r->status == 200 ? r->body : std::string();
    }
    Json post(const std::string &path, const Json &body)
    {
        auto r = m_client.Post(
            path, { { "Cookie", m_cookie }, { "X-CSRF-Token", m_csrf } }, body.dump(), "application/json");
        if (!r || r->status != 200)
            throw std::runtime_error("POST " + path + " failed: " + (r ? r->body : std::string("no answer")));
        return Json::parse(r->body);
    }

private:
    httplib::Client m_client;
    std::string m_cookie, m_csrf;
};

struct Cast {
    QHash<QString, int> dotsPerIdea;
    int voteRecords = 0;
    int ideas = 0;
};

// One session as a tablet runs it offline: the session, three ideas (contributions naming it), four
// participants' dots, then the end with the facilitator's note.
QString runSession(SyncHarness &h, const QString &device, int seed, Cast &cast)
{
    auto store = DeviceStore::open(h.dbPath(device));
    GroupSessionRepository sessions(*store);
    ContributionRepository contributions(*store);
    GroupSession s;
    s.id = QStringLiteral("gs-%1-%2").arg(device).arg(seed);
    s.question = QStringLiteral("What should we do next? (%1)").arg(seed);
    s.startedAt = QDateTime::currentDateTimeUtc();
    s.dots = 3;
    sessions.save(s);
    QStringList ideaIds;
    for (int i = 0; i < 3; ++i) {
        Contribution idea;
        idea.promptId = s.id;
        idea.groupSessionId = s.id;
        idea.format = AnswerFormat::Write;
        idea.text = QStringLiteral("Idea %1 of %2").arg(i).arg(s.id);
        ideaIds << contributions.save(idea).id;
        ++cast.ideas;
    }
    for (int person = 1; person <= 4; ++person) {
        // Person p: two dots on idea p % 3, one on idea (p + seed) % 3.
        QHash<QString, int> mine;
        mine[ideaIds[person % 3]] += 2;
        mine[ideaIds[(person + seed) % 3]] += 1;
        QList<GroupVote> votes;
        for (auto it = mine.cbegin(); it != mine.cend(); ++it) {
            votes << GroupVote { {}, s.id, it.key(), person, it.value(), QDateTime::currentDateTimeUtc(), {} };
            cast.dotsPerIdea[it.key()] += it.value();
        }
        cast.voteRecords += int(sessions.saveVotes(votes).size());
    }
    s.participants = 4;
    s.nextStep = QStringLiteral("Staff take the top idea to the team meeting");
    s.endedAt = QDateTime::currentDateTimeUtc();
    sessions.save(s);
    return s.id;
}
} // namespace

class TestCoproductionSync : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void sessionsAndSupportsArriveOnceAndAddUp()
    {
        SyncHarness h;
        QVERIFY(h.startServer());
        Dashboard dashboard(h);
        FaultProxy proxy(h.serverPort());
        proxy.setFaultPercent(15);
        const QString viaProxy = QStringLiteral("http://127.0.0.1:%1").arg(proxy.port());
        const QStringList tablets { QStringLiteral("tablet-a"), QStringLiteral("tablet-b") };
        const QStringList kiosks { QStringLiteral("kiosk-a"), QStringLiteral("kiosk-b"), QStringLiteral("kiosk-c") };
        h.enrol(tablets[0], QStringLiteral("outreach"));
        h.enrol(tablets[1], QStringLiteral("kiosk"));
        for (const auto &k : kiosks)
            h.enrol(k, QStringLiteral("kiosk"));

        // A coordinator publishes an idea for kiosks; each kiosk receives it on its next sync.
        const Json published = dashboard.post("/dashboard/api/published-ideas",
            { { "text", { { "en", "A quiet room on Tuesdays" }, { "cy", "Ystafell dawel ar ddydd Mawrth" } } } });
        const QString ideaId = QString::fromStdString(published["id"].get<std::string>());
        for (const auto &k : kiosks)
            QCOMPARE(h.cli(k, { kSync, QStringLiteral("--server"), h.serverUrl() }).exitCode, 0);

        Cast cast;
        QStringList sessionIds;
        int supports = 0, failedRuns = 0;
        for (int seed = 1; seed <= 12; ++seed) {
            proxy.setSeed(static_cast<std::uint64_t>(seed));
            const QString tablet = tablets[seed % 2];
            if (seed % 3 != 0)
                sessionIds << runSession(h, tablet, seed, cast);
            const QString kiosk = kiosks[seed % 3];
            {
                auto store = DeviceStore::open(h.dbPath(kiosk));
                PublishedIdeaRepository ideas(*store);
                QCOMPARE(ideas.published(QString()).size(), 1);
                for (int tap = 0; tap < 1 + seed % 3; ++tap) {
                    (void)ideas.addSupport(ideaId, h.siteId());
                    ++supports;
                }
            }
            for (const QString &device : { tablet, kiosk }) {
                const CliResult r = h.cli(device,
                    { kSync, QStringLiteral("--server"), viaProxy, QStringLiteral("--timeout-ms"),
                        QStringLiteral("5000"), QStringLiteral("--batch"), QStringLiteral("4") });
                failedRuns += r.exitCode != 0 ? 1 : 0;
                QVERIFY2(r.exitCode == 0 || r.exitCode == 1, r.err.constData());
            }
        }
        const auto &c = proxy.counts();
        qInfo("faults: %d drops, %d resets, %d duplicates, %d truncations, %d swallowed answers; %d runs failed",
            c.drops.load(), c.resets.load(), c.duplicates.load(), c.truncations.load(), c.swallowed.load(), failedRuns);
        // The faults were real, or this proves nothing.
        QVERIFY(failedRuns > 0);
        QVERIFY(c.duplicates > 0 && c.swallowed > 0);

        // The faults stop; one clean sync each.
        for (const auto &device : tablets + kiosks)
            QCOMPARE(h.cli(device, { kSync, QStringLiteral("--server"), h.serverUrl() }).exitCode, 0);

        // Everything arrived, once.
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM group_sessions")), sessionIds.size());
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM votes")), cast.voteRecords);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM supports")), supports);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE group_session_id IS NOT NULL")),
            cast.ideas);
        // One change-log entry per vote and support record: no retried push applied twice.
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM changelog WHERE kind = 'vote'")), cast.voteRecords);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM changelog WHERE kind = 'support'")), supports);

        // The dashboard counts what was cast.
        const Json sessions = dashboard.get("/dashboard/api/group-sessions")["sessions"];
        QCOMPARE(int(sessions.size()), sessionIds.size());
        int dotsShown = 0, ideasShown = 0;
        for (const Json &s : sessions) {
            QCOMPARE(s["participants"].get<int>(), 4);
            QCOMPARE(s["next_step"].get<std::string>(), std::string("Staff take the top idea to the team meeting"));
            QCOMPARE(s["total_dots"].get<int>(), 12);
            std::int64_t previous = INT64_MAX;
            for (const Json &idea : s["ideas"]) {
                const QString id = QString::fromStdString(idea["id"].get<std::string>());
                QCOMPARE(idea["votes"].get<int>(), cast.dotsPerIdea.value(id));
                QVERIFY(idea["votes"].get<std::int64_t>() <= previous); // ranked, most dots first
                previous = idea["votes"].get<std::int64_t>();
                dotsShown += idea["votes"].get<int>();
                ++ideasShown;
            }
        }
        int dotsCast = 0;
        for (int n : cast.dotsPerIdea)
            dotsCast += n;
        QCOMPARE(dotsShown, dotsCast);
        QCOMPARE(ideasShown, cast.ideas);
        const Json ideas = dashboard.get("/dashboard/api/published-ideas")["ideas"];
        QCOMPARE(int(ideas.size()), 1);
        QCOMPARE(ideas[0]["supports"].get<int>(), supports);

        // The exports say the same: one CSV row per idea, with its dots.
        const std::string csv = dashboard.raw("/dashboard/api/group-sessions.csv");
        QCOMPARE(int(std::count(csv.begin(), csv.end(), '\n')), 1 + cast.ideas);
        const Json exported = Json::parse(dashboard.raw("/dashboard/api/group-sessions.json"));
        QVERIFY(exported["sessions"] == sessions);
    }
};

QTEST_GUILESS_MAIN(TestCoproductionSync)
#include "tst_coproductionsync.moc"
