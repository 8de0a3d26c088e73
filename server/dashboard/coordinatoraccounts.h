#pragma once
// Coordinator accounts as an administrator manages them, from the dashboard or the command line:
// list, add, change role, end sessions, set a new password, remove. One place for these rules so
// both ways in behave alike (a new password ends the account's sessions and clears its lock-out).

#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

namespace chorus::server::dashboard {

struct Account {
    std::string id;
    std::string orgId;
    std::string email;
};

class CoordinatorAccounts {
public:
    explicit CoordinatorAccounts(sql::Connection &db);

    // Every account of the organisation with its role and open sessions, by e-mail.
    [[nodiscard]] nlohmann::json list(const std::string &orgId);
    [[nodiscard]] std::optional<Account> find(const std::string &orgId, const std::string &id);
    // E-mail in any case, as sign-in matches it.
    [[nodiscard]] std::optional<Account> findByEmail(const std::string &email);

    // Throws std::invalid_argument for a bad role, or what Directory::createCoordinator refuses.
    std::string create(const std::string &orgId, const std::string &email, const std::string &password,
        const std::string &role);
    void setRole(const std::string &id, const std::string &role);
    void endSessions(const std::string &id);
    void setPassword(const Account &account, const std::string &password);
    void remove(const std::string &id);

    [[nodiscard]] static bool isRole(const std::string &role);

private:
    // Inside the caller's transaction: every session of the account ends.
    void deleteSessions(const std::string &id);

    sql::Connection &m_db;
};

} // namespace chorus::server::dashboard
