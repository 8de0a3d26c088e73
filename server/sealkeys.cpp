#include "sealkeys.h"

#include "directory.h"

#include <sodium.h>

#include <stdexcept>

namespace chorus::server {

namespace seal = sync::seal;

namespace {
seal::KeyPair pairFrom(const std::string &publicHex, const std::string &secretHex)
{
    const auto pub = seal::publicKeyFromHex(publicHex);
    const auto sec = seal::fromHex(secretHex);
    if (!pub || !sec || sec->size() != 32)
        throw std::runtime_error("a stored organisation key pair is damaged");
    seal::KeyPair pair;
    pair.publicKey = *pub;
    std::copy(sec->begin(), sec->end(), pair.secretKey.begin());
    return pair;
}
} // namespace

SealKeys::SealKeys(sql::Connection &db)
    : m_db(db)
{ }

nlohmann::json SealKeys::describe(const seal::PublicKey &key)
{
    return { { "id", seal::keyIdOf(key) }, { "public", seal::toHex(key.data(), key.size()) } };
}

std::optional<seal::KeyPair> SealKeys::newest(const std::string &orgId)
{
    auto &s = m_db.cached("SELECT public_key, secret_key FROM seal_keys WHERE org_id = ?1"
                          " ORDER BY created_at DESC, key_id DESC LIMIT 1");
    sql::StatementReset reset(s);
    s.bind(1, orgId);
    if (!s.step())
        return std::nullopt;
    return pairFrom(s.text(0), s.text(1));
}

std::optional<std::string> SealKeys::currentPublicHex(const std::string &orgId)
{
    const auto pair = newest(orgId);
    if (!pair)
        return std::nullopt;
    return seal::toHex(pair->publicKey.data(), pair->publicKey.size());
}

std::string SealKeys::insertNew(const std::string &orgId)
{
    seal::KeyPair pair;
    crypto_box_keypair(pair.publicKey.data(), pair.secretKey.data());
    const std::string id = seal::keyIdOf(pair.publicKey);
    // Rotations within one millisecond still sort after the key they replace.
    std::int64_t at = nowMs();
    {
        auto &last = m_db.cached("SELECT coalesce(max(created_at), 0) FROM seal_keys WHERE org_id = ?1");
        sql::StatementReset reset(last);
        last.bind(1, orgId);
        if (last.step())
            at = std::max(at, last.integer(0) + 1);
    }
    m_db.cached(
            "INSERT INTO seal_keys (org_id, key_id, public_key, secret_key, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
        .bind(1, orgId)
        .bind(2, id)
        .bind(3, seal::toHex(pair.publicKey.data(), pair.publicKey.size()))
        .bind(4, seal::toHex(pair.secretKey.data(), pair.secretKey.size()))
        .bind(5, at)
        .run();
    sodium_memzero(pair.secretKey.data(), pair.secretKey.size());
    return id;
}

void SealKeys::requireOrganisation(const std::string &orgId)
{
    auto &s = m_db.cached("SELECT 1 FROM organisations WHERE id = ?1");
    sql::StatementReset reset(s);
    s.bind(1, orgId);
    if (!s.step())
        throw std::runtime_error("no organisation " + orgId);
}

seal::KeyPair SealKeys::current(const std::string &orgId)
{
    if (auto held = newest(orgId))
        return *held;
    // Two instances may get here at once; the write lock makes the second see the first's pair.
    m_db.transaction([&] {
        requireOrganisation(orgId);
        if (!newest(orgId))
            (void)insertNew(orgId);
    });
    return *newest(orgId);
}

std::string SealKeys::rotate(const std::string &orgId)
{
    std::string id;
    m_db.transaction([&] {
        requireOrganisation(orgId);
        id = insertNew(orgId);
    });
    return id;
}

std::vector<seal::KeyPair> SealKeys::all(const std::string &orgId)
{
    std::vector<seal::KeyPair> out;
    auto &s = m_db.cached("SELECT public_key, secret_key FROM seal_keys WHERE org_id = ?1 ORDER BY created_at DESC");
    sql::StatementReset reset(s);
    s.bind(1, orgId);
    while (s.step())
        out.push_back(pairFrom(s.text(0), s.text(1)));
    return out;
}

} // namespace chorus::server
