#pragma once
// The device store's schema ladder on PRAGMA user_version: each step runs in its own transaction,
// and a file from a newer Chorus is refused untouched.

#include "sqlite/database.h"

namespace chorus::migrations {

inline constexpr int kLatestVersion = 7;

// Brings the database up to `target` (default: the latest). Throws StorageError for a newer file.
void migrate(sqlite::Database &db, int target = kLatestVersion);

} // namespace chorus::migrations
