#pragma once
// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, a postmaster on
// 127.0.0.1 at a free port, databases on demand; stopped and deleted when the object goes. Run as
// root (CI), it runs PostgreSQL's programs as the `postgres` system user, since initdb refuses root.
// The postmaster is a child of the thread that creates the cluster and shuts down when that thread
// ends, so create it on the test's main thread.
// Starting fails loudly (std::runtime_error with the programs' output): a PostgreSQL test must never
// pass by skipping.

#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace chorus::test {

class PgCluster {
public:
    PgCluster();
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    // Creates an empty database and returns its URL (postgresql://postgres@127.0.0.1:PORT/NAME).
    [[nodiscard]] std::string createDatabase(const std::string &name);
    [[nodiscard]] int port() const { return m_port; }
    // The cluster's files (tables, indexes, WAL), for scans of what is left on disk.
    [[nodiscard]] std::filesystem::path dataDir() const { return m_dir / "data"; }
    [[nodiscard]] std::string url(const std::string &database) const;

private:
    // Runs a PostgreSQL program from the server's bin folder; returns its exit code and output.
    int run(const std::string &program, const std::vector<std::string> &args, std::string &output) const;
    void start();
    void stop();

    std::filesystem::path m_bin;
    std::filesystem::path m_dir;
    bool m_asPostgresUser = false;
    bool m_running = false;
    pid_t m_pid = -1;
    int m_port = 0;
};

} // namespace chorus::test
