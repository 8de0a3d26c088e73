#pragma once
// The coordinators' web dashboard served by chorus-server: its API under /dashboard/api/ and its web
// pages under /dashboard/. One call wires it into the server.

#include "config.h"
#include "mediastore.h"
#include "serverdb.h"

#include <httplib.h>

#include <filesystem>
#include <string>
#include <vector>

namespace chorus::server::dashboard {

// Creates the dashboard tables and installs every route. The pages come from $CHORUS_DASHBOARD_DIR
// or, by default, the web/dashboard folder of the source tree the server was built from.
void install(httplib::Server &server, ServerDb &db, MediaStore &media, const ServerConfig &config);

[[nodiscard]] std::filesystem::path webRoot();

// `chorus-server dashboard-role EMAIL admin|coordinator`: the exit code, like runAdmin.
[[nodiscard]] int runRoleCommand(const std::vector<std::string> &args, const ServerConfig &config);

} // namespace chorus::server::dashboard
