#pragma once
// What a server answer means to the engine: a JSON body, a protocol error with its stable code, or
// no usable answer at all. Every endpoint's reply goes through here first.

#include "client/transport.h"
#include "protocol/protocol.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace chorus::sync::client {

struct ApiReply {
    enum class Kind { Ok, Error, NoAnswer };
    Kind kind = Kind::NoAnswer;
    int status = 0;
    nlohmann::json body;
    std::optional<protocol::ErrorCode> code; // set for Kind::Error when the server named one
    std::string message; // the server's sentence, or why nothing usable arrived
    bool wipe = false;
    int retryAfterSeconds = 0;
    std::int64_t serverTimeMs = 0;

    [[nodiscard]] bool ok() const { return kind == Kind::Ok; }
    [[nodiscard]] bool is(protocol::ErrorCode c) const { return code && *code == c; }
};

// A 2xx with a body that is not a JSON object counts as no answer: a truncated reply must never be
// half-applied.
[[nodiscard]] ApiReply interpretReply(const HttpReply &reply);

// The headers every device request carries: the protocol version and, when enrolled, the token.
[[nodiscard]] HttpRequest deviceRequest(const std::string &method, const std::string &path, const std::string &token);

} // namespace chorus::sync::client
