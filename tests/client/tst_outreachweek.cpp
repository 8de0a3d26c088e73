// A week in the field against a real chorus-server (issue 15): an outreach tablet with no signal
// takes 100 answers across 3 sessions while its clock is moved (two days behind after a flat
// battery, then set three days ahead), and chorus-cli is SIGKILLed in the middle of saving. A worker
// withdraws one answer at the person's request and, with the clock by then five days behind the
// answer, corrects a typo in another (through SessionAnswers, as the home screen does). Then one
// sync: every answer the tablet saved arrives exactly once, with its session and assisted mark; the
// correction wins and nothing else changed; the withdrawn answer is nowhere on the server.

#include "syncharness.h"

#include "clock/hlc.h"
#include "clock/walloffset.h"
#include "controllers/sessionanswers.h"
#include "domain/identifiers.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/outreachrepository.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

#include <csignal>

#include <httplib.h>
#include <nlohmann/json.hpp>

using namespace chorus;
using namespace chorus::test;
using Json = nlohmann::json;

namespace {
constexpr qint64 kDay = 24LL * 3600 * 1000;
const QString kTypo = QStringLiteral("WEEK-TYPO the hostle has no hot water");
const QString kFixed = QStringLiteral("WEEK-FIXED the hostel has no hot water");
const QString kWithdrawn = QStringLiteral("WEEK-WITHDRAWN-CANARY-5q1w please forget this");

// A coordinator publishes a worker on the dashboard, as in the field; returns the worker's id.
QString publishWorker(SyncHarness &h)
{
    qputenv("CHORUS_PASSWORD", "outreach-week-password-1");
    (void)h.admin({ QStringLiteral("create-coordinator"), h.orgId(), QStringLiteral("coord@week.test") });
    httplib::Client c("127.0.0.1", h.serverPort());
    auto login = c.Post("/dashboard/api/login",
        Json { { "email", "coord@week.test" }, { "password", "outreach-week-password-1" } }.dump(), "application/json");
    if (!login || login->status != 200)
        return {};
    const std::string cookie = login->get_header_value("Set-Cookie");
    const httplib::Headers headers { { "Cookie", cookie.substr(0, cookie.find(';')) },
        { "X-CSRF-Token", Json::parse(login->body)["csrf"].get<std::string>() } };
    auto r = c.Post(
        "/dashboard/api/workers", headers, Json { { "name", "Aled" }, { "pin", "2468" } }.dump(), "application/json");
    if (!r || r->status != 200)
        return {};
    return QString::fromStdString(Json::parse(r->body).value("id", std::string()));
}

QDateTime deviceNow()
{
    return QDateTime::fromMSecsSinceEpoch(sync::HybridClock::systemWallMs(), Qt::UTC);
}

struct Taken {
    QString id;
    QString reference;
    QString session;
    QString assistedBy;
    QString text;
};
} // namespace

class TestOutreachWeek : public QObject {
    Q_OBJECT

