#pragma once
// The operator's subcommands: create organisations, sites and coordinators, issue enrolment codes,
// revoke devices, list them, and back up. Each prints one JSON object on stdout.

#include "config.h"

#include <string>
#include <vector>

namespace chorus::server {

// Returns the process exit code; false-y input prints usage on stderr.
[[nodiscard]] int runAdmin(
    const std::string &command, const std::vector<std::string> &args, const ServerConfig &config);

} // namespace chorus::server
