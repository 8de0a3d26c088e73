#pragma once
// POST /v1/push: one batch of outbox changes, committed whole or not at all by the server.

#include "client/transport.h"
#include "model/change.h"

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace chorus::sync::client {

struct Refusal {
    std::string changeId;
    std::string recordId;
    std::string code; // "withdrawn" today
};

struct Clamp {
    std::string changeId;
    std::string field;
    std::string from;
    std::string to;
};

// A value the server set on the device's own record (where a contribution came from).
struct Stamp {
    std::string changeId;
    std::string field;
    std::string value;
};

struct PushAnswer {
    std::string batchId;
    std::vector<std::string> accepted;
    std::vector<Refusal> refused;
    std::vector<Clamp> clamped;
    std::vector<Stamp> stamped;
};

class PushRequest {
public:
    [[nodiscard]] static HttpRequest build(
        const std::string &token, const std::string &batchId, const std::vector<Change> &changes);
    // The same request from changes already encoded as JSON text (as the outbox holds them).
    [[nodiscard]] static HttpRequest build(
        const std::string &token, const std::string &batchId, const std::vector<std::string_view> &changeBodies);
    // Throws std::invalid_argument when a list or entry is missing or mistyped.
    [[nodiscard]] static PushAnswer parse(const nlohmann::json &answer);
};

} // namespace chorus::sync::client
