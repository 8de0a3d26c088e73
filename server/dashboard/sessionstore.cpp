#include "sessionstore.h"

#include "directory.h"
#include "logger.h"
#include "secrets.h"

#include <algorithm>
#include <cctype>

namespace chorus::server::dashboard {

namespace {
std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return s;
}
} // namespace

SessionStore::SessionStore(sql::Connection &db)
    : m_db(db)
{ }

std::string SessionStore::roleName(Role role)
{
    return role == Role::Admin ? "admin" : "coordinator";
}

std::int64_t SessionStore::lockedUntil(const std::string &key, std::int64_t now)
{
    auto s = m_db.prepare("SELECT locked_until FROM dashboard_login_attempts WHERE key = ?1");
    s.bind(1, key);
    if (s.step() && s.integer(0) > now)
        return s.integer(0);
    return 0;
}

void SessionStore::recordFailure(const std::string &key, std::int64_t now, int limit)
{
    m_db.transaction([&] {
        auto s = m_db.prepare("SELECT failures, first_at FROM dashboard_login_attempts WHERE key = ?1");
        s.bind(1, key);
        int failures = 1;
        std::int64_t first = now;
        if (s.step() && now - s.integer(1) < kFailureWindowMs) {
            failures = static_cast<int>(s.integer(0)) + 1;
            first = s.integer(1);
        }
        s.reset();
        const std::int64_t locked = failures >= limit ? now + kLockMs : 0;
        m_db.prepare("INSERT INTO dashboard_login_attempts (key, failures, first_at, locked_until) VALUES "
                     "(?1, ?2, ?3, ?4) ON CONFLICT (key) DO UPDATE SET failures = excluded.failures,"
                     " first_at = excluded.first_at, locked_until = excluded.locked_until")
            .bind(1, key)
            .bind(2, failures)
            .bind(3, first)
            .bind(4, locked)
            .run();
    });
}

std::string SessionStore::lockoutKey(const std::string &email)
{
    return "account:" + lower(email);
}

LoginResult SessionStore::verify(const std::string &emailIn, const std::string &password, const std::string &address)
{
    LoginResult result;
    const std::int64_t now = nowMs();
    const std::string email = lower(emailIn);
    const std::string accountKey = lockoutKey(email), addressKey = "address:" + address;
    auto s = m_db.prepare(
        "SELECT c.id, c.org_id, c.password_hash, c.email, coalesce(r.role, 'coordinator') FROM coordinators c"
        " LEFT JOIN dashboard_roles r ON r.coordinator_id = c.id WHERE lower(c.email) = ?1");
    s.bind(1, email);
    const bool known = s.step();
    const std::string hash = known ? s.text(2) : std::string();
    Session session;
    if (known)
        session = { s.text(0), s.text(1), s.text(3), s.text(4) == "admin" ? Role::Admin : Role::Coordinator, {} };
    s.reset();
    // Only a known account is named in the log: an unknown "email" is often a password typed in the wrong box.
    auto logFailure = [&](const char *why) {
        log::warn("sign_in_failed",
            { { "address", address }, { "account", known ? session.email : std::string("(unknown)") },
                { "reason", why } });
    };
    result.lockedUntil = std::max(lockedUntil(accountKey, now), lockedUntil(addressKey, now));
    if (result.lockedUntil > 0) {
        // A locked account answers the same whether or not the password is right, so guessing stops.
        result.status = LoginResult::Status::Locked;
        logFailure("locked");
        return result;
    }
    // An unknown email costs the same Argon2id work as a known one, so timing does not say which exist.
    static const std::string decoy = secrets::hashPassword("chorus-decoy-password");
    const bool ok = secrets::verifyPassword(known ? hash : decoy, password) && known;
    if (!ok) {
        recordFailure(accountKey, now, kMaxFailures);
        recordFailure(addressKey, now, kMaxAddressFailures);
        result.lockedUntil = std::max(lockedUntil(accountKey, now), lockedUntil(addressKey, now));
        result.status = result.lockedUntil > 0 ? LoginResult::Status::Locked : LoginResult::Status::WrongPassword;
        logFailure(result.lockedUntil > 0 ? "wrong_password_now_locked" : "wrong_password");
        return result;
    }
    m_db.transaction(
        [&] { m_db.prepare("DELETE FROM dashboard_login_attempts WHERE key = ?1").bind(1, accountKey).run(); });
    result.session = session;
    result.status = LoginResult::Status::Ok;
    return result;
}

LoginResult SessionStore::login(const std::string &email, const std::string &password, const std::string &address)
{
    LoginResult result = verify(email, password, address);
    if (result.status != LoginResult::Status::Ok)
        return result;
    const std::int64_t now = nowMs();
    Session &session = result.session;
    session.csrf = secrets::newToken();
    result.sessionId = secrets::newToken();
    m_db.transaction([&] {
        // Old sessions are swept on each sign-in rather than by a timer.
        m_db.prepare("DELETE FROM dashboard_sessions WHERE last_seen_at < ?1 OR created_at < ?2")
            .bind(1, now - kIdleMs)
            .bind(2, now - kMaxAgeMs)
            .run();
        m_db.prepare("INSERT INTO dashboard_sessions (id_hash, coordinator_id, org_id, email, role, csrf, created_at, "
                     "last_seen_at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)")
            .bind(1, secrets::sha256Hex(result.sessionId))
            .bind(2, session.coordinatorId)
            .bind(3, session.orgId)
            .bind(4, session.email)
            .bind(5, roleName(session.role))
            .bind(6, session.csrf)
            .bind(7, now)
            .run();
    });
    return result;
}

std::optional<Session> SessionStore::find(const std::string &sessionId)
{
    if (sessionId.size() != 64)
        return std::nullopt;
    const std::int64_t now = nowMs();
    const std::string idHash = secrets::sha256Hex(sessionId);
    auto s = m_db.prepare(
        "SELECT s.coordinator_id, c.org_id, c.email, coalesce(r.role, 'coordinator'), s.csrf, s.created_at,"
        " s.last_seen_at FROM dashboard_sessions s JOIN coordinators c ON c.id = s.coordinator_id"
        " LEFT JOIN dashboard_roles r ON r.coordinator_id = c.id WHERE s.id_hash = ?1");
    s.bind(1, idHash);
    if (!s.step() || s.integer(5) < now - kMaxAgeMs || s.integer(6) < now - kIdleMs)
        return std::nullopt;
    Session session { s.text(0), s.text(1), s.text(2), s.text(3) == "admin" ? Role::Admin : Role::Coordinator,
        s.text(4) };
    const bool touch = now - s.integer(6) > 60 * 1000;
    s.reset();
    // Touching at most once a minute keeps reads from taking the write lock on every request.
    if (touch)
        m_db.transaction([&] {
            m_db.prepare("UPDATE dashboard_sessions SET last_seen_at = ?2 WHERE id_hash = ?1")
                .bind(1, idHash)
                .bind(2, now)
                .run();
        });
    return session;
}

void SessionStore::logout(const std::string &sessionId)
{
    m_db.transaction([&] {
        m_db.prepare("DELETE FROM dashboard_sessions WHERE id_hash = ?1").bind(1, secrets::sha256Hex(sessionId)).run();
    });
}

} // namespace chorus::server::dashboard
