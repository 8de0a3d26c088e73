#include "seal/keyproof.h"

#include <sodium.h>

#include <stdexcept>

namespace chorus::sync::seal {

namespace {
std::string proofMessage(const PublicKey &challenge)
{
    return "chorus-seal-proof-v1" + std::string(challenge.begin(), challenge.end());
}
} // namespace

KeyChallenge::KeyChallenge()
{
    if (!initialise())
        throw std::runtime_error("libsodium failed to initialise");
    crypto_box_keypair(m_public.data(), m_secret.data());
}

KeyChallenge::~KeyChallenge()
{
    sodium_memzero(m_secret.data(), m_secret.size());
}

bool KeyChallenge::accepts(const PublicKey &organisationKey, const std::string &proofHex) const
{
    const auto proof = fromHex(proofHex);
    if (!proof || proof->size() < crypto_box_NONCEBYTES + crypto_box_MACBYTES)
        return false;
    const std::size_t cipherBytes = proof->size() - crypto_box_NONCEBYTES;
    std::string plain(cipherBytes - crypto_box_MACBYTES, '\0');
    const auto *bytes = reinterpret_cast<const unsigned char *>(proof->data());
    if (crypto_box_open_easy(reinterpret_cast<unsigned char *>(plain.data()), bytes + crypto_box_NONCEBYTES,
            cipherBytes, bytes, organisationKey.data(), m_secret.data())
        != 0)
        return false;
    return plain == proofMessage(m_public);
}

std::string KeyChallenge::prove(const KeyPair &organisation, const std::string &challengeHex)
{
    const auto challenge = publicKeyFromHex(challengeHex);
    if (!challenge)
        return {};
    const std::string message = proofMessage(*challenge);
    std::string out(crypto_box_NONCEBYTES + crypto_box_MACBYTES + message.size(), '\0');
    auto *bytes = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(bytes, crypto_box_NONCEBYTES);
    if (crypto_box_easy(bytes + crypto_box_NONCEBYTES, reinterpret_cast<const unsigned char *>(message.data()),
            message.size(), bytes, challenge->data(), organisation.secretKey.data())
        != 0)
        return {};
    return toHex(bytes, out.size());
}

} // namespace chorus::sync::seal
