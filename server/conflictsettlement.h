#pragma once
// Settling conflicts: a coordinator kept one value of a field (the dashboard's "Conflicts"). Settling
// is itself a change that syncs, so every device marks the same conflicts settled as the server.

#include "sql/connection.h"

#include <string>

namespace chorus::server {

// Marks the field's open conflicts settled and logs the settlement for devices to pull; returns how
// many it settled. Call inside a transaction.
int settleConflicts(sql::Connection &db, const std::string &kind, const std::string &recordId, const std::string &field);

} // namespace chorus::server
