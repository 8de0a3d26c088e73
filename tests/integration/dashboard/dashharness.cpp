#include "dashharness.h"

#include "pgcluster.h"

#include <sodium.h>

#include <array>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <signal.h>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace chorus::dashtest {

namespace fs = std::filesystem;

namespace {
std::string binary()
{
    const char *dir = std::getenv("CHORUS_BUILD_DIR");
    return std::string(dir ? dir : ".") + "/server/chorus-server";
}

std::string shellQuote(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

Reply toReply(const httplib::Result &r)
{
    if (!r)
        return { 0, {}, {} };
    return { r->status, r->body, r->headers };
}
} // namespace

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

Server::Server()
{
    char tmpl[] = "/tmp/chorus-dash-XXXXXX";
    if (!mkdtemp(tmpl))
        throw std::runtime_error("mkdtemp failed");
    m_dir = tmpl;
    if (onPostgres()) {
        // One cluster per test process, stopped and removed when the process ends.
        static test::PgCluster cluster;
        static int count = 0;
        m_db = cluster.createDatabase("dash_" + std::to_string(++count));
    } else {
        m_db = (m_dir / "db.sqlite").string();
    }
    start({});
}

void Server::start(const std::string &faultPoint)
{
    const std::string &db = m_db;
    const std::string media = (m_dir / "media").string(), portFile = (m_dir / "port").string();
    fs::remove(portFile);
    m_port = 0;
    m_pid = fork();
    if (m_pid == 0) {
        if (!faultPoint.empty())
            setenv("CHORUS_FAULT_POINT", faultPoint.c_str(), 1);
        const std::string bin = binary();
        execl(bin.c_str(), bin.c_str(), "serve", "--db", db.c_str(), "--media", media.c_str(), "--port", "0",
            "--port-file", portFile.c_str(), "--quiet", "--threads", "4", static_cast<char *>(nullptr));
        _exit(127);
    }
    for (int i = 0; i < 200 && m_port == 0; ++i) {
        std::ifstream in(portFile);
        if (!(in >> m_port))
            std::this_thread::sleep_for(std::chrono::milliseconds(25));
    }
    if (m_port == 0)
        throw std::runtime_error("chorus-server did not start: " + binary());
}

void Server::restart(const std::string &faultPoint)
{
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        int status = 0;
        waitpid(m_pid, &status, 0);
        m_pid = -1;
    }
    start(faultPoint);
}

Server::~Server()
{
    if (m_pid > 0) {
        kill(m_pid, SIGTERM);
        int status = 0;
        waitpid(m_pid, &status, 0);
    }
    std::error_code ec;
    fs::remove_all(m_dir, ec);
}

Json fieldAt(Kiosk &k, const Json &value, std::int64_t wallMs)
{
    return { { "value", value }, { "version", k.version(wallMs) }, { "base", "" } };
}

bool Server::onPostgres() const
{
    const char *backend = std::getenv("CHORUS_TEST_DB");
    return backend && std::string(backend) == "postgres";
}

int Server::adminExit(const std::vector<std::string> &args, const std::string &password, std::string &out)
{
    std::string cmd
        = (password.empty() ? std::string() : "CHORUS_PASSWORD=" + shellQuote(password) + " ") + shellQuote(binary());
    for (const auto &a : args)
        cmd += " " + shellQuote(a);
    cmd += " --db " + shellQuote(m_db) + " 2>&1";
    FILE *p = popen(cmd.c_str(), "r");
    out.clear();
    std::array<char, 4096> buf {};
    while (p && fgets(buf.data(), buf.size(), p))
        out += buf.data();
    const int rc = p ? pclose(p) : -1;
    return rc >= 0 && WIFEXITED(rc) ? WEXITSTATUS(rc) : -1;
}

Json Server::admin(const std::vector<std::string> &args, const std::string &password)
{
    std::string out;
    if (adminExit(args, password, out) != 0)
        throw std::runtime_error("admin " + args.front() + " failed: " + out);
    return Json::parse(out);
}

