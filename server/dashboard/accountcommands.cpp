#include "accountcommands.h"

#include "admin.h"
#include "auditlog.h"
#include "coordinatoraccounts.h"
#include "serverdb.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <iterator>
#include <stdexcept>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

namespace {
const char *const kCommands[] = { "dashboard-role", "list-coordinators", "end-sessions", "reset-password",
    "remove-coordinator" };

const std::string &arg(const std::vector<std::string> &args, std::size_t i, const char *what)
{
    if (i >= args.size() || args[i].rfind("--", 0) == 0)
        throw std::invalid_argument(std::string("missing ") + what);
    return args[i];
}

// Changes made at the command line are in the audit trail too, by "command line" instead of a person.
void audit(sql::Connection &db, const Account &account, const std::string &action, const Json &detail = Json::object())
{
    Session operatorSession;
    operatorSession.orgId = account.orgId;
    operatorSession.email = "command line";
    AuditLog(db).record(operatorSession, action, account.email, detail);
}

Json run(const std::string &command, const std::vector<std::string> &args, sql::Connection &db)
{
    CoordinatorAccounts accounts(db);
    if (command == "list-coordinators")
        return { { "coordinators", accounts.list(arg(args, 0, "ORG_ID")) } };
    const std::string &email = arg(args, 0, "EMAIL");
    std::string role;
    if (command == "dashboard-role") {
        role = arg(args, 1, "ROLE (admin or coordinator)");
        if (!CoordinatorAccounts::isRole(role))
            throw std::invalid_argument("ROLE must be admin or coordinator");
    }
    // Read before looking the account up, so a script piping a password never blocks on a later prompt.
    const std::string password = command == "reset-password" ? readPassword() : std::string();
    const auto account = accounts.findByEmail(email);
    if (!account)
        throw std::runtime_error("no coordinator with email " + email);
    if (command == "dashboard-role") {
        accounts.setRole(account->id, role);
        audit(db, *account, "coordinator.role", { { "role", role } });
        return { { "email", account->email }, { "role", role } };
    }
    if (command == "end-sessions") {
        accounts.endSessions(account->id);
        audit(db, *account, "coordinator.end_sessions");
        return { { "sessions_ended", account->email } };
    }
    if (command == "reset-password") {
        accounts.setPassword(*account, password);
        audit(db, *account, "coordinator.password_reset");
        return { { "password_reset", account->email } };
    }
    accounts.remove(account->id);
    audit(db, *account, "coordinator.remove");
    return { { "removed", account->email } };
}
} // namespace

bool isAccountCommand(const std::string &command)
{
    return std::find(std::begin(kCommands), std::end(kCommands), command) != std::end(kCommands);
}

int runAccountCommand(const std::string &command, const std::vector<std::string> &args, const ServerConfig &config)
{
    try {
        ServerDb db(config.database);
        auto lease = db.lease();
        const Json out = run(command, args, *lease);
        std::printf("%s\n", out.dump().c_str());
        return 0;
    } catch (const std::invalid_argument &e) {
        std::fprintf(stderr, "chorus-server %s: %s\n", command.c_str(), e.what());
        printUsage(stderr);
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "chorus-server %s: %s\n", command.c_str(), e.what());
        return 1;
    }
}

} // namespace chorus::server::dashboard
