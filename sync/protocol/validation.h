#pragma once
// Strict checks of everything a peer sends: ids, text encoding, and every field of a change by its
// type and meaning. Device and server run the same checks, so a device never queues what the
// server will refuse.

#include "model/change.h"

#include <cstdint>
#include <string>
#include <string_view>

namespace chorus::sync::protocol {

// Letters, digits, '-' and '_', 1 to 64 bytes: UUIDs, reference codes and device ids all fit.
[[nodiscard]] bool isValidId(std::string_view id);
// Rejects overlong forms, surrogates and code points past U+10FFFF as well as broken sequences.
[[nodiscard]] bool isValidUtf8(std::string_view text);
[[nodiscard]] bool isSha256Hex(std::string_view text);
// Milliseconds since the epoch between 2000 and 2100: anything else is a broken clock or a lie.
[[nodiscard]] bool isPlausibleTimestampMs(std::int64_t ms);

// Arrays and objects nested deeper than this are refused before anything walks them: copying,
// printing or checking a value recurses, and a few megabytes of "[" would overflow the stack.
inline constexpr std::size_t kMaxJsonDepth = 64;
// Parses JSON text from a peer: discarded when it is not JSON, not valid UTF-8, or nested deeper
// than kMaxJsonDepth.
[[nodiscard]] nlohmann::json parsePeerJson(std::string_view text);

// Returns an error message naming the first problem, or empty when the change is acceptable.
[[nodiscard]] std::string validateChange(const Change &change);

} // namespace chorus::sync::protocol
