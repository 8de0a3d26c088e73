#pragma once
// Dashboard sign-in: password checks with lock-out after repeated failures, sessions known to the
// server only by the hash of their id, and a CSRF token per session.

#include "sql/connection.h"

#include <cstdint>
#include <optional>
#include <string>

namespace chorus::server::dashboard {

enum class Role { Coordinator, Admin };

struct Session {
    std::string coordinatorId;
    std::string orgId;
    std::string email;
    Role role = Role::Coordinator;
    std::string csrf;
};

struct LoginResult {
    enum class Status { Ok, WrongPassword, Locked } status = Status::WrongPassword;
    std::string sessionId; // the secret for the cookie; only its hash is stored
    Session session;
    std::int64_t lockedUntil = 0;
};

class SessionStore {
public:
    static constexpr int kMaxFailures = 5;
    // Per address the limit is higher: an office behind one NAT address shares it.
    static constexpr int kMaxAddressFailures = 20;
    static constexpr std::int64_t kFailureWindowMs = 15 * 60 * 1000;
    static constexpr std::int64_t kLockMs = 15 * 60 * 1000;
    static constexpr std::int64_t kIdleMs = 2 * 60 * 60 * 1000;
    static constexpr std::int64_t kMaxAgeMs = 12 * 60 * 60 * 1000;

    explicit SessionStore(sql::Connection &db);

    // Checks a password without opening a session: the same lock-out, failure counting, timing and
    // case-insensitive e-mail for every way a coordinator signs in. Logs each failure with its address.
    [[nodiscard]] LoginResult verify(const std::string &email, const std::string &password, const std::string &address);
    // verify(), then a new session. Counts failures per account and per client address; either
    // reaching the limit locks sign-in.
    [[nodiscard]] LoginResult login(const std::string &email, const std::string &password, const std::string &address);
    // The session with the account's role as it is now: a demoted admin is a coordinator at once,
    // and a removed account's sessions stop working.
    [[nodiscard]] std::optional<Session> find(const std::string &sessionId);
    void logout(const std::string &sessionId);

    [[nodiscard]] static std::string roleName(Role role);
    // The key an account's failed sign-ins are counted under (its e-mail in any case).
    [[nodiscard]] static std::string lockoutKey(const std::string &email);

private:
    [[nodiscard]] std::int64_t lockedUntil(const std::string &key, std::int64_t now);
    void recordFailure(const std::string &key, std::int64_t now, int limit);

    sql::Connection &m_db;
};

} // namespace chorus::server::dashboard
