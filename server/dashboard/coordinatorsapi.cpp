// Coordinator accounts, for administrators: list them, end an account's sessions, set a new password
// (which ends its sessions too) and remove an account. Roles are read live by every request.

#include "apierror.h"
#include "apis.h"
#include "bodyfields.h"
#include "secrets.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
// The e-mail of a coordinator of the caller's organisation; not_found for anyone else's.
std::string accountEmail(Call &call, const std::string &id)
{
    auto s = call.db.prepare("SELECT email FROM coordinators WHERE id = ?1 AND org_id = ?2");
    s.bind(1, id).bind(2, call.session.orgId);
    if (!s.step())
        throw ApiError(ErrorCode::NotFound, "no such coordinator in your organisation");
    return s.text(0);
}

void endSessions(sql::Connection &db, const std::string &coordinatorId)
{
    db.prepare("DELETE FROM dashboard_sessions WHERE coordinator_id = ?1").bind(1, coordinatorId).run();
}
} // namespace

void installCoordinatorsApi(Router &router)
{
    router.get(
        "/dashboard/api/coordinators",
        [](Call &call) -> Json {
            Json out = Json::array();
            auto s = call.db.prepare("SELECT c.id, c.email, coalesce(r.role, 'coordinator'), c.created_at,"
                                     " (SELECT count(*) FROM dashboard_sessions d WHERE d.coordinator_id = c.id)"
                                     " FROM coordinators c LEFT JOIN dashboard_roles r ON r.coordinator_id = c.id"
                                     " WHERE c.org_id = ?1 ORDER BY c.email");
            s.bind(1, call.session.orgId);
            while (s.step())
                out.push_back({ { "id", s.text(0) }, { "email", s.text(1) }, { "role", s.text(2) },
                    { "created_at", s.integer(3) }, { "sessions", s.integer(4) } });
            return { { "coordinators", out } };
        },
        Role::Admin);
    router.post(R"(/dashboard/api/coordinators/([A-Za-z0-9_-]{1,64})/end-sessions)",
        [](Call &call) -> Json {
            const std::string id = call.match(1);
            const std::string email = accountEmail(call, id);
            call.db.transaction([&] { endSessions(call.db, id); });
            call.audit("coordinator.end_sessions", email);
            return { { "sessions_ended", id } };
        },
        Role::Admin);
    router.post(R"(/dashboard/api/coordinators/([A-Za-z0-9_-]{1,64})/password)",
        [](Call &call) -> Json {
            const std::string id = call.match(1);
            const std::string email = accountEmail(call, id);
            const std::string password = textField(call.body(), "password", {});
            if (password.size() < 10 || password.size() > 1024)
                throw ApiError(ErrorCode::BadRequest, "a password needs 10 to 1024 characters");
            const std::string hash = secrets::hashPassword(password);
            if (hash.empty())
                throw ApiError(ErrorCode::Internal, "could not hash the password");
            call.db.transaction([&] {
                call.db.prepare("UPDATE coordinators SET password_hash = ?2 WHERE id = ?1")
                    .bind(1, id)
                    .bind(2, hash)
                    .run();
                endSessions(call.db, id);
                call.db.prepare("DELETE FROM dashboard_login_attempts WHERE key = ?1")
                    .bind(1, "account:" + email)
                    .run();
            });
            call.audit("coordinator.password_reset", email);
            return { { "password_reset", id } };
        },
        Role::Admin);
    router.post(R"(/dashboard/api/coordinators/([A-Za-z0-9_-]{1,64})/remove)",
        [](Call &call) -> Json {
            const std::string id = call.match(1);
            if (id == call.session.coordinatorId)
                throw ApiError(ErrorCode::BadRequest, "you cannot remove your own account; ask another administrator");
            const std::string email = accountEmail(call, id);
            call.db.transaction([&] {
                endSessions(call.db, id);
                call.db.prepare("DELETE FROM dashboard_roles WHERE coordinator_id = ?1").bind(1, id).run();
                call.db.prepare("DELETE FROM coordinators WHERE id = ?1").bind(1, id).run();
            });
            call.audit("coordinator.remove", email);
            return { { "removed", id } };
        },
        Role::Admin);
}

} // namespace chorus::server::dashboard
