#pragma once
// The operator's subcommands: create organisations, sites and coordinators, issue enrolment codes,
// revoke devices, list them, and back up. Each prints one JSON object on stdout.

#include "config.h"

#include <cstdio>
#include <string>
#include <vector>

namespace chorus::server {

// Returns the process exit code; an unknown command prints usage on stderr and opens no database.
[[nodiscard]] int runAdmin(
    const std::string &command, const std::vector<std::string> &args, const ServerConfig &config);

// A password from CHORUS_PASSWORD or the first line of stdin, so it never shows in `ps` or shell history.
[[nodiscard]] std::string readPassword();

// The subcommands and their flags.
void printUsage(std::FILE *to);

} // namespace chorus::server
