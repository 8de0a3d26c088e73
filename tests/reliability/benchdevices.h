#pragma once
// Many simulated devices at once, for the load tests: `bench_sync devices` (the app's own store and
// sync engine) against a server, and what the devices' stores hold afterwards.

#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <filesystem>
#include <set>
#include <string>
#include <vector>

namespace chorus::test {

struct DevicesRun {
    nlohmann::json result; // bench_sync's summary, not an object when it printed none
    int exitStatus = -1;
    std::set<std::string> written; // the contribution ids in the devices' stores
};

// Runs `devices` devices enrolled with the codes in root/codes (one a line) against `port` on
// 127.0.0.1, their stores under root/stores, with bench_sync's `options` (how much each writes, for
// how long). Prints bench_sync's log when anything went wrong.
[[nodiscard]] DevicesRun runBenchDevices(
    const std::filesystem::path &root, int port, long devices, const std::vector<std::string> &options);

// The first column of the first row `query` answers, as a number.
[[nodiscard]] long countOf(sql::Connection &db, const std::string &query);

// A whole number from the environment, or `fallback` when unset or not positive.
[[nodiscard]] long envNumber(const char *name, long fallback);

} // namespace chorus::test
