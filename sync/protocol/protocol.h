#pragma once
// Protocol constants shared by the device engine and chorus-server: the version, header names,
// limits and the stable error codes that appear in every error body.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chorus::sync::protocol {

// Bumped when a request or answer changes shape; the server refuses clients older than the minimum
// with ErrorCode::UpdateNeeded rather than guess at what they meant.
// 2: pulls carry the server's conflict notes and settlements (docs/sync-protocol.md, "Changes").
inline constexpr int kVersion = 2;
inline constexpr int kMinSupportedVersion = 1;

inline constexpr const char *kVersionHeader = "Chorus-Protocol";
inline constexpr const char *kMediaSizeHeader = "Chorus-Media-Size";

inline constexpr std::size_t kMaxBatchChanges = 500;
// Decompressed size of one push body; gzip bodies are counted after inflating so a small bomb
// cannot exhaust memory.
inline constexpr std::size_t kMaxBatchBytes = 8 * 1024 * 1024;
inline constexpr std::size_t kMaxSmallBodyBytes = 16 * 1024;
inline constexpr std::size_t kMaxMediaBytes = 64 * 1024 * 1024;
inline constexpr std::size_t kMaxMediaChunkBytes = 4 * 1024 * 1024;
inline constexpr int kDefaultPullLimit = 200;
inline constexpr int kMaxPullLimit = 1000;
inline constexpr std::size_t kMaxIdBytes = 64;
// An enrolment code as a QR payload: "chorus-enrol:<code>#<organisation key id>". The key id lets a
// device refuse, at enrolment, any key other than the one the coordinator's server meant.
inline constexpr std::string_view kEnrolQrPrefix = "chorus-enrol:";
[[nodiscard]] std::string enrolQrPayload(std::string_view code, std::string_view keyId);

enum class Role { Kiosk, Outreach, Coordinator };
[[nodiscard]] std::string_view roleName(Role role);
[[nodiscard]] std::optional<Role> roleFromName(std::string_view name);

enum class ErrorCode {
    BadRequest, // malformed JSON, wrong types, missing fields
    InvalidChange, // a change in a batch failed validation; nothing in the batch was applied
    UpdateNeeded, // the client's protocol version is older than the server accepts
    ProtocolTooNew, // the client speaks a version this server does not know yet
    Unauthorized, // no token, or a token the server does not know
    DeviceRevoked, // the device was revoked: it must wipe its synced data
    Forbidden, // outside the device's scope or role
    NotFound,
    EnrolmentInvalid, // unknown, expired or already used code
    PayloadTooLarge,
    RateLimited,
    OffsetMismatch, // a media chunk does not start where the server's copy ends
    HashMismatch, // the finished media does not hash to its name; the partial copy is dropped
    MediaWithdrawn, // the media belonged to a withdrawn contribution and will never be kept
    Internal,
};
[[nodiscard]] std::string_view errorCodeName(ErrorCode code);
[[nodiscard]] std::optional<ErrorCode> errorCodeFromName(std::string_view name);
[[nodiscard]] int httpStatus(ErrorCode code);

} // namespace chorus::sync::protocol
