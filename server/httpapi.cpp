#include "httpapi.h"

#include "apierror.h"
#include "batchreceiver.h"
#include "changefeed.h"
#include "dashboard/auditlog.h"
#include "dashboard/codewithdrawal.h"
#include "dashboard/contactnotes.h"
#include "dashboard/urgentwords.h"
#include "dashboard/dashboard.h"
#include "dashboard/sessionstore.h"
#include "faultpoint.h"
#include "logger.h"
#include "model/jsontext.h"
#include "protocol/validation.h"
#include "seal/keyproof.h"
#include "sealkeys.h"

#include <charconv>
#include <stdexcept>

namespace chorus::server {

using sync::protocol::ErrorCode;
using Json = nlohmann::json;
namespace protocol = sync::protocol;

namespace {
const char *const kJson = "application/json";

std::string bearerToken(const httplib::Request &req)
{
    const std::string auth = req.get_header_value("Authorization");
    const std::string prefix = "Bearer ";
    return auth.rfind(prefix, 0) == 0 ? auth.substr(prefix.size()) : std::string();
}

Json parseJson(const std::string &body)
{
    // nlohmann rejects invalid UTF-8 while parsing, so every string past here is valid UTF-8; the
    // nesting bound keeps a body of "[[[[..." from overflowing the stack of whatever walks it.
    Json j = protocol::parsePeerJson(body);
    if (j.is_discarded())
        throw ApiError(ErrorCode::BadRequest, "the body is not valid JSON (or not valid UTF-8, or nested too deeply)");
    return j;
}

std::uint64_t parseUnsigned(const std::string &text, const char *what)
{
    std::uint64_t v = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size())
        throw ApiError(ErrorCode::BadRequest, std::string(what) + " must be a whole number");
    return v;
}
} // namespace

BodyRead readBody(const httplib::ContentReader &reader, std::size_t limit, std::string &body)
{
    bool tooLarge = false;
    const bool whole = reader([&](const char *data, std::size_t length) {
        if (body.size() + length > limit) {
            tooLarge = true;
            return false;
        }
        body.append(data, length);
        return true;
    });
    if (tooLarge)
        return BodyRead::TooLarge;
    return whole ? BodyRead::Complete : BodyRead::CutShort;
}

HttpApi::HttpApi(ServerDb &db, MediaStore &media, const ServerConfig &config)
    : m_db(db)
    , m_media(media)
    , m_config(config)
    , m_deviceLimiter(config.deviceRequestsPerSecond, config.deviceBurst)
    , m_enrolLimiter(config.enrolPerMinute / 60.0, config.enrolPerMinute)
    , m_clientAddress(config.trustedProxies)
    , m_bodyGate(db)
{ }

int HttpApi::checkProtocol(const httplib::Request &req)
{
    const std::string header = req.get_header_value(protocol::kVersionHeader);
    int version = 0;
    auto [end, ec] = std::from_chars(header.data(), header.data() + header.size(), version);
    if (header.empty() || ec != std::errc() || end != header.data() + header.size()
        || version < protocol::kMinSupportedVersion)
        throw ApiError(ErrorCode::UpdateNeeded,
            "this app is too old for the server: update it to keep syncing (nothing it holds is lost)",
            { { "min_protocol", protocol::kMinSupportedVersion } });
    if (version > protocol::kVersion)
        throw ApiError(ErrorCode::ProtocolTooNew, "the server is older than this app: ask for the server to be updated",
            { { "max_protocol", protocol::kVersion } });
    return version;
}

void HttpApi::finish(const httplib::Request &req, httplib::Response &res, const std::string &route, std::string body,
    const std::string &deviceId, std::int64_t startedMs)
{
    // Every answer carries the server's clock, so a device can tell when its own is wrong.
    if (body.size() < 2 || body.front() != '{' || body.back() != '}')
        throw std::logic_error("an answer must be a JSON object");
    body.pop_back();
    if (body.size() > 1)
        body += ',';
    body += "\"server_time\":" + std::to_string(nowMs()) + "}";
    res.status = res.status == -1 ? 200 : res.status;
    res.set_content(std::move(body), kJson);
    m_metrics.countRequest(route, res.status);
    log::info("request",
        { { "method", req.method }, { "path", req.path }, { "status", res.status }, { "device", deviceId },
            { "ms", nowMs() - startedMs } });
}

