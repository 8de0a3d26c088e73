#pragma once
// The outreach records a tablet holds: the workers published to it, its own sessions (written as
// this device's changes, so they sync like any other), and how many answers each session holds.

#include "domain/outreach.h"

#include <QList>

#include <optional>

namespace chorus {

class DeviceStore;

class OutreachRepository {
public:
    explicit OutreachRepository(DeviceStore &store);
    // Workers who may sign in (not retired), by name.
    [[nodiscard]] QList<Worker> activeWorkers();
    [[nodiscard]] std::optional<Worker> worker(const QString &id);
    // The organisation's sites from the last pull, or only this tablet's own before any has come.
    [[nodiscard]] QList<OutreachSite> sites();
    // Writes the session's fields as this device's change and queues it (one durable transaction).
    void save(const OutreachSession &session);
    // The session this tablet started and has not ended (a restart mid-session picks it up), if any.
    [[nodiscard]] std::optional<OutreachSession> openSession();
    // Answers taken in the session and not withdrawn.
    [[nodiscard]] int answersIn(const QString &sessionId);

private:
    DeviceStore &m_store;
};

} // namespace chorus
