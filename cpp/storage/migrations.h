#pragma once
// The device store's schema ladder on PRAGMA user_version: each step runs in its own transaction,
// and a file from a newer Chorus is refused untouched. Plain C++: DeviceStore turns the refusal into
// words for people.

#include "sqlite/database.h"

#include <stdexcept>

namespace chorus::migrations {

inline constexpr int kLatestVersion = 8;

// The file was written by a newer Chorus (schema `found`) and has not been changed.
class NewerSchemaError : public std::runtime_error {
public:
    explicit NewerSchemaError(int found)
        : std::runtime_error("the database has schema " + std::to_string(found) + ", newer than this build's "
                             + std::to_string(kLatestVersion))
        , found(found)
    {
    }
    const int found;
};

// Brings the database up to `target` (default: the latest). Throws NewerSchemaError for a newer file.
void migrate(sqlite::Database &db, int target = kLatestVersion);

} // namespace chorus::migrations
