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

struct Change {
    std::string changeId;
    std::string kind;
    std::string recordId;
    std::map<std::string, FieldChange> fields;
};

[[nodiscard]] nlohmann::json toJson(const Change &change);
// Throws std::invalid_argument with a message naming what is wrong; nothing is partially decoded.
[[nodiscard]] Change changeFromJson(const nlohmann::json &json);

} // namespace chorus::sync
