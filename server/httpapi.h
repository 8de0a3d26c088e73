#pragma once
// The HTTP face of chorus-server: routes, the protocol-version and token checks every device
// request passes, rate limits, JSON error bodies, logs and metrics.

#include "bodygate.h"
#include "clientaddress.h"
#include "config.h"
#include "directory.h"
#include "mediastore.h"
#include "metrics.h"
#include "ratelimiter.h"
#include "serverdb.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <functional>
#include <string>

namespace chorus::server {

enum class BodyRead { Complete, TooLarge, CutShort };

class HttpApi {
public:
    HttpApi(ServerDb &db, MediaStore &media, const ServerConfig &config);
    void install(httplib::Server &server);

private:
    using DeviceHandler = std::function<nlohmann::json(const DeviceIdentity &, sql::Connection &)>;
    // For an answer built as JSON text (a pull page spliced from the change log): a JSON object's text.
    using DeviceTextHandler = std::function<std::string(const DeviceIdentity &, sql::Connection &)>;
    // Runs a device endpoint: version check, token, rate limit, then the handler; every failure
    // becomes a JSON error with its stable code.
    void device(
        const httplib::Request &req, httplib::Response &res, const std::string &route, const DeviceHandler &handler);
    void deviceText(const httplib::Request &req, httplib::Response &res, const std::string &route,
        const DeviceTextHandler &handler);
    // For an endpoint with a body: the body is read only after the token, version and rate limit pass,
    // and without holding a database connection while it arrives.
    using DeviceBodyHandler
        = std::function<std::string(const DeviceIdentity &, sql::Connection &, std::string &body, BodyRead read)>;
    // `writes`: the handler writes, so it takes its turn at the write lock (ServerDb::writeTurn) before
    // it leases a connection, and queues in order without holding one.
    enum class Writes { Later, First };
    void deviceBody(const httplib::Request &req, httplib::Response &res, const std::string &route,
        const httplib::ContentReader *reader, std::size_t limit, const DeviceBodyHandler &handler,
        Writes writes = Writes::Later);
    // Version and token; throws ApiError.
    [[nodiscard]] DeviceIdentity admit(const httplib::Request &req);
    void open(const httplib::Request &req, httplib::Response &res, const std::string &route,
        const std::function<nlohmann::json(sql::Connection &)> &handler);
    // `body` is a JSON object's text; the server's time is added to it.
    void finish(const httplib::Request &req, httplib::Response &res, const std::string &route, std::string body,
        const std::string &deviceId, std::int64_t startedMs);
    void fail(const httplib::Request &req, httplib::Response &res, const std::string &route,
        sync::protocol::ErrorCode code, const std::string &message, const nlohmann::json &extra,
        const std::string &deviceId, std::int64_t startedMs);
    // The protocol version the request speaks; throws update_needed or protocol_too_new.
    static int checkProtocol(const httplib::Request &req);

    void enrol(const httplib::Request &req, httplib::Response &res);
    void push(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader);
    void mediaPut(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader);
    void mediaGet(const httplib::Request &req, httplib::Response &res);
    void issueCode(const httplib::Request &req, httplib::Response &res);

    ServerDb &m_db;
    MediaStore &m_media;
    ServerConfig m_config;
    Metrics m_metrics;
    RateLimiter m_deviceLimiter;
    RateLimiter m_enrolLimiter;
    ClientAddress m_clientAddress;
    BodyGate m_bodyGate;
};

// Reads a body up to `limit` bytes (after gzip inflation). CutShort keeps what did arrive: a
// dropped connection mid-upload.
[[nodiscard]] BodyRead readBody(const httplib::ContentReader &reader, std::size_t limit, std::string &body);

} // namespace chorus::server
