#include "pgcluster.h"

#include "childprocess.h"
#include "freeport.h"

#include <pqxx/connection>
#include <pqxx/nontransaction>

#include <arpa/inet.h>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <netinet/in.h>
#include <pwd.h>
#include <random>
#include <stdexcept>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace chorus::test {

namespace fs = std::filesystem;

namespace {
// CHORUS_PG_BIN wins; then Debian's /usr/lib/postgresql/<version>/bin, newest first; then PATH.
fs::path findBinDir()
{
    if (const char *env = std::getenv("CHORUS_PG_BIN"); env && *env)
        return env;
    fs::path best;
    int bestVersion = -1;
    std::error_code ec;
    for (const auto &e : fs::directory_iterator("/usr/lib/postgresql", ec)) {
        const int version = std::atoi(e.path().filename().c_str());
        if (version > bestVersion && fs::exists(e.path() / "bin" / "initdb")) {
            bestVersion = version;
            best = e.path() / "bin";
        }
    }
    return best;
}

std::string quoted(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}
} // namespace

PgCluster::PgCluster()
    : m_bin(findBinDir())
{
    m_dir = fs::temp_directory_path()
        / ("chorus-pg-" + std::to_string(::getpid()) + "-" + std::to_string(std::random_device {}()));
    fs::create_directories(m_dir);
    try {
        start();
    } catch (...) {
        // The destructor does not run for a constructor that throws.
        stop();
        std::error_code ec;
        fs::remove_all(m_dir, ec);
        throw;
    }
}

void PgCluster::start()
{
    fs::permissions(m_dir, fs::perms::owner_all);
    if (::geteuid() == 0) {
        const passwd *pw = ::getpwnam("postgres");
        if (!pw)
            throw std::runtime_error(
                "PgCluster: running as root needs the postgres system user (apt install postgresql)");
        if (::chown(m_dir.c_str(), pw->pw_uid, pw->pw_gid) != 0)
            throw std::runtime_error("PgCluster: cannot hand " + m_dir.string() + " to the postgres user");
        m_asPostgresUser = true;
    }
    std::string out;
    // No fsync and no locale: the cluster lives for one test run, and C collation orders text by
    // bytes, as SQLite does. WAL segments are deleted rather than recycled, as docs/operations.md
    // asks of a production cluster, so the canary scans can read every file.
    if (run("initdb",
            { "-D", (m_dir / "data").string(), "-A", "trust", "-U", "postgres", "--no-locale", "-E", "UTF8",
                "--no-sync" },
            out)
        != 0)
        throw std::runtime_error("PgCluster: initdb failed:\n" + out);
    m_port = freePort();
    const std::string data = (m_dir / "data").string(), log = (m_dir / "server.log").string();
    const std::string postgres = m_bin.empty() ? std::string("postgres") : (m_bin / "postgres").string();
    std::vector<std::string> args { postgres, "-D", data, "-p", std::to_string(m_port), "-c",
        "listen_addresses=127.0.0.1", "-k", m_dir.string(), "-c", "fsync=off", "-c", "synchronous_commit=off", "-c",
        "full_page_writes=off", "-c", "max_connections=200", "-c", "wal_recycle=off" };
    const passwd *pw = m_asPostgresUser ? ::getpwnam("postgres") : nullptr;
    m_pid = ::fork();
    if (m_pid == 0) {
        const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
        if (fd >= 0) {
            ::dup2(fd, 1);
            ::dup2(fd, 2);
        }
        if (pw && (::setgid(pw->pw_gid) != 0 || ::setuid(pw->pw_uid) != 0))
            ::_exit(126);
        // The postmaster shuts down at once if the test dies, even killed by a ctest timeout, so
        // no cluster outlives its test.
        execDyingWithParent(args, SIGQUIT);
    }
    if (m_pid < 0)
        throw std::runtime_error("PgCluster: cannot start postgres");
    m_running = true;
    for (int i = 0; i < 600; ++i) {
        int status = 0;
        if (::waitpid(m_pid, &status, WNOHANG) == m_pid) {
            m_running = false;
            std::string text;
            (void)run("cat", { log }, text);
            throw std::runtime_error("PgCluster: postgres exited at start:\n" + text);
        }
        try {
            pqxx::connection probe(url("postgres"));
            return;
        } catch (const std::exception &) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
    throw std::runtime_error("PgCluster: postgres did not accept connections within 60 s");
}

PgCluster::~PgCluster()
{
    stop();
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

void PgCluster::stop()
{
    if (!m_running)
        return;
    // Immediate shutdown: the data is thrown away next.
    ::kill(m_pid, SIGQUIT);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_running = false;
}

int PgCluster::run(const std::string &program, const std::vector<std::string> &args, std::string &output) const
{
    std::string cmd;
    if (m_asPostgresUser)
        cmd = "runuser -u postgres -- ";
    const fs::path exe = program == "cat" ? fs::path("cat") : (m_bin.empty() ? fs::path(program) : m_bin / program);
    cmd += quoted(exe.string());
    for (const auto &a : args)
        cmd += " " + quoted(a);
    cmd += " 2>&1";
    output.clear();
    FILE *p = ::popen(cmd.c_str(), "r");
    if (!p)
        return -1;
    char buf[512];
    while (fgets(buf, sizeof buf, p))
        output += buf;
    const int status = ::pclose(p);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string PgCluster::url(const std::string &database) const
{
    return "postgresql://postgres@127.0.0.1:" + std::to_string(m_port) + "/" + database;
}

std::string PgCluster::createDatabase(const std::string &name)
{
    pqxx::connection c(url("postgres"));
    pqxx::nontransaction tx(c);
    tx.exec("CREATE DATABASE " + tx.quote_name(name));
    return url(name);
}

} // namespace chorus::test
