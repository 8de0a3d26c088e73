#pragma once
// A pushed batch, {"batch": ID, "changes": [change...]}, decoded from its text straight into
// Changes, without first building a JSON tree of the whole body: building, walking and destroying
// that tree was a quarter of the server's work per pushed change. What the body says is kept raw
// enough that the receiver refuses exactly what it refused when it read a tree, with the same words.

#include "model/change.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chorus::sync::protocol {

struct DecodedBatch {
    // False when the text is not JSON, not valid UTF-8, or nested deeper than kMaxJsonDepth.
    bool valid = false;
    bool isObject = false;
    // The "batch" member as sent (null when absent).
    nlohmann::json batch;
    enum class Changes { Absent, NotAList, List } changesState = Changes::Absent;
    // How many items the list holds, decoded or not.
    std::size_t count = 0;
    // The items before the first that is not a well-formed change, decoded.
    std::vector<Change> changes;
    // Why item `changes.size()` is not a change, as changeFromJson says it; later items are not decoded.
    std::optional<std::string> firstError;
};

// Decodes the text of a push request.
[[nodiscard]] DecodedBatch decodeBatch(std::string_view text);
// The same from a request already parsed (the dashboard builds its own batch as a tree).
[[nodiscard]] DecodedBatch decodeBatch(nlohmann::json &&request);

} // namespace chorus::sync::protocol