    static Contribution answer(const QString &session, const QString &text, const QString &helper)
    {
        Contribution c;
        c.promptId = QStringLiteral("p-week");
        c.format = AnswerFormat::Write;
        c.text = text;
        c.outreachSessionId = session;
        c.assistedBy = helper;
        return c;
    }

private Q_SLOTS:
    void aWeekOfflineThenOneSync()
    {
        QElapsedTimer clock;
        clock.start();
        SyncHarness h;
        QVERIFY(h.startServer());
        const QString worker = publishWorker(h);
        QVERIFY(!worker.isEmpty());
        h.enrol(QStringLiteral("tablet"), QStringLiteral("outreach"));
        QCOMPARE(h.cli(QStringLiteral("tablet"), { QStringLiteral("sync") }).exitCode, 0); // the worker arrives
        const QString db = h.dbPath(QStringLiteral("tablet"));
        const QString media = h.mediaDir(QStringLiteral("tablet"));

        QList<Taken> taken; // every answer whose save returned
        QList<OutreachSession> sessions;
        QString withdrawnId, correctedId;
        {
            auto store = DeviceStore::open(db);
            ContributionRepository repository(*store);
            OutreachRepository outreach(*store);
            SessionAnswers answers(*store, media);
            const auto begin = [&](const QString &place) {
                sessions << OutreachSession { newUuidV7(), worker, {}, place, deviceNow(), {} };
                outreach.save(sessions.last());
                answers.setSession(sessions.last().id);
                return sessions.last().id;
            };
            const auto end = [&] {
                sessions.last().endedAt = deviceNow();
                outreach.save(sessions.last());
                answers.setSession({});
            };
            const auto take = [&](const QString &session, const QString &text, const QString &helper, bool mayOpen) {
                answers.answerBegun();
                answers.setWorkerMayOpen(mayOpen);
                const Contribution c = repository.save(answer(session, text, helper));
                answers.noteSaved(c);
                taken << Taken { c.id, c.reference, session, helper, text };
                return c.id;
            };

            // Day 1, the clock right: 40 answers at a market, every third assisted; the person who
            // gave the fifth asks for it back.
            const QString market = begin(QStringLiteral("Market street"));
            for (int i = 0; i < 40; ++i)
                take(market, i == 5 ? kWithdrawn : QStringLiteral("WEEK-1-%1 the bus was late").arg(i),
                    i % 3 == 0 ? worker : QString(), i == 5);
            withdrawnId = taken.at(5).id;
            QVERIFY(answers.withdraw(withdrawnId));
            taken.removeAt(5);
            end();

            // A flat battery: the clock comes back two days behind. A food bank, every answer
            // assisted, saved by chorus-cli, which is killed in the middle of saving.
            sync::setWallOffsetMs(-2 * kDay);
            const QString foodBank = begin(QStringLiteral("Food bank"));
            QProcess child;
            child.start(QStringLiteral(CHORUS_DEFAULT_BUILD_DIR "/cpp/chorus-cli"),
                { QStringLiteral("--db"), db, QStringLiteral("--clock-offset-ms"), QString::number(-2 * kDay),
                    QStringLiteral("add"), QStringLiteral("--prompt"), QStringLiteral("p-week"),
                    QStringLiteral("--text"), QStringLiteral("WEEK-2 no food left by noon"),
                    QStringLiteral("--outreach-session"), foodBank, QStringLiteral("--assisted-by"), worker,
                    QStringLiteral("--count"), QStringLiteral("100000") });
            QVERIFY(child.waitForStarted());
            QStringList printed;
            while (printed.size() < 30) {
                if (!child.canReadLine() && !child.waitForReadyRead(10000))
                    QFAIL(qPrintable(
                        QStringLiteral("chorus-cli stopped: ") + QString::fromLocal8Bit(child.readAllStandardError())));
                while (child.canReadLine() && printed.size() < 30)
                    printed << QString::fromLatin1(child.readLine()).trimmed();
            }
            ::kill(static_cast<pid_t>(child.processId()), SIGKILL); // mid-save: it never stops saving
            QVERIFY(child.waitForFinished(10000));
            QCOMPARE(child.exitStatus(), QProcess::CrashExit);
            {
                auto s = store->db().prepare("SELECT id, reference, assisted_by FROM contributions"
                                             " WHERE outreach_session_id = ?1 ORDER BY id");
                s.bind(1, foodBank.toStdString());
                QStringList held;
                while (s.step()) {
                    // Every save that completed is durable and must arrive, reported or not (the
                    // child may be a few saves ahead of what was read when it is killed).
                    held << QString::fromStdString(s.text(1));
                    QCOMPARE(QString::fromStdString(s.text(2)), worker);
                    taken << Taken { QString::fromStdString(s.text(0)), QString::fromStdString(s.text(1)), foodBank,
                        worker, QStringLiteral("WEEK-2 no food left by noon") };
                }
                for (const QString &reference : printed)
                    QVERIFY2(held.contains(reference), qPrintable(reference + QStringLiteral(" was lost in the kill")));
                qInfo("the kill left %lld answers of the food bank, 30 of them reported saved", qint64(held.size()));
            }
            sessions.last().endedAt = deviceNow();
            outreach.save(sessions.last());

            // Set ahead by hand: three days fast. A hostel; the fourth person lets the worker open
            // their answer, and its typo is put right after the clock falls back five days.
            sync::setWallOffsetMs(3 * kDay);
            SessionAnswers hostelAnswers(*store, media);
            sessions << OutreachSession { newUuidV7(), worker, {}, QStringLiteral("Hostel"), deviceNow(), {} };
            outreach.save(sessions.last());
            hostelAnswers.setSession(sessions.last().id);
            for (int i = 0; i < 30; ++i) {
                hostelAnswers.answerBegun();
                hostelAnswers.setWorkerMayOpen(i == 3);
                const QString text = i == 3 ? kTypo : QStringLiteral("WEEK-3-%1 the heating is off").arg(i);
                const QString helper = i % 2 ? worker : QString();
                const Contribution c = repository.save(answer(sessions.last().id, text, helper));
                hostelAnswers.noteSaved(c);
                taken << Taken { c.id, c.reference, sessions.last().id, helper, text };
            }
            correctedId = taken.at(taken.size() - 27).id;
            QCOMPARE(taken.at(taken.size() - 27).text, kTypo);
            sync::setWallOffsetMs(-2 * kDay);
            QCOMPARE(hostelAnswers.correct(correctedId, kFixed), QString());
            taken[taken.size() - 27].text = kFixed;
            sessions.last().endedAt = deviceNow();
            outreach.save(sessions.last());
            hostelAnswers.setSession({});
        }
        sync::setWallOffsetMs(0);
        QVERIFY(taken.size() >= 99); // at least 100 taken and saved, one withdrawn

        // Back at base: one sync.
        const CliResult synced = h.cli(QStringLiteral("tablet"), { QStringLiteral("sync") });
        QVERIFY2(synced.exitCode == 0, synced.err.constData());
        QCOMPARE(h.cli(QStringLiteral("tablet"), { QStringLiteral("outbox") }).out.trimmed(), QByteArray("0"));
        QCOMPARE(h.cli(QStringLiteral("tablet"), { QStringLiteral("set-aside") }).out.trimmed(), QByteArray());

        // Everything acknowledged arrives exactly once, as it was taken.
        for (const Taken &t : taken) {
            const QStringList row = h.serverStrings(QStringLiteral(
                "SELECT reference || '|' || outreach_session_id || '|' || coalesce(assisted_by, '') || '|'"
                " || text FROM contributions WHERE id = '%1'")
                                                        .arg(t.id));
            QVERIFY2(row.size() == 1, qPrintable(t.id + QStringLiteral(" arrived %1 times").arg(row.size())));
            QCOMPARE(row.first(), QStringList({ t.reference, t.session, t.assistedBy, t.text }).join(QLatin1Char('|')));
        }
        const QString ours = QStringLiteral("outreach_session_id IN ('%1', '%2', '%3')")
                                 .arg(sessions.at(0).id, sessions.at(1).id, sessions.at(2).id);
        const qint64 held = h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE ") + ours);
        QCOMPARE(held, qint64(taken.size()));
        QCOMPARE(
            h.serverCount(QStringLiteral("SELECT count(DISTINCT reference) FROM contributions WHERE ") + ours), held);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE text LIKE 'WEEK-FIXED%'")), 1);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE text LIKE 'WEEK-TYPO%'")), 0);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM conflicts")), 0);

        // The sessions, with their worker, place and times as the tablet's clock read them.
        for (const OutreachSession &s : sessions) {
            const QStringList row = h.serverStrings(
                QStringLiteral("SELECT worker_id || '|' || place || '|' || started_at || '|' || ended_at"
                               " FROM outreach_sessions WHERE id = '%1'")
                    .arg(s.id));
            QCOMPARE(row,
                QStringList(QStringList({ worker, s.place, QString::number(s.startedAt.toMSecsSinceEpoch()),
                                            QString::number(s.endedAt.toMSecsSinceEpoch()) })
                                .join(QLatin1Char('|'))));
        }

        // Dated by the tablet's clock as it was: the food bank two days back, the hostel three ahead.
        const qint64 nowMs = QDateTime::currentMSecsSinceEpoch();
        const auto dated = [&](const char *aggregate, const QString &session) {
            return h.serverCount(
                QStringLiteral("SELECT %1(created_at) FROM contributions WHERE outreach_session_id = '%2'")
                    .arg(QLatin1String(aggregate), session));
        };
        QVERIFY(dated("max", sessions.at(1).id) < nowMs - kDay);
        QVERIFY(dated("min", sessions.at(2).id) > nowMs + 2 * kDay);

        // The withdrawal: remembered, and its words nowhere in the server's database.
        QCOMPARE(
            h.serverCount(QStringLiteral("SELECT count(*) FROM withdrawals WHERE record_id = '%1'").arg(withdrawnId)),
            1);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE id = '%1' AND text IS NOT NULL")
                                   .arg(withdrawnId)),
            0);
        QCOMPARE(h.serverCount(QStringLiteral("SELECT count(*) FROM changelog WHERE body LIKE '%WEEK-WITHDRAWN%'")), 0);
        QCOMPARE(
            h.serverCount(QStringLiteral("SELECT count(*) FROM contributions WHERE text LIKE '%WEEK-WITHDRAWN%'")), 0);

        qInfo("a week offline: %lld answers synced in %lld ms", held, clock.elapsed());
        QVERIFY2(clock.elapsed() < 60000, "the week must stay a quick test");
    }
};

QTEST_GUILESS_MAIN(TestOutreachWeek)
#include "tst_outreachweek.moc"
