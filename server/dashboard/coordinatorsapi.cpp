// Coordinator accounts, for administrators: list them, add one, change a role, end an account's
// sessions, set a new password (which ends its sessions too) and remove an account. Roles are read
// live by every request. The rules themselves are in CoordinatorAccounts, shared with the CLI.

#include "apierror.h"
#include "apis.h"
#include "bodyfields.h"
#include "coordinatoraccounts.h"

#include <stdexcept>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
// An account of the caller's organisation; not_found for anyone else's.
Account accountOf(Call &call, const std::string &id)
{
    auto account = CoordinatorAccounts(call.db).find(call.session.orgId, id);
    if (!account)
        throw ApiError(ErrorCode::NotFound, "no such coordinator in your organisation");
    return *account;
}

// The rules' own messages (a short password, an unknown role) are the person's to read.
template<typename Fn>
void asBadRequest(Fn &&fn)
{
    try {
        fn();
    } catch (const std::invalid_argument &e) {
        throw ApiError(ErrorCode::BadRequest, e.what());
    }
}

void refuseOwnAccount(const Call &call, const std::string &id, const char *what)
{
    if (id == call.session.coordinatorId)
        throw ApiError(ErrorCode::BadRequest, std::string("you cannot ") + what
                + " your own account; ask another administrator");
}
} // namespace

void installCoordinatorsApi(Router &router)
{
    router.get(
        "/dashboard/api/coordinators",
        [](Call &call) -> Json { return { { "coordinators", CoordinatorAccounts(call.db).list(call.session.orgId) } }; },
        Role::Admin);
    router.post(
        "/dashboard/api/coordinators",
        [](Call &call) -> Json {
            const Json &body = call.body();
            const std::string email = textField(body, "email", {});
            std::string id;
            asBadRequest([&] {
                id = CoordinatorAccounts(call.db).create(call.session.orgId, email, textField(body, "password", {}),
                    textField(body, "role", "coordinator"));
            });
            call.audit("coordinator.create", email, { { "role", textField(body, "role", "coordinator") } });
            return { { "id", id } };
        },
        Role::Admin);
    router.post(R"(/dashboard/api/coordinators/([A-Za-z0-9_-]{1,64})/role)",
        [](Call &call) -> Json {
            const Account account = accountOf(call, call.match(1));
            refuseOwnAccount(call, account.id, "change the role of");
            const std::string role = textField(call.body(), "role", {});
            asBadRequest([&] { CoordinatorAccounts(call.db).setRole(account.id, role); });
            call.audit("coordinator.role", account.email, { { "role", role } });
            return { { "id", account.id }, { "role", role } };
        },
        Role::Admin);
    router.post(R"(/dashboard/api/coordinators/([A-Za-z0-9_-]{1,64})/end-sessions)",
        [](Call &call) -> Json {
            const Account account = accountOf(call, call.match(1));
            CoordinatorAccounts(call.db).endSessions(account.id);
            call.audit("coordinator.end_sessions", account.email);
            return { { "sessions_ended", account.id } };
        },
        Role::Admin);
    router.post(R"(/dashboard/api/coordinators/([A-Za-z0-9_-]{1,64})/password)",
        [](Call &call) -> Json {
            const Account account = accountOf(call, call.match(1));
            const std::string password = textField(call.body(), "password", {});
            asBadRequest([&] { CoordinatorAccounts(call.db).setPassword(account, password); });
            call.audit("coordinator.password_reset", account.email);
            return { { "password_reset", account.id } };
        },
        Role::Admin);
    router.post(R"(/dashboard/api/coordinators/([A-Za-z0-9_-]{1,64})/remove)",
        [](Call &call) -> Json {
            refuseOwnAccount(call, call.match(1), "remove");
            const Account account = accountOf(call, call.match(1));
            CoordinatorAccounts(call.db).remove(account.id);
            call.audit("coordinator.remove", account.email);
            return { { "removed", account.id } };
        },
        Role::Admin);
}

} // namespace chorus::server::dashboard