void HttpApi::fail(const httplib::Request &req, httplib::Response &res, const std::string &route, ErrorCode code,
    const std::string &message, const Json &extra, const std::string &deviceId, std::int64_t startedMs)
{
    Json body = extra.is_object() ? extra : Json::object();
    body["error"] = { { "code", protocol::errorCodeName(code) }, { "message", message } };
    body["server_time"] = nowMs();
    res.status = protocol::httpStatus(code);
    if (code == ErrorCode::RateLimited)
        res.set_header("Retry-After", "1");
    res.set_content(body.dump(-1, ' ', false, Json::error_handler_t::replace), kJson);
    m_metrics.countRequest(route, res.status);
    m_metrics.countError(std::string(protocol::errorCodeName(code)));
    Json fields { { "method", req.method }, { "path", req.path }, { "status", res.status }, { "device", deviceId },
        { "ms", nowMs() - startedMs }, { "code", protocol::errorCodeName(code) }, { "message", message } };
    if (code == ErrorCode::Internal)
        log::error("request", std::move(fields));
    else
        log::warn("request", std::move(fields));
}

void HttpApi::device(
    const httplib::Request &req, httplib::Response &res, const std::string &route, const DeviceHandler &handler)
{
    deviceText(req, res, route,
        [&](const DeviceIdentity &id, sql::Connection &db) { return sync::jsontext::dump(handler(id, db)); });
}

DeviceIdentity HttpApi::admit(const httplib::Request &req)
{
    checkProtocol(req);
    DeviceIdentity id;
    {
        auto db = m_db.lease();
        id = Directory(*db).authenticate(bearerToken(req));
    }
    return id;
}

void HttpApi::deviceText(
    const httplib::Request &req, httplib::Response &res, const std::string &route, const DeviceTextHandler &handler)
{
    deviceBody(req, res, route, nullptr, 0,
        [&](const DeviceIdentity &id, sql::Connection &db, const std::string &, BodyRead) { return handler(id, db); });
}

void HttpApi::deviceBody(const httplib::Request &req, httplib::Response &res, const std::string &route,
    const httplib::ContentReader *reader, std::size_t limit, const DeviceBodyHandler &handler, Writes writes)
{
    const std::int64_t started = nowMs();
    std::string deviceId;
    try {
        // Who is sending comes first: a stranger's body is never read, however slowly it arrives.
        const DeviceIdentity id = admit(req);
        deviceId = id.id;
        if (!m_deviceLimiter.allow("device:" + id.id))
            throw ApiError(ErrorCode::RateLimited, "too many requests from this device; slow down");
        std::string body;
        const BodyRead read = reader ? readBody(*reader, limit, body) : BodyRead::Complete;
        sqlite::WriteGate::Turn turn;
        if (writes == Writes::First)
            turn = m_db.writeTurn();
        auto db = m_db.lease();
        finish(req, res, route, handler(id, *db, body, read), deviceId, started);
    } catch (const ApiError &e) {
        fail(req, res, route, e.code(), e.what(), e.extra(), deviceId, started);
    } catch (const std::exception &e) {
        fail(req, res, route, ErrorCode::Internal, std::string("the server could not finish this request: ") + e.what(),
            {}, deviceId, started);
    }
}

void HttpApi::open(const httplib::Request &req, httplib::Response &res, const std::string &route,
    const std::function<Json(sql::Connection &)> &handler)
{
    const std::int64_t started = nowMs();
    try {
        auto db = m_db.lease();
        finish(req, res, route, handler(*db).dump(), {}, started);
    } catch (const ApiError &e) {
        fail(req, res, route, e.code(), e.what(), e.extra(), {}, started);
    } catch (const std::exception &e) {
        fail(req, res, route, ErrorCode::Internal, std::string("the server could not finish this request: ") + e.what(),
            {}, {}, started);
    }
}

