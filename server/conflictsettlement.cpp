#include "conflictsettlement.h"

#include "changelog.h"
#include "clock/hlc.h"
#include "secrets.h"
#include "store/recordstore.h"

namespace chorus::server {

int settleConflicts(sql::Connection &db, const std::string &kind, const std::string &recordId, const std::string &field)
{
    sync::HybridClock clock;
    sync::RecordStore store(db, clock, "server");
    const sync::Change note { "settle-" + secrets::randomId(), kind, recordId, {}, {}, store.settle(kind, recordId, field) };
    if (note.settled.empty())
        return 0;
    auto owner = db.prepare("SELECT org_id, origin_device FROM record_owners WHERE kind = ?1 AND record_id = ?2");
    owner.bind(1, kind).bind(2, recordId);
    if (owner.step())
        changelog::append(db, owner.text(0), owner.text(1), note);
    return static_cast<int>(note.settled.size());
}

} // namespace chorus::server
