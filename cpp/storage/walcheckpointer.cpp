#include "storage/walcheckpointer.h"

namespace chorus {

WalCheckpointer::WalCheckpointer(sqlite::Database &db)
    : m_db(db)
{
    m_db.exec("PRAGMA wal_autocheckpoint=0");
}

void WalCheckpointer::checkpointIfDue()
{
    if (m_savesSinceCheckpoint < kEvery)
        return;
    m_savesSinceCheckpoint = 0;
    try {
        m_db.exec("PRAGMA wal_checkpoint(PASSIVE)");
    } catch (const sqlite::Error &) {
        // The next due checkpoint copies what this one could not.
    }
}

} // namespace chorus