void HttpApi::enrol(const httplib::Request &req, httplib::Response &res)
{
    open(req, res, "enrol", [&](sql::Connection &db) -> Json {
        checkProtocol(req);
        if (!m_enrolLimiter.allow("enrol:" + m_clientAddress.of(req)))
            throw ApiError(ErrorCode::RateLimited, "too many enrolment attempts from this address; wait a minute");
        if (req.body.size() > protocol::kMaxSmallBodyBytes)
            throw ApiError(ErrorCode::PayloadTooLarge, "an enrolment request is small");
        const Json j = parseJson(req.body);
        if (!j.is_object() || !j.contains("code") || !j["code"].is_string()
            || j["code"].get_ref<const std::string &>().size() > 32)
            throw ApiError(ErrorCode::BadRequest, "code must be the enrolment code as text");
        // value() would throw a type_error (an answer of 500) on a name that is not text.
        const auto nameIt = j.find("name");
        if (nameIt != j.end() && !nameIt->is_string())
            throw ApiError(ErrorCode::BadRequest, "name must be text");
        const std::string name = nameIt == j.end() ? std::string("device") : nameIt->get<std::string>();
        if (name.empty() || name.size() > 200)
            throw ApiError(ErrorCode::BadRequest, "name must be 1 to 200 bytes");
        const auto challenge = j.find("seal_challenge");
        if (challenge != j.end() && (!challenge->is_string() || !sync::seal::publicKeyFromHex(challenge->get<std::string>())))
            throw ApiError(ErrorCode::BadRequest, "seal_challenge must be a public key as 64 hex digits");
        const Enrolment e = Directory(db).enrol(j["code"].get<std::string>(), name);
        log::info("enrolled",
            { { "device", e.device.id }, { "organisation", e.device.orgId },
                { "role", protocol::roleName(e.device.role) } });
        const sync::seal::KeyPair org = SealKeys(db).current(e.device.orgId);
        Json sealKey = SealKeys::describe(org.publicKey);
        if (challenge != j.end())
            sealKey["proof"] = sync::seal::KeyChallenge::prove(org, challenge->get<std::string>());
        return { { "device_id", e.device.id }, { "token", e.token }, { "role", protocol::roleName(e.device.role) },
            { "organisation", { { "id", e.device.orgId }, { "name", e.orgName } } },
            { "site", { { "id", e.device.siteId }, { "name", e.siteName } } }, { "seal_key", sealKey } };
    });
}

void HttpApi::push(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader)
{
    deviceBody(req, res, "push", &reader, protocol::kMaxBatchBytes,
        [&](const DeviceIdentity &id, sql::Connection &db, std::string &body, BodyRead read) {
            // httplib stops reading a body past its own limit without saying why.
            if (read == BodyRead::CutShort
                && req.get_header_value<std::uint64_t>("Content-Length") > protocol::kMaxBatchBytes)
                read = BodyRead::TooLarge;
            if (read == BodyRead::TooLarge)
                throw ApiError(ErrorCode::PayloadTooLarge, "a push body may hold at most 8 MiB of JSON");
            if (read == BodyRead::CutShort)
                throw ApiError(ErrorCode::BadRequest, "the push body was cut short; nothing was applied");
            BatchReceiver receiver(db, id);
            RemovalLedger ledger(RemovalLedger::besideMedia(m_media.root()));
            receiver.setBeforeCommit([&](PushOutcome &o) {
                ledger.append(o.removals);
                if (!o.removals.empty())
                    faultPoint("ledger-appended");
            });
            PushOutcome outcome = receiver.receive(std::string_view(body));
            faultPoint("push-committed");
            m_media.removeFiles(id.orgId, outcome.purgedMedia);
            dashboard::forgetContactNotes(db, outcome.removals);
            (void)dashboard::markUrgentByWords(m_db, db, id.orgId, outcome.textArrived);
            if (outcome.withdrew || outcome.redacted)
                m_db.forgetDeletedContent();
            m_metrics.countChanges(outcome.applied);
            return sync::jsontext::dump(outcome.answer);
        },
        Writes::First);
}

