#pragma once
// Proof, at enrolment, that the server holds the secret key of the public key it hands a device: the
// device sends a throwaway public key, the server answers with a box from the organisation's key to
// it, and only the holder of the organisation's secret key can make one that opens. A device given
// a wrong public key (a misconfigured server, a key lost and remade, a swapped answer) therefore
// fails at enrolment, not silently later when nothing it sealed can be opened.

#include "seal/sealopener.h"

#include <string>

namespace chorus::sync::seal {

class KeyChallenge {
public:
    KeyChallenge();
    ~KeyChallenge();
    KeyChallenge(const KeyChallenge &) = delete;
    KeyChallenge &operator=(const KeyChallenge &) = delete;

    [[nodiscard]] std::string publicHex() const { return toHex(m_public.data(), m_public.size()); }
    // True when `proofHex` was made with the secret key of `organisationKey` for this challenge.
    [[nodiscard]] bool accepts(const PublicKey &organisationKey, const std::string &proofHex) const;

    // The server's side: the proof for a challenge (64 hex digits); empty when it is not a key.
    [[nodiscard]] static std::string prove(const KeyPair &organisation, const std::string &challengeHex);

private:
    PublicKey m_public {};
    std::array<unsigned char, 32> m_secret {};
};

} // namespace chorus::sync::seal
