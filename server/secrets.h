#pragma once
// Random ids, device tokens, enrolment codes and password hashes, all from libsodium. Secrets are
// only ever stored as hashes.

#include <optional>
#include <string>
#include <string_view>

namespace chorus::server::secrets {

// Must run once before anything else here; false when libsodium cannot initialise.
[[nodiscard]] bool init();
[[nodiscard]] std::string randomId(); // 128 random bits as 32 hex characters
[[nodiscard]] std::string newToken(); // 256 random bits as 64 hex characters
[[nodiscard]] std::string sha256Hex(std::string_view data);
// Ten characters from an alphabet without look-alikes, shown as "ABCDE-FGHJK".
[[nodiscard]] std::string newEnrolmentCode();
// Upper-cases and drops dashes and spaces, so a code read aloud or typed loosely still matches.
[[nodiscard]] std::string normaliseCode(std::string_view code);
// Argon2id, interactive limits; empty on failure (out of memory).
[[nodiscard]] std::string hashPassword(std::string_view password);
[[nodiscard]] bool verifyPassword(const std::string &hash, std::string_view password);

} // namespace chorus::server::secrets
