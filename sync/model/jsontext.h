#pragma once
// Writes JSON text straight from values, for the hot paths of sync (the change log, the outbox, a
// record's field versions): the same text nlohmann::json::dump() writes, without building a tree
// first and with an escaper that copies runs of plain bytes instead of looking at each one twice.

#include "model/change.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>

namespace chorus::sync::jsontext {

// Appends `text` as a JSON string. Throws nlohmann::json::type_error (as dump() does) when it is not
// valid UTF-8.
void appendString(std::string &out, std::string_view text);
// Appends `value` as dump() would.
void append(std::string &out, const nlohmann::json &value);
[[nodiscard]] std::string dump(const nlohmann::json &value);

// The same text as toJson(change).dump().
[[nodiscard]] std::string changeText(const Change &change);

} // namespace chorus::sync::jsontext
