#include "serverharness.h"

#include "childprocess.h"
#include "pgcluster.h"
#include "protocol/protocol.h"
#include "serverdb.h"

#include <openssl/sha.h>

#include <csignal>
#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <random>
#include <stdexcept>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace chorus::test {

namespace fs = std::filesystem;

TempDir::TempDir()
{
    std::random_device rd;
    m_path
        = fs::temp_directory_path() / ("chorus-server-test-" + std::to_string(::getpid()) + "-" + std::to_string(rd()));
    fs::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ec;
    fs::remove_all(m_path, ec);
}

std::string serverBinary()
{
    const char *dir = std::getenv("CHORUS_BUILD_DIR");
    return std::string(dir ? dir : ".") + "/server/chorus-server";
}

std::string sha256Hex(const std::string &data)
{
    unsigned char out[SHA256_DIGEST_LENGTH];
    SHA256(reinterpret_cast<const unsigned char *>(data.data()), data.size(), out);
    static const char *const digits = "0123456789abcdef";
    std::string hex;
    for (unsigned char b : out) {
        hex += digits[b >> 4];
        hex += digits[b & 15];
    }
    return hex;
}

bool usingPostgres()
{
    const char *backend = std::getenv("CHORUS_TEST_DB");
    return backend && std::string(backend) == "postgres";
}

std::string newServerDatabase(const TempDir &dir, const std::string &name)
{
    if (!usingPostgres())
        return (dir.path() / (name + ".db")).string();
    static int count = 0;
    return testCluster().createDatabase(name + "_" + std::to_string(++count));
}

PgCluster &testCluster()
{
    // One cluster per test process, stopped and removed when the process ends.
    static PgCluster cluster;
    return cluster;
}

std::unique_ptr<sql::Connection> openServerDatabase(const std::string &db)
{
    return server::ServerDb::connect(db);
}

Json admin(const std::string &db, const std::vector<std::string> &args)
{
    std::string cmd = serverBinary();
    for (const auto &a : args)
        cmd += " '" + a + "'";
    cmd += " --db '" + db + "' 2>&1";
    FILE *p = ::popen(cmd.c_str(), "r");
    std::string out;
    char buf[512];
    while (p && fgets(buf, sizeof buf, p))
        out += buf;
    const int rc = p ? ::pclose(p) : -1;
    if (rc != 0)
        throw std::runtime_error("admin " + args.front() + " failed: " + out);
    return Json::parse(out);
}

