#pragma once
// The organisations' key pairs for sealed answers (sync/seal): made here, kept here, never sent to
// a device but as the public half. Every pair an organisation ever had is kept, so what devices
// sealed before a rotation still opens; the newest is the one devices are given.

#include "seal/sealopener.h"
#include "sql/connection.h"

#include <optional>
#include <string>
#include <vector>

namespace chorus::server {

class SealKeys {
public:
    explicit SealKeys(sql::Connection &db);

    // The organisation's newest pair, made first when it has none. Opens its own transaction.
    [[nodiscard]] sync::seal::KeyPair current(const std::string &orgId);
    // The newest public key as hex, without making one.
    [[nodiscard]] std::optional<std::string> currentPublicHex(const std::string &orgId);
    // Makes a new pair that devices are given from their next sync; the old ones still open.
    [[nodiscard]] std::string rotate(const std::string &orgId);
    [[nodiscard]] std::vector<sync::seal::KeyPair> all(const std::string &orgId);
    // {"id", "public"} of a pair, as enrolment and pull answers carry it.
    [[nodiscard]] static nlohmann::json describe(const sync::seal::PublicKey &key);

private:
    [[nodiscard]] std::optional<sync::seal::KeyPair> newest(const std::string &orgId);
    std::string insertNew(const std::string &orgId);
    void requireOrganisation(const std::string &orgId);

    sql::Connection &m_db;
};

} // namespace chorus::server