httplib::Client Server::client() const
{
    httplib::Client c("127.0.0.1", m_port);
    c.set_connection_timeout(5);
    c.set_read_timeout(20);
    return c;
}

Reply login(const Server &s, const std::string &email, const std::string &password, Session *out)
{
    Reply r = toReply(s.client().Post(
        "/dashboard/api/login", Json { { "email", email }, { "password", password } }.dump(), "application/json"));
    if (out && r.status == 200) {
        const std::string cookie = r.headers.find("Set-Cookie")->second;
        out->cookie = cookie.substr(0, cookie.find(';'));
        out->csrf = r.json()["csrf"];
    }
    return r;
}

Reply Session::get(const Server &s, const std::string &path) const
{
    httplib::Headers h;
    if (!cookie.empty())
        h.emplace("Cookie", cookie);
    return toReply(s.client().Get(path.c_str(), h));
}

Reply Session::post(const Server &s, const std::string &path, const Json &body, bool withCsrf) const
{
    httplib::Headers h;
    if (!cookie.empty())
        h.emplace("Cookie", cookie);
    if (withCsrf)
        h.emplace("X-CSRF-Token", csrf);
    return toReply(s.client().Post(path.c_str(), h, body.dump(), "application/json"));
}

Reply Session::postBytes(const Server &s, const std::string &path, const std::string &bytes, const std::string &type) const
{
    const httplib::Headers h { { "Cookie", cookie }, { "X-CSRF-Token", csrf } };
    return toReply(s.client().Post(path.c_str(), h, bytes, type.c_str()));
}

std::string Kiosk::version(std::int64_t wallMs)
{
    char buf[40];
    std::snprintf(
        buf, sizeof buf, "%016llx.%08x.", static_cast<unsigned long long>(wallMs), static_cast<unsigned>(counter++));
    return buf + id;
}

Reply Kiosk::push(const Server &s, const Json &changes)
{
    const httplib::Headers h { { "Authorization", "Bearer " + token }, { "Chorus-Protocol", "1" } };
    const Json body { { "batch", "b-" + std::to_string(counter++) + "-" + std::to_string(nowMs()) },
        { "changes", changes } };
    return toReply(s.client().Post("/v1/push", h, body.dump(), "application/json"));
}

Reply Kiosk::pull(const Server &s)
{
    const httplib::Headers h { { "Authorization", "Bearer " + token }, { "Chorus-Protocol", "1" } };
    Reply r = toReply(s.client().Get(("/v1/pull?limit=1000&cursor=" + cursor).c_str(), h));
    if (r.status == 200)
        cursor = r.json()["cursor"];
    return r;
}

Reply Kiosk::putMedia(const Server &s, const std::string &bytes, std::string *sha)
{
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(out, reinterpret_cast<const unsigned char *>(bytes.data()), bytes.size());
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    *sha = hex;
    const httplib::Headers h { { "Authorization", "Bearer " + token }, { "Chorus-Protocol", "1" },
        { "Chorus-Media-Size", std::to_string(bytes.size()) } };
    return toReply(s.client().Put(("/v1/media/" + *sha + "?offset=0").c_str(), h, bytes, "application/octet-stream"));
}

Kiosk enrolKiosk(Server &s, const std::string &org, const std::string &site, const std::string &role)
{
    const Json code = s.admin({ "enrol-code", org, site, role });
    auto r = s.client().Post("/v1/enrol", { { "Chorus-Protocol", "1" } },
        Json { { "code", code["code"] }, { "name", "Front desk" } }.dump(), "application/json");
    if (!r || r->status != 200)
        throw std::runtime_error("enrolment failed");
    const Json j = Json::parse(r->body);
    return Kiosk { j["device_id"], j["token"] };
}

} // namespace chorus::dashtest
