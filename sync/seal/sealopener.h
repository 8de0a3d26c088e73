#pragma once
// Opens what devices sealed, with the organisation's key pairs (every one it ever had, so items
// sealed before a key rotation still open). Item keys already opened are remembered for the life of
// the process, so a batch of answers costs one public-key operation per item key, not per answer.

#include "model/change.h"
#include "seal/sealformat.h"

#include <filesystem>
#include <string>
#include <vector>

namespace chorus::sync::seal {

struct KeyPair {
    PublicKey publicKey {};
    std::array<unsigned char, 32> secretKey {};
};

class SealOpener {
public:
    explicit SealOpener(std::vector<KeyPair> keys);
    ~SealOpener();
    SealOpener(const SealOpener &) = delete;
    SealOpener &operator=(const SealOpener &) = delete;

    // The value inside {"$sealed": ...}; throws std::invalid_argument when it cannot be opened (a key
    // this organisation never had, damaged bytes, or a value moved from another record or field).
    [[nodiscard]] nlohmann::json openValue(
        std::string_view kind, std::string_view recordId, std::string_view field, const nlohmann::json &sealed) const;
    // Opens every sealed value of a change in place, of either format: the format 2 box (its fields
    // then hold their values and the box is gone) and format 1 values. Throws std::invalid_argument
    // naming the field when anything does not open, a field the schema never seals is sealed, or the
    // box and the change's markers do not name the same fields.
    void openChange(Change &change) const;
    // Writes the plain bytes of a sealed media file to `plainPath`; false when it does not open.
    [[nodiscard]] bool openFile(const std::filesystem::path &sealedPath, const std::filesystem::path &plainPath) const;

private:
    // The plain bytes inside `sealed` (format byte first); throws std::invalid_argument.
    [[nodiscard]] std::string openBytes(std::uint8_t format, std::string_view sealed, std::string_view context) const;
    [[nodiscard]] bool openItemKey(std::string_view keyId, std::string_view sealedKey, SymmetricKey &out) const;

    std::vector<KeyPair> m_keys;
    // Each key's id as raw bytes, worked out once: every sealed value names one.
    std::vector<std::string> m_keyIds;
};

} // namespace chorus::sync::seal
