#pragma once
// What was made from a record goes with it: a published idea made from an answer, the dots a group
// session put on an idea, the "me too"s of a published idea. When a withdrawal takes effect, every
// record naming the withdrawn one is withdrawn too (and what names those), with the same tombstone
// and change-log entry an answer's withdrawal gets, so every device drops it on its next pull; a
// record arriving that names one already withdrawn is withdrawn as it lands; a redaction that takes
// a drawing out of an answer takes down the ideas showing that drawing.

#include "removalledger.h"
#include "sql/connection.h"
#include "store/recordstore.h"

#include <string>
#include <vector>

namespace chorus::server {

class DependentWithdrawals {
public:
    DependentWithdrawals(sql::Connection &db, sync::RecordStore &store);
    // Call inside the batch's transaction after `change` was applied (with `result`) and logged.
    // Answers the removals it made, for the removal ledger.
    [[nodiscard]] std::vector<RemovalNote> follow(const sync::Change &change, const sync::ApplyResult &result);

private:
    void withdrawChildren(const std::string &kind, const std::string &recordId, std::vector<RemovalNote> &out);
    void withdraw(const std::string &kind, const std::string &recordId, std::vector<RemovalNote> &out);

    sql::Connection &m_db;
    sync::RecordStore &m_store;
};

} // namespace chorus::server
