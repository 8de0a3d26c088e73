#include "fuzzserver.h"

#include "directory.h"
#include "logger.h"
#include "secrets.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <unistd.h>

namespace chorus::fuzz {

namespace {

// One request in, the answer collected: what a socket would carry.
class MemoryStream final : public httplib::Stream {
public:
    explicit MemoryStream(const std::string &in)
        : m_in(in)
    { }
    bool is_readable() const override { return true; }
    bool is_writable() const override { return true; }
    ssize_t read(char *ptr, size_t size) override
    {
        const size_t n = std::min(size, m_in.size() - m_pos);
        std::copy_n(m_in.data() + m_pos, n, ptr);
        m_pos += n;
        return static_cast<ssize_t>(n);
    }
    ssize_t write(const char *ptr, size_t size) override
    {
        m_out.append(ptr, size);
        return static_cast<ssize_t>(size);
    }
    void get_remote_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 40000;
    }
    void get_local_ip_and_port(std::string &ip, int &port) const override
    {
        ip = "127.0.0.1";
        port = 8080;
    }
    socket_t socket() const override { return 0; }
    const std::string &out() const { return m_out; }

private:
    const std::string &m_in;
    size_t m_pos = 0;
    std::string m_out;
};

std::filesystem::path scratchDir()
{
    // RAM when there is some: every accepted push commits with synchronous=FULL.
    const std::filesystem::path base
        = std::filesystem::is_directory("/dev/shm") ? "/dev/shm" : std::filesystem::temp_directory_path();
    return base / ("chorus-libfuzzer-" + std::to_string(::getpid()));
}

} // namespace

// httplib keeps the request-processing entry point protected: this subclass hands it a memory stream.
class FuzzServer::Routes final : public httplib::Server {
public:
    std::string run(const std::string &request)
    {
        MemoryStream stream(request);
        bool closed = false;
        process_request(stream, true, closed, nullptr);
        return stream.out();
    }
};

FuzzServer::FuzzServer()
    : m_dir(scratchDir())
{
    std::filesystem::remove_all(m_dir);
    std::filesystem::create_directories(m_dir);
    if (!server::secrets::init())
        std::abort();
    server::log::setQuiet(true);
    server::ServerConfig config;
    config.database = (m_dir / "server.db").string();
    config.mediaDir = (m_dir / "media").string();
    config.quiet = true;
    // Every input is one request from the same few devices: rate limits would refuse almost all of them.
    config.deviceRequestsPerSecond = 1e12;
    config.deviceBurst = 1e12;
    config.enrolPerMinute = 1e12;
    m_db = std::make_unique<server::ServerDb>(config.database);
    m_media = std::make_unique<server::MediaStore>(config.mediaDir);
    m_api = std::make_unique<server::HttpApi>(*m_db, *m_media, config);
    m_routes = std::make_unique<Routes>();
    m_api->install(*m_routes);
    m_routes->set_payload_max_length(sync::protocol::kMaxBatchBytes);

    auto lease = m_db->lease();
    server::Directory directory(*lease);
    m_org = directory.createOrganisation("Fuzz org");
    m_site = directory.createSite(m_org, "Fuzz site");
    const sync::protocol::Role roles[]
        = { sync::protocol::Role::Kiosk, sync::protocol::Role::Outreach, sync::protocol::Role::Coordinator };
    for (int i = 0; i < 3; ++i)
        m_tokens[i] = directory.enrol(directory.issueEnrolmentCode(m_org, m_site, roles[i], 60).code, "fuzz").token;
}

FuzzServer::~FuzzServer()
{
    std::error_code ignored;
    std::filesystem::remove_all(m_dir, ignored);
}

FuzzServer &FuzzServer::instance()
{
    static FuzzServer server;
    // libFuzzer leaves by exit(): the folder goes with the static.
    return server;
}

std::string FuzzServer::issueCode()
{
    auto lease = m_db->lease();
    return server::Directory(*lease).issueEnrolmentCode(m_org, m_site, sync::protocol::Role::Kiosk, 60).code;
}

FuzzReply FuzzServer::handle(const std::string &request)
{
    FuzzReply reply;
    reply.raw = m_routes->run(request);
    if (reply.raw.rfind("HTTP/1.1 ", 0) == 0 && reply.raw.size() >= 12)
        reply.status = std::atoi(reply.raw.substr(9, 3).c_str());
    return reply;
}

std::string FuzzServer::request(const std::string &method, const std::string &target, const std::string &role,
    const std::string &body, const std::string &extraHeaders) const
{
    const int index = role == "kiosk" ? 0 : role == "outreach" ? 1 : 2;
    return method + " " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + m_tokens[index]
        + "\r\nChorus-Protocol: 1\r\n" + extraHeaders + "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n"
        + body;
}

void requireCleanAnswer(const FuzzReply &reply, const char *target)
{
    const std::size_t headerEnd = reply.raw.find("\r\n\r\n");
    const std::string head = reply.raw.substr(0, headerEnd);
    const std::string body = headerEnd == std::string::npos ? std::string() : reply.raw.substr(headerEnd + 4);
    static const bool trace = std::getenv("CHORUS_FUZZ_TRACE") != nullptr;
    if (trace)
        std::fprintf(stderr, "%s: %d %s\n", target, reply.status, body.substr(0, 160).c_str());
    std::string problem;
    if (reply.status == 0)
        problem = "no HTTP answer";
    else if (reply.status >= 500)
        problem = "a server error";
    else if (head.find("application/json") != std::string::npos) {
        const auto j = nlohmann::json::parse(body, nullptr, false);
        if (!j.is_object())
            problem = "a JSON answer that is not an object";
        else if (reply.status >= 400
            && !(j.contains("error") && j["error"].is_object() && j["error"].value("code", std::string()).size() > 0))
            problem = "a refusal without a stable error code";
    } else if (reply.status >= 400)
        // httplib's own refusals (unreadable request, no route, too large) get a JSON body from HttpApi's error
        // handler.
        problem = "a refusal that is not JSON";
    if (problem.empty())
        return;
    std::fprintf(stderr, "%s: %s\n%s\n", target, problem.c_str(), reply.raw.substr(0, 2000).c_str());
    std::abort();
}

std::string percentEncode(const std::string &text)
{
    static const char *hex = "0123456789ABCDEF";
    std::string out;
    for (unsigned char c : text) {
        if (c <= 0x20 || c >= 0x7f || c == '#' || c == '%' || c == '&' || c == '+' || c == '=' || c == '?') {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        } else
            out += static_cast<char>(c);
    }
    return out;
}

} // namespace chorus::fuzz
