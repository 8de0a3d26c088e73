#pragma once
// What the server already knows about a pushed batch, read with one statement per table for the
// whole batch: which of its changes this device sent before (and what they were answered), and
// who holds each record it touches. Read change by change, that was four reads per change, and on
// PostgreSQL each read is a round trip the pipelined writes cannot hide.

#include "model/change.h"
#include "sql/connection.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace chorus::server {

struct RecordOwner {
    std::string orgId;
    std::string originDevice;
};

class BatchBookkeeping {
public:
    // Reads inside the batch's transaction, so nothing can change underneath.
    BatchBookkeeping(sql::Connection &db, const std::string &deviceId, const std::vector<sync::Change> &changes);

    // The answer this device got for the change, if it sent it before (in an earlier batch or earlier
    // in this one).
    [[nodiscard]] std::optional<std::string> outcome(const std::string &changeId) const;
    [[nodiscard]] const RecordOwner *owner(const std::string &kind, const std::string &recordId) const;

    // Keep these in step with the rows this batch writes.
    void noteOutcome(const std::string &changeId, const std::string &outcome);
    void noteOwner(const std::string &kind, const std::string &recordId, RecordOwner owner);

private:
    static std::string key(const std::string &kind, const std::string &recordId);

    std::unordered_map<std::string, std::string> m_outcomes;
    std::unordered_map<std::string, RecordOwner> m_owners;
};

} // namespace chorus::server
