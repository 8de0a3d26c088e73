#pragma once
// After a restore: re-applies every withdrawal, redaction, retention purge and erasure in the removal
// ledger that the database (restored from a backup taken before them) does not show, and deletes the
// media files the restore brought back. Run at every start (it skips what already holds) and by
// `chorus-server reapply-removals`.

#include "mediastore.h"
#include "serverdb.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace chorus::server::dashboard {

// {"entries": N, "reapplied": M, "by_action": {"withdrawal": …}}.
nlohmann::json replayRemovals(ServerDb &server, MediaStore &media);

// `chorus-server reapply-removals`: the exit code, like runAdmin.
[[nodiscard]] int runReplayCommand(const std::string &database, const std::string &mediaDir);

} // namespace chorus::server::dashboard
