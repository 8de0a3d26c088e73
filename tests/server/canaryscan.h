#pragma once
// Privacy is a property you scan for: after a removal, a canary written before it must be in no byte
// the server keeps. Files are read raw (database, WAL, media), and a database is scanned row by row in
// every table. On PostgreSQL the scan first runs `chorus-server scrub` (what serve does some minutes
// after a removal) and then reads every file of the test's cluster raw too: tables, indexes, WAL.

#include <filesystem>
#include <string>
#include <vector>

namespace chorus::test {

// Every regular file under `dir` whose bytes contain `needle`.
[[nodiscard]] std::vector<std::filesystem::path> filesContaining(
    const std::filesystem::path &dir, const std::string &needle);
// Every file of the test cluster that belongs to PostgreSQL database `db` (its folder under base/) or
// to the whole cluster (pg_wal, global and the rest) whose bytes contain `needle`. Other databases'
// folders are left out: a test may keep several servers' databases in one cluster.
[[nodiscard]] std::vector<std::filesystem::path> postgresFilesContaining(const std::string &db, const std::string &needle);
// Every table of the server database `db` (what `--db` takes) with a row whose text holds `needle`.
[[nodiscard]] std::vector<std::string> tablesContaining(const std::string &db, const std::string &needle);

// Both scans of a server (its database and every file under its folder, and on PostgreSQL, after a
// scrub, every file of the cluster), as one line per place the canary was found ("file PATH",
// "table NAME"), printed to stderr too; empty when it is nowhere.
[[nodiscard]] std::vector<std::string> whereCanaryIs(
    const std::string &db, const std::filesystem::path &dir, const std::string &canary);

} // namespace chorus::test
