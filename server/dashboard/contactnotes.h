#pragma once
// Staff's contact-back notes are about a person: when their answer is withdrawn, purged by
// retention or erased, the note goes too (a redaction leaves it: the person is still to be called).

#include "removalledger.h"
#include "sql/connection.h"

#include <vector>

namespace chorus::server::dashboard {

void forgetContactNotes(sql::Connection &db, const std::vector<RemovalNote> &removals);

} // namespace chorus::server::dashboard
