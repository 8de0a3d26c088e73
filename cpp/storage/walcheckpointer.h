#pragma once
// Copies a connection's write-ahead log back into the database between saves, never inside one.
// SQLite's automatic checkpoint runs inside the commit that crosses its threshold, and that commit
// was the slowest 1% of a kiosk's saves. The kiosk's writer thread paces its checkpoints with this,
// and the save benchmark uses it too, so it measures the save the kiosk makes.

#include "sqlite/database.h"

namespace chorus {

class WalCheckpointer {
public:
    // About 800 pages of WAL between checkpoints: near SQLite's default of 1,000.
    static constexpr int kEvery = 100;

    // Turns the connection's automatic checkpoints off; other connections keep SQLite's default.
    explicit WalCheckpointer(sqlite::Database &db);

    void noteSave() { ++m_savesSinceCheckpoint; }
    // Call once a save has been reported. PASSIVE never waits for readers: what it cannot copy now,
    // a later one will. Nothing is lost if it fails (the saves are durable in the WAL), so a failure
    // is left for the next try.
    void checkpointIfDue();

private:
    sqlite::Database &m_db;
    int m_savesSinceCheckpoint = 0;
};

} // namespace chorus
