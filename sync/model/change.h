#pragma once
// A change to one record: the fields it sets, each with the version it was written at and the
// version it was based on. The unit of sync in both directions.

#include <nlohmann/json.hpp>

#include <map>
#include <string>
#include <vector>

namespace chorus::sync {

struct FieldChange {
    nlohmann::json value;
    std::string version;
    // The version the writer saw when it wrote; empty for a field's first write.
    std::string base;
};

// The server is the one judge of which writes were concurrent: it sees every write, in one order.
// It sends what it judged along with the change that caused it, and devices record exactly that,
// so every replica holds the same conflicts (docs/sync-protocol.md, "Conflicts").
struct ConflictNote {
    std::string field;
    nlohmann::json losingValue;
    std::string losingVersion;
    std::string winningVersion;
};

// A coordinator kept one value: the open conflicts of the field that lost at this version are done.
struct SettledNote {
    std::string field;
    std::string losingVersion;
};

struct Change {
    std::string changeId;
    std::string kind;
    std::string recordId;
    std::map<std::string, FieldChange> fields;
    // Only in what the server sends; a device never sends them (the server refuses them).
    std::vector<ConflictNote> conflicts {};
    std::vector<SettledNote> settled {};
    // Only from kiosks and outreach tablets: the change's sealed fields, sealed together (base64 of
    // seal format 2, seal/sealformat.h); each of those fields holds a marker. The server opens it on
    // arrival, so it never sends one.
    std::string sealed {};
};

[[nodiscard]] nlohmann::json toJson(const Change &change);
// Throws std::invalid_argument with a message naming what is wrong; nothing is partially decoded.
[[nodiscard]] Change changeFromJson(const nlohmann::json &json);
// The same, moving the field values out of `json` rather than copying them: a batch of 500 changes
// then holds each text once, not twice.
[[nodiscard]] Change changeFromJson(nlohmann::json &&json);
// The conflict and settled notes of a change's JSON object (its "conflicts" and "settled" members),
// appended to `change`; throws std::invalid_argument as changeFromJson does.
void notesFromJson(const nlohmann::json &json, Change &change);

} // namespace chorus::sync
