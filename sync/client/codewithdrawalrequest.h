#pragma once
// POST /v1/withdraw-by-code: withdrawal at the desk of an answer given on another device, by the
// reference code the person was given. The server withdraws only when exactly one answer of the
// organisation has the code.

#include "client/transport.h"

#include <nlohmann/json.hpp>

#include <string>

namespace chorus::sync::client {

// What the server did with a code: "withdrawn" (the one answer with it), "not_found" (none, or
// already withdrawn), "several" (more than one answer has it: nothing was withdrawn).
struct CodeWithdrawalAnswer {
    std::string outcome;
    int matches = 0;
};

class CodeWithdrawalRequest {
public:
    [[nodiscard]] static HttpRequest build(const std::string &token, const std::string &code);
    // Throws std::invalid_argument for an answer without a known outcome.
    [[nodiscard]] static CodeWithdrawalAnswer parse(const nlohmann::json &answer);
};

} // namespace chorus::sync::client
