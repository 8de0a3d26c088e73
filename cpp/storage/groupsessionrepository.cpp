#include "storage/groupsessionrepository.h"

#include "domain/identifiers.h"
#include "model/schema.h"
#include "storage/devicestore.h"
#include "storage/recordmapping.h"

namespace chorus {

namespace {
const std::string kSession = sync::kinds::GroupSession;
const std::string kVote = sync::kinds::Vote;
} // namespace

GroupSessionRepository::GroupSessionRepository(DeviceStore &store)
    : m_store(store)
{ }

void GroupSessionRepository::save(GroupSession session)
{
    session.deviceId = m_store.deviceId();
    m_store.write([&] {
        const auto change = m_store.records().writeLocal(
            kSession, session.id.toStdString(), mapping::toFields(session), newUuidV7().toStdString());
        m_store.outbox().append(change);
    });
}

QList<GroupVote> GroupSessionRepository::saveVotes(QList<GroupVote> votes)
{
    votes.removeIf([](const GroupVote &v) { return v.dots <= 0; });
    for (GroupVote &v : votes) {
        v.id = newUuidV7();
        v.deviceId = m_store.deviceId();
    }
    m_store.write([&] {
        for (const GroupVote &v : votes) {
            const auto change = m_store.records().writeLocal(
                kVote, v.id.toStdString(), mapping::toFields(v), newUuidV7().toStdString());
            m_store.outbox().append(change);
        }
    });
    return votes;
}

std::optional<GroupSession> GroupSessionRepository::find(const QString &id)
{
    std::optional<GroupSession> out;
    m_store.read([&] {
        if (auto record = m_store.records().read(kSession, id.toStdString()))
            out = mapping::groupSessionFromRecord(*record);
    });
    return out;
}

QList<GroupVote> GroupSessionRepository::votes(const QString &sessionId)
{
    QList<GroupVote> out;
    m_store.read([&] {
        std::vector<std::string> ids;
        auto &s = m_store.db().cached("SELECT id FROM votes WHERE session_id = ?1 ORDER BY id");
        {
            sqlite::StatementReset reset(s);
            s.bind(1, sessionId.toStdString());
            while (s.step())
                ids.push_back(s.text(0));
        }
        for (const auto &id : ids)
            if (auto record = m_store.records().read(kVote, id))
                out << mapping::groupVoteFromRecord(*record);
    });
    return out;
}

} // namespace chorus
