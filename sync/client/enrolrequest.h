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
    // The organisation's public key for sealing (64 hex digits), its id, and the server's proof that
    // it holds the secret key (seal/keyproof.h). Empty from a server that does not seal.
    std::string sealKeyId;
    std::string sealPublicKey;
    std::string sealProof;
};

class EnrolRequest {
public:
    // Accepts the code as typed or as the QR payload "chorus-enrol:<code>".
    // `challengeHex`: a throwaway public key the server proves its organisation key against.
    [[nodiscard]] static HttpRequest build(
        const std::string &code, const std::string &deviceName, const std::string &challengeHex = {});
    // Throws std::invalid_argument naming the missing or mistyped field.
    [[nodiscard]] static Enrolment parse(const nlohmann::json &answer);
    [[nodiscard]] static std::string normaliseCode(const std::string &typedOrScanned);
    // The organisation key id a QR payload names after '#' ("chorus-enrol:<code>#<key id>"), or empty.
    [[nodiscard]] static std::string expectedKeyId(const std::string &typedOrScanned);
};

} // namespace chorus::sync::client