void HttpApi::mediaPut(const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader)
{
    deviceBody(req, res, "media_put", &reader, protocol::kMaxMediaChunkBytes,
        [&](const DeviceIdentity &id, sql::Connection &db, std::string &chunk, BodyRead read) {
            // A chunk cut short by a dropped connection is still stored: its bytes are a true prefix, and
            // the device resumes from the offset the server reports.
            if (read == BodyRead::TooLarge)
                throw ApiError(ErrorCode::PayloadTooLarge, "send media in chunks of at most 4 MiB");
            const std::uint64_t offset = parseUnsigned(req.get_param_value("offset"), "offset");
            const std::uint64_t size
                = parseUnsigned(req.get_header_value(protocol::kMediaSizeHeader), protocol::kMediaSizeHeader);
            return sync::jsontext::dump(m_media.append(db, id, req.matches[1].str(), offset, size, chunk));
        });
}

void HttpApi::mediaGet(const httplib::Request &req, httplib::Response &res)
{
    std::filesystem::path file;
    device(req, res, "media_get", [&](const DeviceIdentity &id, sql::Connection &db) -> Json {
        file = m_media.fileFor(db, id, req.matches[1].str());
        return Json::object();
    });
    if (res.status != 200 || file.empty())
        return;
    std::ifstream in(file, std::ios::binary);
    std::string data((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    res.set_content(std::move(data), "application/octet-stream");
}

void HttpApi::issueCode(const httplib::Request &req, httplib::Response &res)
{
    open(req, res, "enrolment_codes", [&](sql::Connection &db) -> Json {
        checkProtocol(req);
        const std::string address = m_clientAddress.of(req);
        if (!m_enrolLimiter.allow("login:" + address))
            throw ApiError(ErrorCode::RateLimited, "too many attempts from this address; wait a minute");
        const Json j = parseJson(req.body.size() > protocol::kMaxSmallBodyBytes ? std::string() : req.body);
        if (!j.is_object() || !j.value("email", Json()).is_string() || !j.value("password", Json()).is_string()
            || !j.value("site", Json()).is_string() || !j.value("role", Json()).is_string())
            throw ApiError(ErrorCode::BadRequest, "send email, password, site and role as text");
        // The dashboard's own sign-in check: its lock-out, its timing and its case-insensitive e-mail.
        const dashboard::LoginResult login = dashboard::SessionStore(db).verify(
            j["email"].get<std::string>(), j["password"].get<std::string>(), address);
        if (login.status == dashboard::LoginResult::Status::Locked)
            throw ApiError(ErrorCode::RateLimited, "too many failed sign-ins: try again in 15 minutes");
        if (login.status != dashboard::LoginResult::Status::Ok)
            throw ApiError(ErrorCode::Unauthorized, "wrong email or password");
        auto role = protocol::roleFromName(j["role"].get<std::string>());
        if (!role)
            throw ApiError(ErrorCode::BadRequest, "role must be kiosk, outreach or coordinator");
        // As on the dashboard: a coordinator device reads every contribution, so only an admin enrols one.
        if (*role == protocol::Role::Coordinator && login.session.role != dashboard::Role::Admin)
            throw ApiError(ErrorCode::Forbidden, "only an administrator may enrol a coordinator device");
        const Json ttl = j.contains("ttl_minutes") ? j["ttl_minutes"] : Json(24 * 60);
        if (!ttl.is_number_integer() || ttl.get<std::int64_t>() < 1 || ttl.get<std::int64_t>() > 60 * 24 * 14)
            throw ApiError(ErrorCode::BadRequest, "ttl_minutes must be a whole number from 1 to 20160");
        const std::string site = j["site"].get<std::string>();
        IssuedCode code;
        try {
            code = Directory(db).issueEnrolmentCode(login.session.orgId, site, *role, ttl.get<int>());
        } catch (const std::runtime_error &e) {
            throw ApiError(ErrorCode::BadRequest, e.what());
        }
        dashboard::AuditLog(db).record(login.session, "device.enrolment_code", site,
            { { "role", protocol::roleName(*role) }, { "expires_at", code.expiresAt }, { "via", "device" } });
        return { { "code", code.code }, { "expires_at", code.expiresAt }, { "qr", code.qr } };
    });
}

void HttpApi::install(httplib::Server &server)
{
    server.set_pre_routing_handler([this](const httplib::Request &req, httplib::Response &res) {
        return m_bodyGate.admits(req, res) ? httplib::Server::HandlerResponse::Unhandled
                                           : httplib::Server::HandlerResponse::Handled;
    });
    // A client that waits for "100 Continue" is told no before it sends the body at all.
    server.set_expect_100_continue_handler([this](const httplib::Request &req, httplib::Response &res) {
        return m_bodyGate.admits(req, res) ? 100 : res.status;
    });
    server.Get("/v1/health", [this](const httplib::Request &req, httplib::Response &res) {
        open(req, res, "health", [](sql::Connection &db) -> Json {
            auto s = db.prepare("SELECT count(*) FROM organisations");
            (void)s.step();
            return { { "status", "ok" }, { "protocol", protocol::kVersion }, { "database", "ok" } };
        });
        if (res.status == 500)
            res.status = 503;
    });
    server.Get("/metrics", [this](const httplib::Request &req, httplib::Response &res) {
        // Device and organisation ids are not for strangers: loopback (not relayed) or the scrape token.
        const bool tokenOk = !m_config.metricsToken.empty() && bearerToken(req) == m_config.metricsToken;
        if (!tokenOk && !ClientAddress::isLocal(req))
            return fail(req, res, "metrics", ErrorCode::Forbidden,
                "metrics are served to this machine, or with the metrics token", {}, {}, nowMs());
        auto db = m_db.lease();
        res.set_content(m_metrics.render(*db), "text/plain; version=0.0.4");
    });
    server.Post("/v1/enrol", [this](const httplib::Request &req, httplib::Response &res) { enrol(req, res); });
    server.Post(
        "/v1/enrolment-codes", [this](const httplib::Request &req, httplib::Response &res) { issueCode(req, res); });
    server.Post(
        "/v1/push", [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
            push(req, res, reader);
        });
    // Withdrawal at the desk of an answer given on another device (dashboard/codewithdrawal.h).
    server.Post("/v1/withdraw-by-code",
        [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
            deviceBody(req, res, "withdraw_by_code", &reader, protocol::kMaxSmallBodyBytes,
                [&](const DeviceIdentity &id, sql::Connection &db, std::string &body, BodyRead read) {
                    if (read != BodyRead::Complete)
                        throw ApiError(ErrorCode::BadRequest, "a withdrawal by code is one small JSON object");
                    const Json j = parseJson(body);
                    if (!j.is_object() || !j.contains("reference") || !j["reference"].is_string())
                        throw ApiError(ErrorCode::BadRequest, "reference must be the code the person was given");
                    return dashboard::withdrawByCode(m_db, db, m_media, id, j["reference"].get<std::string>()).dump();
                });
        });
    server.Get("/v1/pull", [this](const httplib::Request &req, httplib::Response &res) {
        deviceText(req, res, "pull", [&](const DeviceIdentity &id, sql::Connection &db) {
            return ChangeFeed(db, id).pageText(
                req.get_param_value("cursor"), req.get_param_value("limit"), checkProtocol(req));
        });
    });
    server.Get(R"(/v1/media/([0-9a-f]{64})/status)", [this](const httplib::Request &req, httplib::Response &res) {
        device(req, res, "media_status", [&](const DeviceIdentity &id, sql::Connection &db) {
            return m_media.status(db, id, req.matches[1].str());
        });
    });
    server.Put(R"(/v1/media/([0-9a-f]{64}))",
        [this](const httplib::Request &req, httplib::Response &res, const httplib::ContentReader &reader) {
            mediaPut(req, res, reader);
        });
    server.Get(R"(/v1/media/([0-9a-f]{64}))",
        [this](const httplib::Request &req, httplib::Response &res) { mediaGet(req, res); });
    dashboard::install(server, m_db, m_media, m_config);
    server.set_error_handler([this](const httplib::Request &req, httplib::Response &res) {
        if (!res.body.empty())
            return;
        const ErrorCode code = res.status == 413 ? ErrorCode::PayloadTooLarge
            : res.status == 404                  ? ErrorCode::NotFound
                                                 : ErrorCode::BadRequest;
        const int status = res.status;
        fail(req, res, "other", code, status == 404 ? "no such endpoint" : "the request could not be read", {}, {},
            nowMs());
        res.status = status;
    });
    server.set_exception_handler([this](const httplib::Request &req, httplib::Response &res, std::exception_ptr) {
        fail(req, res, "other", ErrorCode::Internal, "the server could not finish this request", {}, {}, nowMs());
    });
}

} // namespace chorus::server
