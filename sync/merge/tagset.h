#pragma once
// Tags as an observed-remove set: concurrent additions both survive, and a removal takes away only
// the additions its writer had seen. State only grows by union, so merging in any order, any number
// of times, ends the same.

#include <nlohmann/json.hpp>

#include <map>
#include <set>
#include <string>
#include <vector>

namespace chorus::sync {

class TagSet {
public:
    // Reads the state kept beside the field's version: {"adds": {tag: [version...]}, "removed": {...}}.
    [[nodiscard]] static TagSet fromState(const nlohmann::json &state);
    [[nodiscard]] nlohmann::json state() const;
    [[nodiscard]] std::vector<std::string> visible() const;
    // Applies {"add": [...], "remove": {tag: [version...]}} written at `version`; false when nothing
    // new was learnt (a replay).
    bool apply(const nlohmann::json &op, const std::string &version);
    // The operation that turns what is visible now into `desired`.
    [[nodiscard]] nlohmann::json diffTo(const std::vector<std::string> &desired) const;

private:
    std::map<std::string, std::set<std::string>> m_adds;
    std::map<std::string, std::set<std::string>> m_removed;
};

} // namespace chorus::sync
