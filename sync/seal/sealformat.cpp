#include "seal/sealformat.h"

#include <sodium.h>

namespace chorus::sync::seal {

bool initialise()
{
    return sodium_init() >= 0;
}

namespace {
std::array<unsigned char, 32> hashOf(const PublicKey &key)
{
    std::array<unsigned char, 32> out {};
    crypto_generichash(out.data(), out.size(), key.data(), key.size(), nullptr, 0);
    return out;
}
} // namespace

std::string keyIdOf(const PublicKey &key)
{
    const auto h = hashOf(key);
    return toHex(h.data(), kKeyIdBytes);
}

std::string fingerprintOf(const PublicKey &key)
{
    const auto h = hashOf(key);
    const std::string hex = toHex(h.data(), h.size());
    std::string out;
    for (std::size_t i = 0; i < hex.size(); i += 4)
        out += (i ? " " : "") + hex.substr(i, 4);
    return out;
}

std::string toHex(const unsigned char *data, std::size_t size)
{
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, size);
    out.pop_back();
    return out;
}

std::optional<std::string> fromHex(std::string_view hex)
{
    std::string out(hex.size() / 2, '\0');
    std::size_t len = 0;
    const char *end = nullptr;
    if (hex.size() % 2 != 0
        || sodium_hex2bin(
               reinterpret_cast<unsigned char *>(out.data()), out.size(), hex.data(), hex.size(), nullptr, &len, &end)
            != 0
        || end != hex.data() + hex.size())
        return std::nullopt;
    out.resize(len);
    return out;
}

std::optional<PublicKey> publicKeyFromHex(std::string_view hex)
{
    const auto bytes = fromHex(hex);
    if (!bytes || bytes->size() != kPublicKeyBytes)
        return std::nullopt;
    PublicKey key {};
    std::copy(bytes->begin(), bytes->end(), key.begin());
    return key;
}

std::string toBase64(std::string_view bytes)
{
    const int variant = sodium_base64_VARIANT_ORIGINAL;
    std::string out(sodium_base64_encoded_len(bytes.size(), variant), '\0');
    sodium_bin2base64(
        out.data(), out.size(), reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size(), variant);
    out.pop_back();
    return out;
}

std::optional<std::string> fromBase64(std::string_view text)
{
    std::string out(text.size() / 4 * 3 + 3, '\0');
    std::size_t len = 0;
    const char *end = nullptr;
    if (sodium_base642bin(reinterpret_cast<unsigned char *>(out.data()), out.size(), text.data(), text.size(), nullptr,
            &len, &end, sodium_base64_VARIANT_ORIGINAL)
            != 0
        || end != text.data() + text.size())
        return std::nullopt;
    out.resize(len);
    return out;
}

bool isSealedValue(const nlohmann::json &value)
{
    if (!value.is_object() || value.size() != 1)
        return false;
    auto it = value.find(kSealedKey);
    return it != value.end() && (it->is_string() || *it == kChangeFormatVersion);
}

bool isBoxMarker(const nlohmann::json &value)
{
    return isSealedValue(value) && !value.begin()->is_string();
}

nlohmann::json boxMarker()
{
    return nlohmann::json { { std::string(kSealedKey), kChangeFormatVersion } };
}

namespace {
std::string context(std::string out, std::initializer_list<std::string_view> parts)
{
    for (auto part : parts) {
        out.push_back('\0');
        out.append(part);
    }
    return out;
}
} // namespace

std::string fieldContext(std::string_view kind, std::string_view recordId, std::string_view field)
{
    return context("chorus-field-v1", { kind, recordId, field });
}

std::string changeContext(std::string_view kind, std::string_view recordId)
{
    return context("chorus-change-v2", { kind, recordId });
}

} // namespace chorus::sync::seal
