#pragma once
// How sealed content looks, on a device's disk and on the wire: one definition shared by the device
// that seals and the server that opens. Sealed bytes are
//   format(1) | key id(8) | item key sealed to the organisation(80) | nonce(24) | ciphertext.
// Format 2 (what devices write): a change's sealed fields are sealed together, once, as the JSON
// object {field: value, ...} in the change's "sealed" member (base64); each of those fields carries
// the marker {"$sealed": 2} as its value. Format 1 (written before; still queued on devices, so still
// opened): each field's value is {"$sealed": "<base64>"}, sealed alone.
// A sealed media file starts with kMediaMagic and carries a per-item key the same way (format 1),
// then a libsodium secretstream.

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace chorus::sync::seal {

// Media files and format 1 field values.
inline constexpr std::uint8_t kFormatVersion = 1;
// A change's sealed fields in one box.
inline constexpr std::uint8_t kChangeFormatVersion = 2;
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

// True for a sealed field value of either format: {"$sealed": "<text>"} (format 1) or the marker
// {"$sealed": 2} (format 2, the value is in the change's box), and nothing else.
[[nodiscard]] bool isSealedValue(const nlohmann::json &value);
// True for the format 2 marker only.
[[nodiscard]] bool isBoxMarker(const nlohmann::json &value);
[[nodiscard]] nlohmann::json boxMarker();
// The associated data binding a format 1 value to its record and field, so it cannot be moved.
[[nodiscard]] std::string fieldContext(std::string_view kind, std::string_view recordId, std::string_view field);
// The associated data binding a format 2 box to its record.
[[nodiscard]] std::string changeContext(std::string_view kind, std::string_view recordId);

} // namespace chorus::sync::seal
