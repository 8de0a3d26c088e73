#pragma once
// POST /v1/enrol: trades a one-time code for the device's identity and token.

#include "client/transport.h"

#include <nlohmann/json.hpp>

#include <string>

namespace chorus::sync::client {

struct Enrolment {
    std::string deviceId;
    std::string token;
    std::string role;
    std::string organisationId;
    std::string organisationName;
    std::string siteId;
    std::string siteName;
};

class EnrolRequest {
public:
    // Accepts the code as typed or as the QR payload "chorus-enrol:<code>".
    [[nodiscard]] static HttpRequest build(const std::string &code, const std::string &deviceName);
    // Throws std::invalid_argument naming the missing or mistyped field.
    [[nodiscard]] static Enrolment parse(const nlohmann::json &answer);
    [[nodiscard]] static std::string normaliseCode(const std::string &typedOrScanned);
};

} // namespace chorus::sync::client
