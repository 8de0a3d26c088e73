#pragma once
// Runs real chorus-server processes on 127.0.0.1 in a temporary folder, and plays devices against
// them with the same RecordStore the app uses. The server's database is SQLite, or PostgreSQL in a
// throwaway cluster when CHORUS_TEST_DB=postgres (ctest runs every server test both ways).

#include "clock/hlc.h"
#include "pgcluster.h"
#include "sql/connection.h"
#include "sqlite/database.h"
#include "store/recordstore.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <csignal>
#include <filesystem>
#include <memory>
#include <string>
#include <sys/types.h>
#include <vector>

namespace chorus::test {

using Json = nlohmann::json;

// A temporary folder removed with everything in it at the end of the test.
class TempDir {
public:
    TempDir();
    ~TempDir();
    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};

[[nodiscard]] std::string serverBinary();
// Lower-case hex SHA-256, as media are named.
[[nodiscard]] std::string sha256Hex(const std::string &data);

// "postgres" when CHORUS_TEST_DB says so, else "sqlite".
[[nodiscard]] bool usingPostgres();
// A new, empty server database for this test's backend: a file in `dir` for SQLite, or a fresh
// database in the test run's own PostgreSQL cluster (started on first use; throws if it cannot be).
// Returns what `--db` takes.
[[nodiscard]] std::string newServerDatabase(const TempDir &dir, const std::string &name);
// This test process's PostgreSQL cluster (started on first use).
[[nodiscard]] PgCluster &testCluster();
// A direct connection to a server database, for checks and for ageing data as time would.
[[nodiscard]] std::unique_ptr<sql::Connection> openServerDatabase(const std::string &db);

// Runs an admin subcommand against `db` and returns its JSON output; throws on failure.
Json admin(const std::string &db, const std::vector<std::string> &args);

class ServerProcess {
public:
    // `log`, when given, receives the server's stderr (its structured log) instead of the test's.
    ServerProcess(const std::string &db, const std::filesystem::path &media, std::vector<std::string> extra = {},
        const std::filesystem::path &log = {});
    ~ServerProcess();
    ServerProcess(const ServerProcess &) = delete;
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] std::unique_ptr<httplib::Client> client() const;
    [[nodiscard]] pid_t pid() const { return m_pid; }
    void stop();
    // SIGKILL: the server gets no chance to finish anything (crash tests).
    void kill()
    {
        if (m_pid > 0)
            ::kill(m_pid, SIGKILL); // stop() then reaps it (its SIGTERM reaches only the zombie)
        stop();
    }

private:
    pid_t m_pid = -1;
    int m_port = 0;
};

struct Response {
    int status = 0;
    Json body;
    std::string raw;
    httplib::Headers headers;
};

[[nodiscard]] Response toResponse(const httplib::Result &r);

// One enrolled device with its own local store, outbox and cursor, as the device engine keeps them.
class Device {
public:
    Device(const ServerProcess &server, const std::string &token, const std::string &deviceId);
    Response get(const std::string &path);
    Response post(const std::string &path, const std::string &body, const std::string &encoding = {});
    Response put(const std::string &path, const std::string &body, const httplib::Headers &headers);

    // Writes locally and queues the change for push.
    sync::Change write(const std::string &kind, const std::string &record, const Json &fields);
    // Pushes the queue in batches of `batchSize`; returns the last answer.
    Response push(std::size_t batchSize = 50);
    // Pulls pages until no more; applies each page and its cursor in one transaction.
    Response pullAll(int limit = 50);
    [[nodiscard]] std::string dump(const std::string &table, const std::string &where = "1");
    [[nodiscard]] std::optional<Json> read(const std::string &kind, const std::string &record);

    const ServerProcess *server;
    std::string token;
    std::string id;
    std::string cursor = "0";
    std::vector<sync::Change> outbox;
    std::unique_ptr<sqlite::Database> db;
    sync::HybridClock clock;
    std::unique_ptr<sync::RecordStore> store;

private:
    int m_changeSeq = 0;
    int m_batchSeq = 0;
};

// A field of a record read from a store, by value (null when the record or field is absent), so
// comparisons never hold a reference into a temporary.
[[nodiscard]] Json fieldOf(const std::optional<Json> &record, const std::string &field);

// Enrols a device with a fresh code for `role`.
std::unique_ptr<Device> enrol(const ServerProcess &server, const std::string &db, const std::string &org,
    const std::string &site, const std::string &role);

} // namespace chorus::test
