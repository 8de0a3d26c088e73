#pragma once
// Privacy is a property you scan for: after a removal, a canary written before it must be in no byte
// the server keeps. Files are read raw (database, WAL, media); a PostgreSQL database, whose files
// belong to the cluster, is scanned row by row in every table.

#include <filesystem>
#include <string>
#include <vector>

namespace chorus::test {

// Every regular file under `dir` whose bytes contain `needle`.
[[nodiscard]] std::vector<std::filesystem::path> filesContaining(
    const std::filesystem::path &dir, const std::string &needle);
// Every table of the server database `db` (what `--db` takes) with a row whose text holds `needle`.
[[nodiscard]] std::vector<std::string> tablesContaining(const std::string &db, const std::string &needle);

// Both scans of a server (its database and every file under its folder), as one line per place the
// canary was found ("file PATH", "table NAME"), printed to stderr too; empty when it is nowhere.
[[nodiscard]] std::vector<std::string> whereCanaryIs(
    const std::string &db, const std::filesystem::path &dir, const std::string &canary);

} // namespace chorus::test
