#pragma once
// Changes a device has made and not yet had acknowledged by the server, in the order made.
// Written in the same transaction as the change itself, so nothing saved can miss the next push.

#include "model/change.h"
#include "sqlite/database.h"
#include "store/devicesecrets.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace chorus::sync {

struct PendingChange {
    std::int64_t seq = 0;
    Change change;
};

// A queued change as the JSON text it was stored as: a push sends that text as it is, so a batch is
// never decoded and encoded again on its way out.
struct QueuedChange {
    std::string changeId;
    std::string recordId;
    std::string body;
};

class Outbox {
public:
    explicit Outbox(sqlite::Database &db);

    void append(const Change &change);
    // A withdrawn record's unsent content must never leave the device: its queued changes go.
    void dropRecord(const std::string &recordId);
    [[nodiscard]] std::vector<PendingChange> peek(std::size_t limit);
    // The first changes in order, up to `limit` of them and, after the first, `maxBytes` of text.
    [[nodiscard]] std::vector<QueuedChange> peekText(std::size_t limit, std::size_t maxBytes);
    void acknowledge(const std::vector<std::string> &changeIds);
    [[nodiscard]] std::int64_t size();

    // A change the server refuses for good (invalid, or outside this device's rights) must neither
    // block every change queued behind it nor be lost: it moves aside, kept with the reason, until
    // someone looks at it. Withdrawal still purges it (dropRecord).
    void quarantine(const std::string &changeId, const std::string &code, const std::string &reason, std::int64_t atMs);
    [[nodiscard]] std::int64_t quarantinedCount();
    struct Quarantined {
        std::string changeId, recordId, code, reason;
        std::int64_t atMs = 0;
    };
    [[nodiscard]] std::vector<Quarantined> quarantined();
    // Puts every quarantined change back in the queue, e.g. after the app or the server was updated.
    int requeueQuarantined();

private:
    sqlite::Database &m_db;
};

// Small key-value bookkeeping of a replica: pull cursor, last clock reading, and the device token,
// which goes to the device's secrets file instead when one is given (DeviceSecrets).
class SyncState {
public:
    explicit SyncState(sqlite::Database &db, DeviceSecrets *secrets = nullptr);
    [[nodiscard]] std::optional<std::string> get(const std::string &key);
    void set(const std::string &key, const std::string &value);
    void remove(const std::string &key);

private:
    sqlite::Database &m_db;
    DeviceSecrets *m_secrets;
};

} // namespace chorus::sync
