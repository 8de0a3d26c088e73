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

// Creates the dashboard tables and installs every route. The pages are compiled in from web/dashboard;
// $CHORUS_DASHBOARD_DIR serves them from that folder on disk instead (for editing them live).
void install(httplib::Server &server, ServerDb &db, MediaStore &media, const ServerConfig &config);

// The folder to serve pages from, or empty for the compiled-in pages.
[[nodiscard]] std::filesystem::path webRoot();

} // namespace chorus::server::dashboard