ServerProcess::ServerProcess(
    const std::string &db, const fs::path &media, std::vector<std::string> extra, const fs::path &log)
{
    const fs::path portFile = fs::temp_directory_path()
        / ("chorus-port-" + std::to_string(::getpid()) + "-" + std::to_string(std::random_device {}()));
    std::vector<std::string> args { serverBinary(), "serve", "--db", db, "--media", media.string(), "--port", "0",
        "--port-file", portFile.string(), "--threads", "4", "--enrol-rate", "100000", "--device-rate", "100000",
        "--device-burst", "100000" };
    if (!std::getenv("CHORUS_TEST_VERBOSE"))
        args.emplace_back("--quiet");
    args.insert(args.end(), extra.begin(), extra.end());
    m_pid = ::fork();
    if (m_pid == 0) {
        if (!log.empty()) {
            const int fd = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
            if (fd >= 0)
                ::dup2(fd, 2);
        }
        // The server dies with the test, even when the test is killed or aborts.
        execDyingWithParent(args, SIGTERM);
    }
    for (int i = 0; i < 500 && m_port == 0; ++i) {
        std::ifstream in(portFile);
        if (!(in >> m_port))
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    fs::remove(portFile);
    if (m_port == 0) {
        stop();
        throw std::runtime_error("chorus-server did not start");
    }
}

ServerProcess::~ServerProcess()
{
    stop();
}

void ServerProcess::stop()
{
    if (m_pid <= 0)
        return;
    ::kill(m_pid, SIGTERM);
    int status = 0;
    ::waitpid(m_pid, &status, 0);
    m_pid = -1;
}

std::unique_ptr<httplib::Client> ServerProcess::client() const
{
    auto c = std::make_unique<httplib::Client>("127.0.0.1", m_port);
    c->set_default_headers({ { "Chorus-Protocol", std::to_string(sync::protocol::kVersion) } });
    c->set_read_timeout(30, 0);
    return c;
}

Response toResponse(const httplib::Result &r)
{
    Response out;
    if (!r)
        return out;
    out.status = r->status;
    out.raw = r->body;
    out.body = Json::parse(r->body, nullptr, false);
    out.headers = r->headers;
    return out;
}

Device::Device(const ServerProcess &s, const std::string &t, const std::string &deviceId)
    : server(&s)
    , token(t)
    , id(deviceId)
    , db(sqlite::Database::open(":memory:"))
{
    for (const auto &sql : sync::RecordStore::createTablesSql())
        db->exec(sql);
    store = std::make_unique<sync::RecordStore>(*db, clock, deviceId, sync::ConflictRole::Follow);
}

Response Device::get(const std::string &path)
{
    auto c = server->client();
    return toResponse(c->Get(path, { { "Authorization", "Bearer " + token } }));
}

Response Device::post(const std::string &path, const std::string &body, const std::string &encoding)
{
    auto c = server->client();
    httplib::Headers h { { "Authorization", "Bearer " + token } };
    if (!encoding.empty())
        h.emplace("Content-Encoding", encoding);
    return toResponse(c->Post(path, h, body, "application/json"));
}

Response Device::put(const std::string &path, const std::string &body, const httplib::Headers &headers)
{
    auto c = server->client();
    httplib::Headers h = headers;
    h.emplace("Authorization", "Bearer " + token);
    return toResponse(c->Put(path, h, body, "application/octet-stream"));
}

sync::Change Device::write(const std::string &kind, const std::string &record, const Json &fields)
{
    sync::Change c;
    db->transaction(
        [&] { c = store->writeLocal(kind, record, fields, id.substr(0, 8) + "-c" + std::to_string(++m_changeSeq)); });
    if (!c.fields.empty())
        outbox.push_back(c);
    return c;
}

Response Device::push(std::size_t batchSize)
{
    Response last;
    last.status = 200; // nothing to send is a success
    while (!outbox.empty()) {
        const std::size_t n = std::min(batchSize, outbox.size());
        Json changes = Json::array();
        for (std::size_t i = 0; i < n; ++i)
            changes.push_back(sync::toJson(outbox[i]));
        last = post("/v1/push",
            Json { { "batch", id.substr(0, 8) + "-b" + std::to_string(++m_batchSeq) }, { "changes", changes } }.dump());
        if (last.status != 200)
            return last;
        db->transaction([&] {
            for (const auto &c : last.body["clamped"])
                for (std::size_t i = 0; i < n; ++i)
                    if (outbox[i].changeId == c["id"])
                        (void)store->adoptVersion(outbox[i].kind, outbox[i].recordId, c["field"], c["from"], c["to"]);
        });
        outbox.erase(outbox.begin(), outbox.begin() + static_cast<long>(n));
    }
    return last;
}

Response Device::pullAll(int limit)
{
    Response r;
    for (;;) {
        r = get("/v1/pull?cursor=" + cursor + "&limit=" + std::to_string(limit));
        if (std::getenv("CHORUS_TEST_PULLS"))
            std::fprintf(
                stderr, "pull %s by %s: %d %s\n", cursor.c_str(), id.c_str(), r.status, r.raw.substr(0, 300).c_str());
        if (r.status != 200)
            return r;
        db->transaction([&] {
            for (const auto &c : r.body["changes"])
                (void)store->apply(sync::changeFromJson(c));
            cursor = r.body["cursor"].get<std::string>();
        });
        if (!r.body["more"].get<bool>())
            return r;
    }
}

std::string Device::dump(const std::string &table, const std::string &where)
{
    auto s = db->prepare("SELECT * FROM " + table + " WHERE " + where + " ORDER BY 1");
    std::string out;
    while (s.step()) {
        for (int i = 0; i < s.columnCount(); ++i)
            out += s.text(i) + "|";
        out += "\n";
    }
    return out;
}

std::optional<Json> Device::read(const std::string &kind, const std::string &record)
{
    return store->read(kind, record);
}

Json fieldOf(const std::optional<Json> &record, const std::string &field)
{
    if (!record || !record->contains(field))
        return nullptr;
    return record->at(field);
}

std::unique_ptr<Device> enrol(const ServerProcess &server, const std::string &db, const std::string &org,
    const std::string &site, const std::string &role)
{
    const Json code = admin(db, { "enrol-code", org, site, role });
    auto c = server.client();
    auto r = c->Post("/v1/enrol", Json { { "code", code["code"] }, { "name", role } }.dump(), "application/json");
    if (!r || r->status != 200)
        throw std::runtime_error("enrolment failed");
    const Json j = Json::parse(r->body);
    return std::make_unique<Device>(server, j["token"], j["device_id"]);
}

} // namespace chorus::test
