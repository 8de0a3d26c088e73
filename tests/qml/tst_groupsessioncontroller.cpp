// A group session on one tablet: ideas sent through the ordinary answer flow become the session's
// ideas, each participant's dots are saved as vote records of their own, the ranking follows the
// dots, hidden totals stay hidden until the results, and ending the session forgets the ideas.

#include "controllers/groupsessioncontroller.h"
#include "controllers/kiosksession.h"
#include "storage/contributionrepository.h"
#include "storage/contributionwriter.h"
#include "storage/devicestore.h"
#include "storage/groupsessionrepository.h"
#include "storage/mediastore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;

class TestGroupSessionController : public QObject {
    Q_OBJECT

    struct Rig {
        QTemporaryDir dir;
        std::unique_ptr<DeviceStore> store;
        std::unique_ptr<MediaStore> media;
        std::unique_ptr<ContributionWriter> writer;
        std::unique_ptr<KioskSession> answers;
        std::unique_ptr<GroupSessionRepository> repository;
        std::unique_ptr<GroupSessionController> group;
        Rig()
        {
            const QString db = dir.filePath(QStringLiteral("device.sqlite"));
            const QString mediaDir = dir.filePath(QStringLiteral("media"));
            store = DeviceStore::open(db);
            media = std::make_unique<MediaStore>(*store, mediaDir);
            writer = std::make_unique<ContributionWriter>(db, mediaDir);
            answers = std::make_unique<KioskSession>(*writer, *media, QString());
            repository = std::make_unique<GroupSessionRepository>(*store);
            group = std::make_unique<GroupSessionController>(*repository, *writer, *answers, QString());
        }
        // One person's idea, through the same calls the answer screens make.
        void sendIdea(const QString &format, const QString &text = {}, int rating = 0)
        {
            QSignalSpy sent(answers.get(), &KioskSession::stateChanged);
            answers->beginGroupIdea(group->sessionId());
            answers->chooseFormat(format);
            if (format == QLatin1String("write"))
                answers->setText(text);
            if (format == QLatin1String("faces"))
                answers->setRating(rating);
            if (format == QLatin1String("pictures"))
                answers->setPile(QStringLiteral("food"), QStringLiteral("good"));
            answers->send();
            QTRY_COMPARE_WITH_TIMEOUT(answers->state(), KioskSession::State::Sent, 5000);
            answers->reset();
        }
        QString ideaId(int index) const
        {
            return group->ideas().at(index).toMap().value(QStringLiteral("ideaId")).toString();
        }
    };

private Q_SLOTS:
    void refusesAnEmptyQuestion()
    {
        Rig rig;
        QVERIFY(!rig.group->start(QStringLiteral("   "), 3, false));
        QVERIFY(!rig.group->errorMessage().isEmpty());
        QVERIFY(!rig.group->active());
        QVERIFY(!rig.group->start(QStringLiteral("What next?"), 0, false));
    }

    void ideasFromEveryFormatAreTheSessions()
    {
        Rig rig;
        QVERIFY(rig.group->start(QStringLiteral("What should the centre do next?"), 3, false));
        rig.sendIdea(QStringLiteral("write"), QStringLiteral("A cooking class"));
        rig.sendIdea(QStringLiteral("faces"), {}, 5);
        rig.sendIdea(QStringLiteral("pictures"));
        QCOMPARE(rig.group->ideas().size(), 3);
        const QVariantMap first = rig.group->ideas().at(0).toMap();
        QCOMPARE(first.value(QStringLiteral("text")).toString(), QStringLiteral("A cooking class"));
        QCOMPARE(rig.group->ideas().at(1).toMap().value(QStringLiteral("rating")).toInt(), 5);
        QCOMPARE(rig.group->ideas().at(2).toMap().value(QStringLiteral("piles")).toMap().value(QStringLiteral("food")),
            QVariant(QStringLiteral("good")));

        // Each idea is a contribution naming the session.
        ContributionRepository contributions(*rig.store);
        const auto stored = contributions.find(rig.ideaId(0));
        QVERIFY(stored);
        QCOMPARE(stored->groupSessionId, rig.group->sessionId());
        // The giver of the latest idea sees its code, to take it back later.
        QCOMPARE(rig.group->lastReference(), contributions.find(rig.ideaId(2))->reference);

        // An ordinary visit's answer is not an idea of the session.
        rig.answers->begin(QStringLiteral("demo-services"));
        rig.answers->chooseFormat(QStringLiteral("write"));
        rig.answers->setText(QStringLiteral("Not an idea"));
        rig.answers->send();
        QTRY_COMPARE_WITH_TIMEOUT(rig.answers->state(), KioskSession::State::Sent, 5000);
        QCOMPARE(rig.group->ideas().size(), 3);
    }

