#pragma once
// An error a handler throws to answer with a stable code, the right HTTP status and a clear message.

#include "protocol/protocol.h"

#include <nlohmann/json.hpp>

#include <stdexcept>
#include <string>

namespace chorus::server {

class ApiError : public std::runtime_error {
public:
    ApiError(
        sync::protocol::ErrorCode code, const std::string &message, nlohmann::json extra = nlohmann::json::object())
        : std::runtime_error(message)
        , m_code(code)
        , m_extra(std::move(extra))
    { }
    [[nodiscard]] sync::protocol::ErrorCode code() const { return m_code; }
    // Fields beside "error" in the body, such as "wipe" or "received".
    [[nodiscard]] const nlohmann::json &extra() const { return m_extra; }

private:
    sync::protocol::ErrorCode m_code;
    nlohmann::json m_extra;
};

} // namespace chorus::server
