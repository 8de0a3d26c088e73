#include "controllers/groupsessioncontroller.h"

#include "controllers/kiosksession.h"
#include "domain/contribution.h"
#include "domain/identifiers.h"
#include "storage/contributionwriter.h"
#include "storage/groupsessionrepository.h"
#include "storage/storageerror.h"

#include <algorithm>
#include <numeric>

namespace chorus {

GroupSessionController::GroupSessionController(GroupSessionRepository &repository, ContributionWriter &writer,
    KioskSession &answers, QString siteId, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_answers(answers)
    , m_siteId(std::move(siteId))
    , m_ideasModel(this)
{
    connect(&writer, &ContributionWriter::saved, this, &GroupSessionController::noteIdea);
    connect(this, &GroupSessionController::changed, this, [this] { m_ideasModel.update(ideas()); });
}

QVariantMap GroupSessionController::ideaMap(const Idea &idea, int number) const
{
    return {
        { QStringLiteral("ideaId"), idea.id },
        { QStringLiteral("number"), number },
        { QStringLiteral("format"), idea.format },
        { QStringLiteral("text"), idea.text },
        { QStringLiteral("rating"), idea.rating },
        { QStringLiteral("piles"), idea.piles },
        { QStringLiteral("strokes"), idea.strokes },
        // Hidden totals read as -1 so a screen cannot show them by mistake.
        { QStringLiteral("votes"), votesVisible() ? m_tally.value(idea.id) : -1 },
        { QStringLiteral("myDots"), m_current.value(idea.id) },
    };
}

QVariantList GroupSessionController::ideas() const
{
    QVariantList out;
    for (int i = 0; i < m_ideas.size(); ++i)
        out << ideaMap(m_ideas.at(i), i + 1);
    return out;
}

int GroupSessionController::dotsLeft() const
{
    int used = 0;
    for (int n : m_current)
        used += n;
    return m_session.dots - used;
}

QVariantList GroupSessionController::results() const
{
    if (!votesVisible())
        return {};
    QList<int> order(m_ideas.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
        [&](int a, int b) { return m_tally.value(m_ideas.at(a).id) > m_tally.value(m_ideas.at(b).id); });
    QVariantList out;
    int rank = 0;
    int previous = -1;
    for (int position = 0; position < order.size(); ++position) {
        QVariantMap map = ideaMap(m_ideas.at(order.at(position)), order.at(position) + 1);
        const int votes = map.value(QStringLiteral("votes")).toInt();
        // Ideas with as many dots share a place.
        if (votes != previous)
            rank = position + 1;
        previous = votes;
        map.insert(QStringLiteral("rank"), rank);
        out << map;
    }
    return out;
}

int GroupSessionController::totalDots() const
{
    int total = 0;
    for (int n : m_tally)
        total += n;
    return total;
}

void GroupSessionController::setNextStep(const QString &text)
{
    if (text == m_session.nextStep)
        return;
    m_session.nextStep = text;
    Q_EMIT changed();
}

void GroupSessionController::fail(const QString &message)
{
    m_error = message;
    Q_EMIT changed();
}

bool GroupSessionController::saveSession()
{
    try {
        m_repository.save(m_session);
        m_error.clear();
        return true;
    } catch (const StorageError &e) {
        fail(e.userMessage());
        return false;
    }
}

bool GroupSessionController::start(const QString &question, int dots, bool hideVotes)
{
    if (question.trimmed().isEmpty()) {
        fail(tr("Please write the question for the group first."));
        return false;
    }
    if (dots < 1 || dots > 10) {
        fail(tr("Each person can have 1 to 10 dots."));
        return false;
    }
    m_session = GroupSession {};
    m_session.id = newUuidV7();
    m_session.question = question.trimmed();
    m_session.siteId = m_siteId;
    m_session.language = m_language;
    m_session.startedAt = QDateTime::currentDateTimeUtc();
    m_session.dots = dots;
    m_session.hideVotes = hideVotes;
    m_ideas.clear();
    m_tally.clear();
    m_current.clear();
    m_voter = 0;
    if (!saveSession())
        return false;
    m_phase = Phase::Ideas;
    Q_EMIT changed();
    return true;
}

void GroupSessionController::noteIdea(const Contribution &stored)
{
    if (m_phase != Phase::Ideas || stored.groupSessionId.isEmpty() || stored.groupSessionId != m_session.id)
        return;
    Idea idea;
    idea.id = stored.id;
    idea.format = formatName(stored.format);
    idea.text = stored.text;
    idea.rating = stored.rating.value_or(0);
    for (const SortedSymbol &s : stored.symbols)
        idea.piles.insert(s.symbol, pileName(s.pile));
    // The drawing is a sealed PNG in the store; its strokes are still in the visit's draft.
    if (stored.format == AnswerFormat::Draw)
        idea.strokes = m_answers.strokes();
    m_ideas << idea;
    m_lastReference = stored.reference;
    Q_EMIT changed();
}

void GroupSessionController::beginVoting()
{
    if (m_phase != Phase::Ideas || m_ideas.isEmpty())
        return;
    m_phase = Phase::Voting;
    m_voter = 1;
    m_lastReference.clear();
    m_current.clear();
    Q_EMIT changed();
}

void GroupSessionController::addDot(const QString &ideaId)
{
    const bool known = std::any_of(m_ideas.cbegin(), m_ideas.cend(), [&](const Idea &i) { return i.id == ideaId; });
    if (m_phase != Phase::Voting || !known || dotsLeft() <= 0)
        return;
    ++m_current[ideaId];
    Q_EMIT changed();
}

void GroupSessionController::removeDot(const QString &ideaId)
{
    if (m_phase != Phase::Voting || m_current.value(ideaId) <= 0)
        return;
    if (--m_current[ideaId] == 0)
        m_current.remove(ideaId);
    Q_EMIT changed();
}

bool GroupSessionController::finishVoter()
{
    if (m_phase != Phase::Voting)
        return false;
    QList<GroupVote> votes;
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it)
        votes << GroupVote { {}, m_session.id, it.key(), m_voter, it.value(), QDateTime::currentDateTimeUtc(), {} };
    try {
        m_repository.saveVotes(votes);
    } catch (const StorageError &e) {
        fail(e.userMessage());
        return false;
    }
    for (auto it = m_current.cbegin(); it != m_current.cend(); ++it)
        m_tally[it.key()] += it.value();
    m_current.clear();
    m_session.participants = m_voter;
    m_error.clear();
    m_phase = Phase::Handover;
    Q_EMIT changed();
    return true;
}

void GroupSessionController::nextVoter()
{
    if (m_phase != Phase::Handover)
        return;
    ++m_voter;
    m_phase = Phase::Voting;
    Q_EMIT changed();
}

void GroupSessionController::showResults()
{
    if (m_phase != Phase::Handover)
        return;
    m_phase = Phase::Results;
    saveSession();
    Q_EMIT changed();
}

bool GroupSessionController::end()
{
    if (m_phase == Phase::Idle)
        return true;
    m_session.endedAt = QDateTime::currentDateTimeUtc();
    if (!saveSession())
        return false;
    m_phase = Phase::Idle;
    m_lastReference.clear();
    m_session = GroupSession {};
    m_ideas.clear();
    m_tally.clear();
    m_current.clear();
    m_voter = 0;
    Q_EMIT changed();
    return true;
}

} // namespace chorus
