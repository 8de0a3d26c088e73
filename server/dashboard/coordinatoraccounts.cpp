#include "coordinatoraccounts.h"

#include "directory.h"
#include "secrets.h"
#include "sessionstore.h"

#include <stdexcept>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

namespace {
std::string hashOf(const std::string &password)
{
    Directory::checkPassword(password);
    // Hashed before any write lock is taken: Argon2id is deliberately slow.
    std::string hash = secrets::hashPassword(password);
    if (hash.empty())
        throw std::runtime_error("could not hash the password");
    return hash;
}

std::optional<Account> accountFrom(sql::Prepared &s)
{
    if (!s.step())
        return std::nullopt;
    return Account { s.text(0), s.text(1), s.text(2) };
}
} // namespace

CoordinatorAccounts::CoordinatorAccounts(sql::Connection &db)
    : m_db(db)
{ }

bool CoordinatorAccounts::isRole(const std::string &role)
{
    return role == "admin" || role == "coordinator";
}

Json CoordinatorAccounts::list(const std::string &orgId)
{
    Json out = Json::array();
    auto s = m_db.prepare("SELECT c.id, c.email, coalesce(r.role, 'coordinator'), c.created_at,"
                          " (SELECT count(*) FROM dashboard_sessions d WHERE d.coordinator_id = c.id)"
                          " FROM coordinators c LEFT JOIN dashboard_roles r ON r.coordinator_id = c.id"
                          " WHERE c.org_id = ?1 ORDER BY c.email");
    s.bind(1, orgId);
    while (s.step())
        out.push_back({ { "id", s.text(0) }, { "email", s.text(1) }, { "role", s.text(2) },
            { "created_at", s.integer(3) }, { "sessions", s.integer(4) } });
    return out;
}

std::optional<Account> CoordinatorAccounts::find(const std::string &orgId, const std::string &id)
{
    auto s = m_db.prepare("SELECT id, org_id, email FROM coordinators WHERE id = ?1 AND org_id = ?2");
    s.bind(1, id).bind(2, orgId);
    return accountFrom(s);
}

std::optional<Account> CoordinatorAccounts::findByEmail(const std::string &email)
{
    auto s = m_db.prepare("SELECT id, org_id, email FROM coordinators WHERE lower(email) = lower(?1)");
    s.bind(1, email);
    return accountFrom(s);
}

std::string CoordinatorAccounts::create(
    const std::string &orgId, const std::string &email, const std::string &password, const std::string &role)
{
    if (!isRole(role))
        throw std::invalid_argument("a role is admin or coordinator");
    const std::string id = Directory(m_db).createCoordinator(orgId, email, password);
    setRole(id, role);
    return id;
}

void CoordinatorAccounts::setRole(const std::string &id, const std::string &role)
{
    if (!isRole(role))
        throw std::invalid_argument("a role is admin or coordinator");
    m_db.transaction([&] {
        m_db.prepare("INSERT INTO dashboard_roles (coordinator_id, role) VALUES (?1, ?2)"
                     " ON CONFLICT (coordinator_id) DO UPDATE SET role = excluded.role")
            .bind(1, id)
            .bind(2, role)
            .run();
    });
}

void CoordinatorAccounts::endSessions(const std::string &id)
{
    m_db.transaction([&] { deleteSessions(id); });
}

void CoordinatorAccounts::deleteSessions(const std::string &id)
{
    m_db.prepare("DELETE FROM dashboard_sessions WHERE coordinator_id = ?1").bind(1, id).run();
}

void CoordinatorAccounts::setPassword(const Account &account, const std::string &password)
{
    const std::string hash = hashOf(password);
    m_db.transaction([&] {
        m_db.prepare("UPDATE coordinators SET password_hash = ?2 WHERE id = ?1").bind(1, account.id).bind(2, hash).run();
        deleteSessions(account.id);
        m_db.prepare("DELETE FROM dashboard_login_attempts WHERE key = ?1").bind(1, SessionStore::lockoutKey(account.email)).run();
    });
}

void CoordinatorAccounts::remove(const std::string &id)
{
    m_db.transaction([&] {
        deleteSessions(id);
        m_db.prepare("DELETE FROM dashboard_roles WHERE coordinator_id = ?1").bind(1, id).run();
        m_db.prepare("DELETE FROM coordinators WHERE id = ?1").bind(1, id).run();
    });
}

} // namespace chorus::server::dashboard
