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

#include <optional>
#include <string>
#include <vector>

namespace chorus::sync {

struct ApplyResult {
    // The fields that took effect, as a change others can apply (empty fields when nothing did).
    Change effective;
    int duplicates = 0;
    int stale = 0;
    int conflicts = 0;
    bool refused = false;    // the record is withdrawn: edits are refused for good
    bool withdrawn = false;  // this change withdrew the record
    std::vector<std::string> purgedMedia;
};

class RecordStore {
public:
    RecordStore(sql::Connection &db, HybridClock &clock, std::string deviceId);

    // The DDL of the tables the store needs, for a migration to run.
    [[nodiscard]] static std::vector<std::string> createTablesSql(const std::string &extraColumns = {});

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
    [[nodiscard]] std::optional<nlohmann::json> read(const std::string &kind, const std::string &recordId);
    // The version a field holds, or empty when the record or field has none.
    [[nodiscard]] std::string fieldVersion(const std::string &kind, const std::string &recordId, const std::string &field);
    [[nodiscard]] bool isWithdrawn(const std::string &recordId);
    [[nodiscard]] HybridClock &clock() { return m_clock; }

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
    void recordConflict(const std::string &kind, const std::string &recordId, const std::string &field,
                        const nlohmann::json &losingValue, const std::string &losingVersion,
                        const std::string &winningVersion);

    sql::Connection &m_db;
    HybridClock &m_clock;
    std::string m_deviceId;
};

// Validates a value against its field's type and size; returns an error message or empty.
[[nodiscard]] std::string validateFieldValue(const FieldSpec &spec, const nlohmann::json &value);

} // namespace chorus::sync
