#pragma once
// Organisations, sites, coordinator accounts, enrolment codes and devices: who may sync, and as what.

#include "protocol/protocol.h"
#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <string>

namespace chorus::server {

struct DeviceIdentity {
    std::string id;
    std::string orgId;
    std::string siteId;
    sync::protocol::Role role = sync::protocol::Role::Kiosk;
};

struct IssuedCode {
    std::string code;
    std::int64_t expiresAt = 0;
    std::string qr; // the QR payload, naming the organisation's current key (protocol::enrolQrPayload)
};

struct Enrolment {
    DeviceIdentity device;
    std::string token;
    std::string orgName;
    std::string siteName;
};

class Directory {
public:
    explicit Directory(sql::Connection &db);

    // Admin operations throw std::runtime_error with a message for the operator.
    std::string createOrganisation(const std::string &name);
    std::string createSite(const std::string &orgId, const std::string &name);
    // Throws std::invalid_argument for an e-mail without @ (or over 254 bytes), one an account already
    // has (in any case, as sign-in matches it) or a password outside kMinPassword..kMaxPassword.
    std::string createCoordinator(const std::string &orgId, const std::string &email, const std::string &password);
    static constexpr std::size_t kMinPassword = 10;
    static constexpr std::size_t kMaxPassword = 1024;
    // Throws std::invalid_argument for a password outside kMinPassword..kMaxPassword.
    static void checkPassword(const std::string &password);
    IssuedCode issueEnrolmentCode(
        const std::string &orgId, const std::string &siteId, sync::protocol::Role role, int ttlMinutes);
    // False when there is no such device.
    bool revokeDevice(const std::string &deviceId);
    [[nodiscard]] nlohmann::json listDevices(const std::string &orgId);

    // API operations throw ApiError.
    Enrolment enrol(const std::string &code, const std::string &deviceName);
    [[nodiscard]] DeviceIdentity authenticate(const std::string &token);

private:
    void requireOrganisation(const std::string &orgId);

    sql::Connection &m_db;
};

[[nodiscard]] std::int64_t nowMs();

} // namespace chorus::server
