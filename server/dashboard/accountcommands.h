#pragma once
// The command-line way to manage coordinator accounts, for an operator with no dashboard admin yet
// (or locked out of it): dashboard-role, list-coordinators, end-sessions, reset-password,
// remove-coordinator. Each prints one JSON object, like the other subcommands.

#include "config.h"

#include <string>
#include <vector>

namespace chorus::server::dashboard {

[[nodiscard]] bool isAccountCommand(const std::string &command);
// The exit code: 0 done, 1 failed (no such account), 2 misused.
[[nodiscard]] int runAccountCommand(
    const std::string &command, const std::vector<std::string> &args, const ServerConfig &config);

} // namespace chorus::server::dashboard
