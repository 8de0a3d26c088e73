#include "secrets.h"

#include <sodium.h>

#include <array>
#include <cctype>

namespace chorus::server::secrets {

namespace {
std::string hex(const unsigned char *data, std::size_t size)
{
    std::string out(size * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, size);
    out.pop_back();
    return out;
}
constexpr std::string_view kCodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
} // namespace

bool init()
{
    return sodium_init() >= 0;
}

std::string randomId()
{
    std::array<unsigned char, 16> bytes;
    randombytes_buf(bytes.data(), bytes.size());
    return hex(bytes.data(), bytes.size());
}

std::string newToken()
{
    std::array<unsigned char, 32> bytes;
    randombytes_buf(bytes.data(), bytes.size());
    return hex(bytes.data(), bytes.size());
}

std::string sha256Hex(std::string_view data)
{
    std::array<unsigned char, crypto_hash_sha256_BYTES> out;
    crypto_hash_sha256(out.data(), reinterpret_cast<const unsigned char *>(data.data()), data.size());
    return hex(out.data(), out.size());
}

std::string newEnrolmentCode()
{
    std::string code;
    for (int i = 0; i < 10; ++i) {
        if (i == 5)
            code += '-';
        code += kCodeAlphabet[randombytes_uniform(static_cast<std::uint32_t>(kCodeAlphabet.size()))];
    }
    return code;
}

std::string normaliseCode(std::string_view code)
{
    std::string out;
    for (char c : code) {
        if (c == '-' || c == ' ')
            continue;
        out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    return out;
}

std::string hashPassword(std::string_view password)
{
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(out, password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
            crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    return out;
}

bool verifyPassword(const std::string &hash, std::string_view password)
{
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

} // namespace chorus::server::secrets
