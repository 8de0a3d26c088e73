#pragma once
// A facilitated group session on one tablet, offline: the question, ideas gathered in turn through the
// ordinary answer screens, each participant's dots, and the ranked result. What people said stays in
// memory here until the session ends: on a kiosk or outreach tablet the store seals an idea's words
// as it saves them (and empties them once the server has them), so it could not show them again.

#include "domain/groupsession.h"
#include "models/groupideasmodel.h"

#include <QHash>
#include <QObject>
#include <QVariantList>
#include <qqmlregistration.h>

namespace chorus {

struct Contribution;
class ContributionWriter;
class GroupSessionRepository;
class KioskSession;

class GroupSessionController final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GroupSessionController is built by the application")
    Q_PROPERTY(Phase phase READ phase NOTIFY changed)
    Q_PROPERTY(bool active READ active NOTIFY changed)
    Q_PROPERTY(QString sessionId READ sessionId NOTIFY changed)
    Q_PROPERTY(QString question READ question NOTIFY changed)
    Q_PROPERTY(int dots READ dots NOTIFY changed)
    Q_PROPERTY(bool hideVotes READ hideVotes NOTIFY changed)
    // [{ideaId, number, format, text, rating, piles, strokes, votes, myDots}], in the order given.
    Q_PROPERTY(QVariantList ideas READ ideas NOTIFY changed)
    // The same ideas as a model whose rows change in place (screens keep their cards and focus).
    Q_PROPERTY(chorus::GroupIdeasModel *ideasModel READ ideasModel CONSTANT)
    Q_PROPERTY(int voter READ voter NOTIFY changed)
    Q_PROPERTY(int dotsLeft READ dotsLeft NOTIFY changed)
    Q_PROPERTY(bool votesVisible READ votesVisible NOTIFY changed)
    // The ideas ranked by dots, most first: the same maps as `ideas` plus `rank`.
    Q_PROPERTY(QVariantList results READ results NOTIFY changed)
    Q_PROPERTY(int totalDots READ totalDots NOTIFY changed)
    Q_PROPERTY(int participants READ participants NOTIFY changed)
    Q_PROPERTY(QString nextStep READ nextStep WRITE setNextStep NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    // The reference code of the idea just given, for its giver to keep (to take it back later);
    // cleared when voting starts so the group does not see everyone's codes.
    Q_PROPERTY(QString lastReference READ lastReference NOTIFY changed)

public:
    enum class Phase { Idle, Ideas, Voting, Handover, Results };
    Q_ENUM(Phase)

    GroupSessionController(GroupSessionRepository &repository, ContributionWriter &writer, KioskSession &answers,
        QString siteId, QObject *parent = nullptr);

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] bool active() const { return m_phase != Phase::Idle; }
    [[nodiscard]] QString sessionId() const { return m_session.id; }
    [[nodiscard]] QString question() const { return m_session.question; }
    [[nodiscard]] int dots() const { return m_session.dots; }
    [[nodiscard]] bool hideVotes() const { return m_session.hideVotes; }
    [[nodiscard]] QVariantList ideas() const;
    [[nodiscard]] GroupIdeasModel *ideasModel() { return &m_ideasModel; }
    [[nodiscard]] int voter() const { return m_voter; }
    [[nodiscard]] int dotsLeft() const;
    [[nodiscard]] bool votesVisible() const { return !m_session.hideVotes || m_phase == Phase::Results; }
    [[nodiscard]] QVariantList results() const;
    [[nodiscard]] int totalDots() const;
    [[nodiscard]] int participants() const { return m_session.participants; }
    [[nodiscard]] QString nextStep() const { return m_session.nextStep; }
    void setNextStep(const QString &text);
    [[nodiscard]] QString errorMessage() const { return m_error; }
    [[nodiscard]] QString lastReference() const { return m_lastReference; }

    void setSiteId(const QString &siteId) { m_siteId = siteId; }
    void setLanguage(const QString &language) { m_language = language; }

    // Starts gathering ideas; false (with errorMessage) for an empty question or dots outside 1..10.
    Q_INVOKABLE bool start(const QString &question, int dots, bool hideVotes);
    Q_INVOKABLE void beginVoting();
    Q_INVOKABLE void addDot(const QString &ideaId);
    Q_INVOKABLE void removeDot(const QString &ideaId);
    // Saves this participant's dots (durably, as vote records) and hands the tablet on.
    Q_INVOKABLE bool finishVoter();
    Q_INVOKABLE void nextVoter();
    Q_INVOKABLE void showResults();
    // Saves the "what happens next" and the end time, then forgets every idea held in memory.
    Q_INVOKABLE bool end();

Q_SIGNALS:
    void changed();

private:
    struct Idea {
        QString id;
        QString format;
        QString text;
        int rating = 0;
        QVariantMap piles;
        QVariantList strokes;
    };
    void noteIdea(const Contribution &stored);
    [[nodiscard]] QVariantMap ideaMap(const Idea &idea, int number) const;
    bool saveSession();
    void fail(const QString &message);

    GroupSessionRepository &m_repository;
    KioskSession &m_answers;
    QString m_siteId;
    QString m_language = QStringLiteral("en");
    Phase m_phase = Phase::Idle;
    GroupSession m_session;
    QList<Idea> m_ideas;
    QHash<QString, int> m_tally; // dots saved so far, per idea
    QHash<QString, int> m_current; // the dots of the person voting now
    int m_voter = 0;
    QString m_error;
    QString m_lastReference;
    GroupIdeasModel m_ideasModel;
};

} // namespace chorus
