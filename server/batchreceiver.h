#pragma once
// Takes a pushed batch: validates it whole, applies it by the merge rules in one transaction,
// appends what took effect to the change log, and remembers the answer so a replay gets it again.

#include "batchbookkeeping.h"
#include "directory.h"
#include "model/change.h"
#include "protocol/batchdecoder.h"
#include "removalledger.h"
#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <string>
#include <string_view>
#include <vector>

namespace chorus::sync {
class RecordStore;
}

namespace chorus::server {

struct PushOutcome {
    nlohmann::json answer;
    // Media of contributions withdrawn or redacted by this batch: delete the files once the batch has committed.
    std::vector<std::string> purgedMedia;
    int applied = 0;
    bool withdrew = false;
    bool redacted = false;
    // What the batch removed, for the removal ledger (written before the batch commits).
    std::vector<RemovalNote> removals;
    // Contributions whose written words arrived or changed, for the urgent-words check.
    std::vector<std::string> textArrived;
};

class BatchReceiver {
public:
    BatchReceiver(sql::Connection &db, const DeviceIdentity &device);
    // Throws ApiError (bad_request, invalid_change, forbidden); nothing is written then.
    // From the request's text, decoded straight into changes (protocol::decodeBatch).
    [[nodiscard]] PushOutcome receive(std::string_view body);
    // From a request built as a tree (the dashboard's own edits).
    [[nodiscard]] PushOutcome receive(nlohmann::json request);
    // Runs inside the batch's transaction after everything is applied, before it commits: a throw
    // rolls the batch back. The removal ledger is written here, so no removal can commit without
    // its line (a crash after the line and before the commit is healed by re-applying the line).
    void setBeforeCommit(std::function<void(PushOutcome &)> hook) { m_beforeCommit = std::move(hook); }
    // A device's batch holds at most protocol::kMaxBatchChanges; the dashboard's own edits to many
    // answers at once (bulk tagging) go in one batch, so in one transaction, and may hold more.
    void setMaxChanges(std::size_t most) { m_maxChanges = most; }

private:
    [[nodiscard]] PushOutcome receive(sync::protocol::DecodedBatch &&request);
    // Who owns the record (a new one becomes this device's); throws forbidden when this device may
    // not make the change, invalid_change when it settles conflicts of a record nobody holds.
    [[nodiscard]] RecordOwner checkScope(const sync::Change &change, bool withdrawalOnly, BatchBookkeeping &book);
    // Which device and site a contribution came from is the server's to say, from the token that sent
    // it: a device's claim to be another device or site is replaced, and nobody rewrites another's.
    // What differs from what the device sent goes into `stamped`, so the answer tells it.
    void stampOrigin(sync::Change &change, const RecordOwner &owner, nlohmann::json &stamped) const;
    // Drops a non-coordinator's attempt to redact, or to lift a redaction, from the change.
    void keepRedactionToCoordinators(sync::RecordStore &store, sync::Change &change);
    // A contribution may name media it uploaded (or its origin device did), media not uploaded yet,
    // or media it already named; naming someone else's (a prompt picture, another kiosk's recording)
    // would let it withdraw them, or hide a prompt picture from every kiosk. Throws forbidden.
    void requireOwnMedia(sync::RecordStore &store, const sync::Change &change, const RecordOwner &owner);
    // Only outreach tablets (and coordinators) mark an answer assisted, and only by a worker of the
    // organisation; a kiosk's claim, or a worker nobody published, is refused as an invalid change.
    void requireKnownHelper(const sync::Change &change);
    // A session's site is one of the organisation's (a typed place names none).
    void requireOwnSite(const sync::Change &change);
    // Purges media of a withdrawn or redacted record, except what something else still names.
    void forgetMedia(const nlohmann::json &media, const std::string &recordId, PushOutcome &outcome);
    // Pulls versions from clocks far ahead back to the server's bound, in a way that keeps the
    // writer's own order, records each clamp, and reads bases the writer had not yet adopted.
    void clampVersions(sync::RecordStore &store, sync::Change &change, std::int64_t limitMs, nlohmann::json &clamped);
    void replayClamps(const std::string &changeId, nlohmann::json &clamped);

    sql::Connection &m_db;
    DeviceIdentity m_device;
    std::function<void(PushOutcome &)> m_beforeCommit;
    std::size_t m_maxChanges = sync::protocol::kMaxBatchChanges;
};

} // namespace chorus::server
