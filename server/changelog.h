#pragma once
// The change log that devices pull from (ChangeFeed serves it): one entry per change that took
// effect or carries the server's conflict notes, tagged with the organisation and the device whose
// record it is, so a pull can be scoped.

#include "model/change.h"
#include "sql/connection.h"

#include <string>
#include <vector>

namespace chorus::server::changelog {

// What an entry removes, kept in its `withdrawal` column. Both kinds of removal also reach the
// device the record came from (a kiosk, which otherwise never pulls contributions), so its copy goes too.
enum class Removal : int { None = 0, Withdrawal = 1, Redaction = 2 };

// Call inside the transaction that made the change, so the log's order is the order of effects.
void append(sql::Connection &db, const std::string &orgId, const std::string &originDevice, const sync::Change &change,
    Removal removal = Removal::None);

// Rewrites the record's entries so none holds a value (or a conflict's losing value) of `fields`:
// a redaction must not be undone by a device pulling from the start. Entries left with nothing
// are deleted. Call inside the redaction's transaction, before appending it.
void forgetValues(
    sql::Connection &db, const std::string &kind, const std::string &recordId, const std::vector<std::string> &fields);

} // namespace chorus::server::changelog