    void dotsAreCappedSavedAndRanked()
    {
        Rig rig;
        QVERIFY(rig.group->start(QStringLiteral("What next?"), 3, false));
        for (const char *idea : { "Cooking", "Garden", "Music" })
            rig.sendIdea(QStringLiteral("write"), QString::fromLatin1(idea));
        const QString cooking = rig.ideaId(0), garden = rig.ideaId(1), music = rig.ideaId(2);
        rig.group->beginVoting();
        QCOMPARE(rig.group->phase(), GroupSessionController::Phase::Voting);
        QCOMPARE(rig.group->voter(), 1);
        QVERIFY(rig.group->lastReference().isEmpty());

        // Four people: garden 3+2+1 = 6, cooking 0+1+1+3 = 5, music 0+0+1+0 = 1.
        const QList<QList<QString>> ballots = {
            { garden, garden, garden },
            { garden, garden, cooking },
            { garden, cooking, music },
            { cooking, cooking, cooking },
        };
        for (int person = 0; person < ballots.size(); ++person) {
            for (const QString &idea : ballots.at(person))
                rig.group->addDot(idea);
            // A fourth dot is not there to give.
            rig.group->addDot(music);
            QCOMPARE(rig.group->dotsLeft(), 0);
            QVERIFY(rig.group->finishVoter());
            QCOMPARE(rig.group->phase(), GroupSessionController::Phase::Handover);
            if (person + 1 < ballots.size())
                rig.group->nextVoter();
        }
        rig.group->showResults();
        QCOMPARE(rig.group->participants(), 4);
        QCOMPARE(rig.group->totalDots(), 12);
        const QVariantList results = rig.group->results();
        QCOMPARE(results.size(), 3);
        QCOMPARE(results.at(0).toMap().value(QStringLiteral("ideaId")).toString(), garden);
        QCOMPARE(results.at(0).toMap().value(QStringLiteral("votes")).toInt(), 6);
        QCOMPARE(results.at(1).toMap().value(QStringLiteral("votes")).toInt(), 5);
        QCOMPARE(results.at(2).toMap().value(QStringLiteral("ideaId")).toString(), music);
        QCOMPARE(results.at(2).toMap().value(QStringLiteral("rank")).toInt(), 3);

        // The store holds one vote record per person and idea, adding up to what was cast.
        const QList<GroupVote> votes = rig.repository->votes(rig.group->sessionId());
        QCOMPARE(votes.size(), 7); // 1 + 2 + 3 + 1 ideas per person
        QHash<QString, int> sums;
        for (const GroupVote &v : votes)
            sums[v.ideaId] += v.dots;
        QCOMPARE(sums.value(garden), 6);
        QCOMPARE(sums.value(cooking), 5);
        QCOMPARE(sums.value(music), 1);

        rig.group->setNextStep(QStringLiteral("Staff ask the council about the garden"));
        const QString id = rig.group->sessionId();
        QVERIFY(rig.group->end());
        QVERIFY(!rig.group->active());
        QVERIFY(rig.group->ideas().isEmpty());
        const auto saved = rig.repository->find(id);
        QVERIFY(saved);
        QCOMPARE(saved->participants, 4);
        QCOMPARE(saved->nextStep, QStringLiteral("Staff ask the council about the garden"));
        QVERIFY(saved->endedAt.isValid());
        QCOMPARE(saved->question, QStringLiteral("What next?"));
    }

    void hiddenVotesStayHiddenUntilTheResults()
    {
        Rig rig;
        QVERIFY(rig.group->start(QStringLiteral("What next?"), 2, true));
        rig.sendIdea(QStringLiteral("write"), QStringLiteral("Cooking"));
        rig.sendIdea(QStringLiteral("write"), QStringLiteral("Garden"));
        rig.group->beginVoting();
        rig.group->addDot(rig.ideaId(1));
        rig.group->addDot(rig.ideaId(1));
        QVERIFY(rig.group->finishVoter());
        rig.group->nextVoter();
        QVERIFY(!rig.group->votesVisible());
        QCOMPARE(rig.group->ideas().at(1).toMap().value(QStringLiteral("votes")).toInt(), -1);
        QVERIFY(rig.group->results().isEmpty());
        rig.group->addDot(rig.ideaId(0));
        rig.group->removeDot(rig.ideaId(0));
        rig.group->removeDot(rig.ideaId(0)); // nothing left to take off
        QCOMPARE(rig.group->dotsLeft(), 2);
        rig.group->addDot(rig.ideaId(0));
        QVERIFY(rig.group->finishVoter());
        rig.group->showResults();
        QVERIFY(rig.group->votesVisible());
        QCOMPARE(rig.group->results().at(0).toMap().value(QStringLiteral("votes")).toInt(), 2);
        QCOMPARE(rig.group->results().at(1).toMap().value(QStringLiteral("votes")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestGroupSessionController)
#include "tst_groupsessioncontroller.moc"
