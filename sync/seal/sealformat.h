#pragma once
// How sealed content looks, on a device's disk and on the wire: one definition shared by the device
// that seals and the server that opens. A sealed field value is {"$sealed": "<base64>"}; its bytes
// are  version(1) | key id(8) | item key sealed to the organisation(80) | nonce(24) | ciphertext.
// A sealed media file starts with kMediaMagic and carries a per-item key the same way, then a
// libsodium secretstream.

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chorus::sync::seal {

inline constexpr std::uint8_t kFormatVersion = 1;
inline constexpr std::size_t kKeyIdBytes = 8;
inline constexpr std::size_t kPublicKeyBytes = 32;
inline constexpr std::size_t kSymmetricKeyBytes = 32;
// crypto_box_SEALBYTES (48) + a symmetric key.
inline constexpr std::size_t kSealedKeyBytes = 48 + kSymmetricKeyBytes;
inline constexpr std::size_t kNonceBytes = 24;
inline constexpr std::size_t kFieldHeaderBytes = 1 + kKeyIdBytes + kSealedKeyBytes + kNonceBytes;
inline constexpr std::string_view kSealedKey = "$sealed";
inline constexpr std::string_view kMediaMagic = "CHORUSSM";
inline constexpr std::size_t kMediaChunkBytes = 64 * 1024;

using PublicKey = std::array<unsigned char, kPublicKeyBytes>;
using SymmetricKey = std::array<unsigned char, kSymmetricKeyBytes>;

// libsodium must be initialised before any of this; true when it is.
[[nodiscard]] bool initialise();

// The first 8 bytes of BLAKE2b-256 of the public key, as 16 hex digits: names the key in every
// sealed item, so a server holding several (after rotation) knows which opens it.
[[nodiscard]] std::string keyIdOf(const PublicKey &key);
// All 32 bytes of that hash, for people to compare (grouped by 4 hex digits).
[[nodiscard]] std::string fingerprintOf(const PublicKey &key);

[[nodiscard]] std::string toHex(const unsigned char *data, std::size_t size);
[[nodiscard]] std::optional<std::string> fromHex(std::string_view hex);
[[nodiscard]] std::optional<PublicKey> publicKeyFromHex(std::string_view hex);
[[nodiscard]] std::string toBase64(std::string_view bytes);
[[nodiscard]] std::optional<std::string> fromBase64(std::string_view text);

// True for {"$sealed": "<text>"} and nothing else.
[[nodiscard]] bool isSealedValue(const nlohmann::json &value);
// The associated data binding a sealed value to its record and field, so it cannot be moved.
[[nodiscard]] std::string fieldContext(std::string_view kind, std::string_view recordId, std::string_view field);

} // namespace chorus::sync::seal
