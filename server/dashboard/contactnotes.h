#pragma once
// Staff's contact-back notes and urgent marks are about a person: when their answer is withdrawn,
// purged by retention or erased, they go too (a redaction leaves them: the person still matters).

#include "removalledger.h"
#include "sql/connection.h"

#include <vector>

namespace chorus::server::dashboard {

void forgetContactNotes(sql::Connection &db, const std::vector<RemovalNote> &removals);

} // namespace chorus::server::dashboard
