#pragma once
// The change log that devices pull from (ChangeFeed serves it): one entry per change that took
// effect or carries the server's conflict notes, tagged with the organisation and the device whose
// record it is, so a pull can be scoped.

#include "model/change.h"
#include "sql/connection.h"

#include <string>

namespace chorus::server::changelog {

// Call inside the transaction that made the change, so the log's order is the order of effects.
void append(sql::Connection &db, const std::string &orgId, const std::string &originDevice, const sync::Change &change,
    bool withdrawal);

} // namespace chorus::server::changelog
