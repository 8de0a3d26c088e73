#include "directory.h"

#include "apierror.h"
#include "sealkeys.h"
#include "secrets.h"

#include <chrono>
#include <stdexcept>

namespace chorus::server {

using sync::protocol::ErrorCode;

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Directory::Directory(sql::Connection &db)
    : m_db(db)
{ }

void Directory::requireOrganisation(const std::string &orgId)
{
    auto s = m_db.prepare("SELECT 1 FROM organisations WHERE id = ?1");
    s.bind(1, orgId);
    if (!s.step())
        throw std::runtime_error("no organisation with id " + orgId);
}

std::string Directory::createOrganisation(const std::string &name)
{
    if (name.empty() || name.size() > 200)
        throw std::runtime_error("an organisation needs a name of 1 to 200 bytes");
    const std::string id = secrets::randomId();
    m_db.transaction([&] {
        auto s = m_db.prepare("SELECT 1 FROM organisations WHERE name = ?1");
        s.bind(1, name);
        if (s.step())
            throw std::runtime_error("an organisation called " + name + " already exists");
        m_db.prepare("INSERT INTO organisations (id, name, created_at) VALUES (?1, ?2, ?3)")
            .bind(1, id)
            .bind(2, name)
            .bind(3, nowMs())
            .run();
    });
    return id;
}

std::string Directory::createSite(const std::string &orgId, const std::string &name)
{
    if (name.empty() || name.size() > 200)
        throw std::runtime_error("a site needs a name of 1 to 200 bytes");
    const std::string id = secrets::randomId();
    m_db.transaction([&] {
        requireOrganisation(orgId);
        m_db.prepare("INSERT INTO sites (id, org_id, name, created_at) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, id)
            .bind(2, orgId)
            .bind(3, name)
            .bind(4, nowMs())
            .run();
    });
    return id;
}

void Directory::checkPassword(const std::string &password)
{
    if (password.size() < kMinPassword || password.size() > kMaxPassword)
        throw std::invalid_argument("a password needs " + std::to_string(kMinPassword) + " to "
                                    + std::to_string(kMaxPassword) + " characters");
}

std::string Directory::createCoordinator(
    const std::string &orgId, const std::string &email, const std::string &password)
{
    if (email.find('@') == std::string::npos || email.size() > 254)
        throw std::invalid_argument("an account needs an e-mail address");
    checkPassword(password);
    // Hash outside the write lock: Argon2id is deliberately slow.
    const std::string hash = secrets::hashPassword(password);
    if (hash.empty())
        throw std::runtime_error("could not hash the password (out of memory?)");
    const std::string id = secrets::randomId();
    m_db.transaction([&] {
        requireOrganisation(orgId);
        auto taken = m_db.prepare("SELECT 1 FROM coordinators WHERE lower(email) = lower(?1)");
        taken.bind(1, email);
        if (taken.step())
            throw std::invalid_argument("there is already an account with that e-mail address");
        taken.reset();
        m_db.prepare(
                "INSERT INTO coordinators (id, org_id, email, password_hash, created_at) VALUES (?1, ?2, ?3, ?4, ?5)")
            .bind(1, id)
            .bind(2, orgId)
            .bind(3, email)
            .bind(4, hash)
            .bind(5, nowMs())
            .run();
    });
    return id;
}

IssuedCode Directory::issueEnrolmentCode(
    const std::string &orgId, const std::string &siteId, sync::protocol::Role role, int ttlMinutes)
{
    if (ttlMinutes < 1 || ttlMinutes > 60 * 24 * 14)
        throw std::runtime_error("an enrolment code lives between 1 minute and 14 days");
    IssuedCode issued { secrets::newEnrolmentCode(), nowMs() + std::int64_t(ttlMinutes) * 60000 };
    m_db.transaction([&] {
        auto s = m_db.prepare("SELECT 1 FROM sites WHERE id = ?1 AND org_id = ?2");
        s.bind(1, siteId).bind(2, orgId);
        if (!s.step())
            throw std::runtime_error("no site " + siteId + " in organisation " + orgId);
        s.reset();
        m_db.prepare("INSERT INTO enrolment_codes (code_hash, org_id, site_id, role, expires_at) VALUES (?1, ?2, ?3, "
                     "?4, ?5)")
            .bind(1, secrets::sha256Hex(secrets::normaliseCode(issued.code)))
            .bind(2, orgId)
            .bind(3, siteId)
            .bind(4, std::string(sync::protocol::roleName(role)))
            .bind(5, issued.expiresAt)
            .run();
    });
    issued.qr = sync::protocol::enrolQrPayload(issued.code, sync::seal::keyIdOf(SealKeys(m_db).current(orgId).publicKey));
    return issued;
}

Enrolment Directory::enrol(const std::string &code, const std::string &deviceName)
{
    Enrolment out;
    out.token = secrets::newToken();
    out.device.id = secrets::randomId();
    const std::string codeHash = secrets::sha256Hex(secrets::normaliseCode(code));
    m_db.transaction([&] {
        auto s = m_db.prepare(
            "SELECT e.org_id, e.site_id, e.role, e.expires_at, e.used_at, o.name, s.name"
            " FROM enrolment_codes e JOIN organisations o ON o.id = e.org_id JOIN sites s ON s.id = e.site_id"
            " WHERE e.code_hash = ?1");
        s.bind(1, codeHash);
        // One message for unknown, used and expired alike, so the answer does not help a guesser.
        if (!s.step() || !s.isNull(4) || s.integer(3) < nowMs())
            throw ApiError(ErrorCode::EnrolmentInvalid, "this enrolment code is unknown, expired or already used");
        out.device.orgId = s.text(0);
        out.device.siteId = s.text(1);
        out.device.role = sync::protocol::roleFromName(s.text(2)).value_or(sync::protocol::Role::Kiosk);
        out.orgName = s.text(5);
        out.siteName = s.text(6);
        s.reset();
        const std::int64_t now = nowMs();
        m_db.prepare("UPDATE enrolment_codes SET used_at = ?2, used_by = ?3 WHERE code_hash = ?1")
            .bind(1, codeHash)
            .bind(2, now)
            .bind(3, out.device.id)
            .run();
        m_db.prepare("INSERT INTO devices (id, org_id, site_id, role, name, token_hash, created_at, last_seen_at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7)")
            .bind(1, out.device.id)
            .bind(2, out.device.orgId)
            .bind(3, out.device.siteId)
            .bind(4, std::string(sync::protocol::roleName(out.device.role)))
            .bind(5, deviceName)
            .bind(6, secrets::sha256Hex(out.token))
            .bind(7, now)
            .run();
    });
    return out;
}

DeviceIdentity Directory::authenticate(const std::string &token)
{
    auto &s = m_db.cached("SELECT id, org_id, site_id, role, revoked_at FROM devices WHERE token_hash = ?1");
    sql::StatementReset reset(s);
    s.bind(1, secrets::sha256Hex(token));
    if (token.empty() || !s.step())
        throw ApiError(ErrorCode::Unauthorized, "this device is not enrolled with the server");
    if (!s.isNull(4))
        throw ApiError(
            ErrorCode::DeviceRevoked, "this device was revoked: its synced data must be wiped", { { "wipe", true } });
    DeviceIdentity d { s.text(0), s.text(1), s.text(2),
        sync::protocol::roleFromName(s.text(3)).value_or(sync::protocol::Role::Kiosk) };
    return d;
}

bool Directory::revokeDevice(const std::string &deviceId)
{
    bool found = false;
    m_db.transaction([&] {
        m_db.prepare("UPDATE devices SET revoked_at = coalesce(revoked_at, ?2) WHERE id = ?1")
            .bind(1, deviceId)
            .bind(2, nowMs())
            .run();
        found = m_db.changes() > 0;
    });
    return found;
}

nlohmann::json Directory::listDevices(const std::string &orgId)
{
    nlohmann::json out = nlohmann::json::array();
    auto s
        = m_db.prepare("SELECT id, site_id, role, name, revoked_at IS NOT NULL, last_pull_at, pull_cursor FROM devices"
                       " WHERE org_id = ?1 ORDER BY created_at");
    s.bind(1, orgId);
    while (s.step())
        out.push_back({ { "id", s.text(0) }, { "site", s.text(1) }, { "role", s.text(2) }, { "name", s.text(3) },
            { "revoked", s.integer(4) != 0 },
            { "last_pull_at", s.isNull(5) ? nlohmann::json() : nlohmann::json(s.integer(5)) },
            { "cursor", s.integer(6) } });
    return out;
}

} // namespace chorus::server
