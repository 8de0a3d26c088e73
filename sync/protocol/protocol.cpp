#include "protocol/protocol.h"

#include <array>
#include <utility>

namespace chorus::sync::protocol {

namespace {
struct CodeInfo {
    ErrorCode code;
    std::string_view name;
    int status;
};
constexpr std::array kCodes {
    CodeInfo { ErrorCode::BadRequest, "bad_request", 400 },
    CodeInfo { ErrorCode::InvalidChange, "invalid_change", 422 },
    CodeInfo { ErrorCode::UpdateNeeded, "update_needed", 426 },
    CodeInfo { ErrorCode::ProtocolTooNew, "protocol_too_new", 400 },
    CodeInfo { ErrorCode::Unauthorized, "unauthorized", 401 },
    CodeInfo { ErrorCode::DeviceRevoked, "device_revoked", 403 },
    CodeInfo { ErrorCode::Forbidden, "forbidden", 403 },
    CodeInfo { ErrorCode::NotFound, "not_found", 404 },
    CodeInfo { ErrorCode::EnrolmentInvalid, "enrolment_invalid", 403 },
    CodeInfo { ErrorCode::PayloadTooLarge, "payload_too_large", 413 },
    CodeInfo { ErrorCode::RateLimited, "rate_limited", 429 },
    CodeInfo { ErrorCode::OffsetMismatch, "offset_mismatch", 409 },
    CodeInfo { ErrorCode::HashMismatch, "hash_mismatch", 422 },
    CodeInfo { ErrorCode::MediaWithdrawn, "media_withdrawn", 410 },
    CodeInfo { ErrorCode::Internal, "internal", 500 },
};
constexpr std::array<std::pair<Role, std::string_view>, 3> kRoles { {
    { Role::Kiosk, "kiosk" },
    { Role::Outreach, "outreach" },
    { Role::Coordinator, "coordinator" },
} };
} // namespace

std::string_view roleName(Role role)
{
    for (const auto &[r, name] : kRoles)
        if (r == role)
            return name;
    return "kiosk";
}

std::optional<Role> roleFromName(std::string_view name)
{
    for (const auto &[r, n] : kRoles)
        if (n == name)
            return r;
    return std::nullopt;
}

std::string_view errorCodeName(ErrorCode code)
{
    for (const auto &c : kCodes)
        if (c.code == code)
            return c.name;
    return "internal";
}

std::optional<ErrorCode> errorCodeFromName(std::string_view name)
{
    for (const auto &c : kCodes)
        if (c.name == name)
            return c.code;
    return std::nullopt;
}

int httpStatus(ErrorCode code)
{
    for (const auto &c : kCodes)
        if (c.code == code)
            return c.status;
    return 500;
}

std::string enrolQrPayload(std::string_view code, std::string_view keyId)
{
    std::string out(kEnrolQrPrefix);
    out += code;
    if (!keyId.empty())
        out.append("#").append(keyId);
    return out;
}

} // namespace chorus::sync::protocol
