#pragma once
// Group sessions and their dot votes in a device store. Each write is durable when it returns and
// queues its changes for the next sync in the same transaction.

#include "domain/groupsession.h"

#include <QList>

#include <optional>

namespace chorus {

class DeviceStore;

class GroupSessionRepository {
public:
    explicit GroupSessionRepository(DeviceStore &store);

    // Writes every field of the session (started, then again when it ends); stamps this device.
    void save(GroupSession session);
    // One participant's votes, all or none; gives each an id. Votes of no dots are not kept.
    QList<GroupVote> saveVotes(QList<GroupVote> votes);
    [[nodiscard]] std::optional<GroupSession> find(const QString &id);
    [[nodiscard]] QList<GroupVote> votes(const QString &sessionId);

private:
    DeviceStore &m_store;
};

} // namespace chorus
