#pragma once
// The clashing edits of questions and outcomes a coordinator device holds, and settling them.
// Contributions' clashes are settled at the dashboard only: their losing values may hold what a
// redaction removed, and a tablet is easier to lose than the server.

#include "domain/conflict.h"

#include <QList>

namespace chorus {

class DeviceStore;

class ConflictRepository {
public:
    explicit ConflictRepository(DeviceStore &store);
    [[nodiscard]] QList<Conflict> open();
    // Only a coordinator device settles: the server refuses a settlement from any other.
    [[nodiscard]] bool canSettle();
    // Keeps the value every replica holds, or (`useOther`) makes the other one win with a new edit;
    // either way the field's open conflicts are settled here and, when this syncs, on the server and
    // every device. False when the conflict is no longer open or this device may not settle.
    bool settle(qint64 id, bool useOther);

private:
    DeviceStore &m_store;
};

} // namespace chorus
