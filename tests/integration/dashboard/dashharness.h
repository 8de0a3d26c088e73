#pragma once
// Starts a real chorus-server on 127.0.0.1 in a temporary folder for the dashboard tests, with
// helpers to sign in to the dashboard and to play a kiosk over the sync protocol.

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <string>
#include <sys/types.h>
#include <vector>

namespace chorus::dashtest {

using Json = nlohmann::json;

struct Reply {
    int status = 0;
    std::string body;
    httplib::Headers headers;
    [[nodiscard]] Json json() const { return Json::parse(body, nullptr, false); }
};

// The server's database is a SQLite file in its folder, or a fresh database in this test process's
// own PostgreSQL cluster when CHORUS_TEST_DB=postgres.
class Server {
public:
    Server();
    ~Server();
    Server(const Server &) = delete;
    // Stops the server (or collects it, when it killed itself at a fault point) and starts it again
    // on the same database and media; `faultPoint` is CHORUS_FAULT_POINT for the new process.
    void restart(const std::string &faultPoint = {});
    // Runs an admin subcommand on the server's database; throws when it fails.
    Json admin(const std::vector<std::string> &args, const std::string &password = {});
    // The same, returning its exit status and putting what it printed in `out`.
    int adminExit(const std::vector<std::string> &args, const std::string &password, std::string &out);
    [[nodiscard]] httplib::Client client() const;
    [[nodiscard]] int port() const { return m_port; }
    [[nodiscard]] pid_t pid() const { return m_pid; }
    [[nodiscard]] const std::filesystem::path &dir() const { return m_dir; }
    // What --db takes: the SQLite file, or the PostgreSQL URL.
    [[nodiscard]] const std::string &database() const { return m_db; }
    [[nodiscard]] bool onPostgres() const;

private:
    void start(const std::string &faultPoint);

    std::filesystem::path m_dir;
    std::string m_db;
    pid_t m_pid = -1;
    int m_port = 0;
};

// A dashboard session: cookie and CSRF token from a real sign-in.
struct Session {
    std::string cookie;
    std::string csrf;
    Reply get(const Server &s, const std::string &path) const;
    Reply post(const Server &s, const std::string &path, const Json &body, bool withCsrf = true) const;
    // A body that is not JSON (a picture upload).
    Reply postBytes(const Server &s, const std::string &path, const std::string &bytes, const std::string &type) const;
};

Reply login(const Server &s, const std::string &email, const std::string &password, Session *out = nullptr);

// A kiosk speaking the sync protocol, writing versions as the device engine does.
struct Kiosk {
    std::string id;
    std::string token;
    std::string cursor = "0";
    int counter = 0;
    [[nodiscard]] std::string version(std::int64_t wallMs);
    Reply push(const Server &s, const Json &changes);
    Reply pull(const Server &s);
    Reply putMedia(const Server &s, const std::string &bytes, std::string *sha);
};

// One field of a change as the kiosk writes it at `wallMs`: the value, a fresh version, no base.
[[nodiscard]] Json fieldAt(Kiosk &k, const Json &value, std::int64_t wallMs);

// Enrols a device with a fresh code; "kiosk" by default, or "outreach" / "coordinator".
Kiosk enrolKiosk(Server &s, const std::string &org, const std::string &site, const std::string &role = "kiosk");
[[nodiscard]] std::int64_t nowMs();

} // namespace chorus::dashtest
