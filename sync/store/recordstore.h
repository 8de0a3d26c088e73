#pragma once
// Reads and writes synced records in a store by the merge rules. The same class holds a device's
// local SQLite store and the server's store (SQLite or PostgreSQL): one implementation of how
// changes land, in SQL both engines accept.
//
// Each kind has a table with one column per field plus a `versions` column holding every field's
// {version, base} as JSON, so per-field versions never multiply rows.

#include "clock/hlc.h"
#include "model/change.h"
#include "model/schema.h"
#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace chorus::sync {

namespace seal {
class FieldSealer;
}

struct ApplyResult {
    // The fields that took effect, as a change others can apply (empty fields when nothing did).
    Change effective;
    int duplicates = 0;
    int stale = 0;
    int conflicts = 0;
    bool refused = false;    // the record is withdrawn: edits are refused for good
    bool withdrawn = false;  // this change withdrew the record
    bool redacted = false;   // this change redacted the record: forget deleted content now
    std::vector<std::string> purgedMedia;
};

// Who decides that a write was concurrent. Arrival order decides it (a write that came after its
// rival sees a different held version than one that came before), and the server is the only
// replica that sees every write, in one order; devices see only the writes that took effect. So the
// server judges and devices follow its notes, and every replica ends with the same conflicts.
enum class ConflictRole {
    Judge,  // records the conflicts the merge rules find, and puts them in `ApplyResult::effective`;
            // takes settlements (a coordinator kept a value) for conflicts it holds open
    Follow, // records only the conflicts (and settlements) a change from the judge carries
};

class RecordStore {
public:
    RecordStore(sql::Connection &db, HybridClock &clock, std::string deviceId, ConflictRole role = ConflictRole::Judge);

    // Writes fields as this replica's own edit: stamps versions from the clock, bases them on what is
    // held, applies them, and returns the change to send. Call inside a transaction.
    Change writeLocal(const std::string &kind, const std::string &recordId, const nlohmann::json &fields,
                      const std::string &changeId);
    // Applies a change from elsewhere by the merge rules. Call inside a transaction.
    ApplyResult apply(const Change &change);

    // Replaces the version a field holds when it is still `from`: the server clamps versions from a
    // clock running far ahead and tells the writer which version it kept instead. Call inside a transaction.
    bool adoptVersion(const std::string &kind, const std::string &recordId, const std::string &field,
                      const std::string &from, const std::string &to);
    // Takes the value the server set on the writer's own record, keeping the field's version: the
    // server stamps where a contribution came from, from the token, and tells the writer what it set.
    // A withdrawn record keeps its emptied form. Call inside a transaction.
    bool adoptValue(const std::string &kind, const std::string &recordId, const std::string &field,
                    const nlohmann::json &value);
    [[nodiscard]] std::optional<nlohmann::json> read(const std::string &kind, const std::string &recordId);
    // The version a field holds, or empty when the record or field has none.
    [[nodiscard]] std::string fieldVersion(const std::string &kind, const std::string &recordId, const std::string &field);
    [[nodiscard]] bool isWithdrawn(const std::string &recordId);
    // Marks the open conflicts of a field settled (a coordinator kept one value) and returns what
    // was settled, for the change that tells the other replicas. Call inside a transaction.
    std::vector<SettledNote> settle(const std::string &kind, const std::string &recordId, const std::string &field);
    [[nodiscard]] HybridClock &clock() { return m_clock; }
    // On kiosks and outreach tablets writeLocal seals each sealed field's value (FieldSpec::sealed)
    // before it is stored or queued; the source answers null when this replica does not seal.
    void setSealerSource(std::function<seal::FieldSealer *()> source) { m_sealerSource = std::move(source); }

private:
    struct Held {
        nlohmann::json values = nlohmann::json::object();
        nlohmann::json versions = nlohmann::json::object();
        bool exists = false;
    };
    Held load(const KindSpec &kind, const std::string &recordId);
    void save(const KindSpec &kind, const std::string &recordId, const Held &held, const std::vector<std::string> &changed);
    // Empties a withdrawn record to its canonical form; false when a newer withdrawal is already held.
    bool purge(const KindSpec &kind, const std::string &recordId, const std::string &version);
    // A write lost a race: the judge records it and says so; a follower waits for the judge's note.
    void judgeConflict(const Change &change, ConflictNote note, ApplyResult &result);
    void recordConflict(const std::string &kind, const std::string &recordId, const ConflictNote &note);
    void applyNotes(const Change &change, ApplyResult &result);
    // True when an open conflict was settled by this.
    bool markSettled(const std::string &kind, const std::string &recordId, const SettledNote &note);
    // A redaction removes what it redacted from the fields' conflicts too: their losing values would
    // still hold it.
    void forgetRedactedConflicts(const std::string &recordId, ApplyResult &result);

    sql::Connection &m_db;
    HybridClock &m_clock;
    std::string m_deviceId;
    ConflictRole m_conflictRole;
    std::function<seal::FieldSealer *()> m_sealerSource;
};

// Validates a value against its field's type and size; returns an error message or empty.
[[nodiscard]] std::string validateFieldValue(const FieldSpec &spec, const nlohmann::json &value);

} // namespace chorus::sync
