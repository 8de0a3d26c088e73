#include "router.h"

#include "apierror.h"
#include "directory.h"
#include "logger.h"

#include <sodium.h>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;
namespace protocol = sync::protocol;

namespace {
const char *const kJson = "application/json; charset=utf-8";

void securityHeaders(httplib::Response &res)
{
    res.set_header("Cache-Control", "no-store");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
}

// Browsers send Origin on every POST; one naming another site is refused outright, before the
// CSRF token is even looked at. Requests without Origin (scripts, tests) rely on the token alone.
bool foreignOrigin(const httplib::Request &req)
{
    const std::string origin = req.get_header_value("Origin");
    if (origin.empty())
        return false;
    const std::size_t scheme = origin.find("://");
    const std::string host = scheme == std::string::npos ? origin : origin.substr(scheme + 3);
    const std::string forwarded = req.get_header_value("X-Forwarded-Host");
    return host != req.get_header_value("Host") && (forwarded.empty() || host != forwarded);
}

bool sameToken(const std::string &a, const std::string &b)
{
    return !a.empty() && a.size() == b.size() && sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}
} // namespace

Json Call::body() const
{
    if (req.body.size() > protocol::kMaxSmallBodyBytes * 4)
        throw ApiError(ErrorCode::PayloadTooLarge, "this request is too large");
    Json j = Json::parse(req.body, nullptr, false);
    if (j.is_discarded() || !j.is_object())
        throw ApiError(ErrorCode::BadRequest, "the body must be a JSON object (in UTF-8)");
    return j;
}

Router::Router(httplib::Server &server, ServerDb &db, MediaStore &media, bool tls, ClientAddress clientAddress)
    : m_server(server)
    , m_db(db)
    , m_media(media)
    , m_tls(tls)
    , m_clientAddress(std::move(clientAddress))
{ }

std::string Router::cookieValue(const httplib::Request &req)
{
    const std::string header = req.get_header_value("Cookie");
    const std::string key = std::string(kCookieName) + "=";
    std::size_t pos = 0;
    while (pos < header.size()) {
        while (pos < header.size() && (header[pos] == ' ' || header[pos] == ';'))
            ++pos;
        if (header.compare(pos, key.size(), key) == 0) {
            const std::size_t end = header.find(';', pos);
            return header.substr(
                pos + key.size(), end == std::string::npos ? std::string::npos : end - pos - key.size());
        }
        pos = header.find(';', pos);
        if (pos == std::string::npos)
            break;
    }
    return {};
}

void Router::sendError(httplib::Response &res, int status, const std::string &code, const std::string &message)
{
    securityHeaders(res);
    res.status = status;
    res.set_content(Json { { "error", { { "code", code }, { "message", message } } } }.dump(
                        -1, ' ', false, Json::error_handler_t::replace),
        kJson);
}

void Router::run(
    const httplib::Request &req, httplib::Response &res, const Handler &handler, Role least, bool changesState)
{
    try {
        auto db = m_db.lease();
        std::optional<Session> session = SessionStore(*db).find(cookieValue(req));
        if (!session)
            throw ApiError(ErrorCode::Unauthorized, "sign in to use the dashboard");
        // SameSite=Strict keeps the cookie off cross-site requests; the token also stops same-site tricks.
        if (changesState && foreignOrigin(req))
            throw ApiError(ErrorCode::Forbidden, "this request came from another site");
        if (changesState && !sameToken(req.get_header_value(kCsrfHeader), session->csrf))
            throw ApiError(ErrorCode::Forbidden, "this request lacks the page's security token; reload the page");
        if (least == Role::Admin && session->role != Role::Admin)
            throw ApiError(ErrorCode::Forbidden, "only an administrator may do this");
        Call call { req, res, *session, *db, m_db, m_media };
        Json out = handler(call);
        if (!call.raw) {
            securityHeaders(res);
            res.status = 200;
            res.set_content(out.dump(-1, ' ', false, Json::error_handler_t::replace), kJson);
        }
    } catch (const ApiError &e) {
        sendError(res, protocol::httpStatus(e.code()), std::string(protocol::errorCodeName(e.code())), e.what());
    } catch (const Json::exception &e) {
        // A value of the wrong type that no handler checked by name: still the client's mistake.
        log::warn("dashboard", { { "path", req.path }, { "message", e.what() } });
        sendError(res, 400, "bad_request", "a field of this request has the wrong type");
    } catch (const std::exception &e) {
        log::error("dashboard", { { "path", req.path }, { "message", e.what() } });
        sendError(res, 500, "internal", "the server could not finish this request");
    }
}

void Router::get(const std::string &pattern, Handler handler, Role least)
{
    m_server.Get(pattern,
        [self = shared_from_this(), handler = std::move(handler), least](
            const httplib::Request &req, httplib::Response &res) { self->run(req, res, handler, least, false); });
}

void Router::post(const std::string &pattern, Handler handler, Role least)
{
    m_server.Post(pattern,
        [self = shared_from_this(), handler = std::move(handler), least](
            const httplib::Request &req, httplib::Response &res) { self->run(req, res, handler, least, true); });
}

void Router::installSessionRoutes()
{
    m_server.Post(
        "/dashboard/api/login", [self = shared_from_this()](const httplib::Request &req, httplib::Response &res) {
            if (foreignOrigin(req))
                return sendError(res, 403, "forbidden", "sign-in from another site is refused");
            Json j = Json::parse(
                req.body.size() > protocol::kMaxSmallBodyBytes ? std::string() : req.body, nullptr, false);
            if (!j.is_object() || !j.value("email", Json()).is_string() || !j.value("password", Json()).is_string())
                return sendError(res, 400, "bad_request", "send email and password");
            auto db = self->m_db.lease();
            const LoginResult r = SessionStore(*db).login(j["email"], j["password"], self->m_clientAddress.of(req));
            if (r.status == LoginResult::Status::Locked) {
                res.set_header(
                    "Retry-After", std::to_string(std::max<std::int64_t>(1, (r.lockedUntil - nowMs()) / 1000)));
                return sendError(res, 429, "locked", "too many failed sign-ins: try again in 15 minutes");
            }
            if (r.status != LoginResult::Status::Ok)
                return sendError(res, 401, "unauthorized", "wrong email or password");
            AuditLog(*db).record(r.session, "login", r.session.email);
            std::string cookie
                = std::string(kCookieName) + "=" + r.sessionId + "; Path=/dashboard; HttpOnly; SameSite=Strict";
            // Behind a TLS-terminating proxy the server sees HTTP, so the proxy's header counts too.
            if (self->m_tls || req.get_header_value("X-Forwarded-Proto") == "https")
                cookie += "; Secure";
            res.set_header("Set-Cookie", cookie);
            securityHeaders(res);
            res.set_content(Json { { "email", r.session.email }, { "role", SessionStore::roleName(r.session.role) },
                                { "csrf", r.session.csrf } }
                                .dump(),
                kJson);
        });
    post("/dashboard/api/logout", [](Call &call) -> Json {
        call.audit("logout", call.session.email);
        SessionStore(call.db).logout(cookieValue(call.req));
        call.res.set_header(
            "Set-Cookie", std::string(kCookieName) + "=; Path=/dashboard; HttpOnly; SameSite=Strict; Max-Age=0");
        return { { "signed_out", true } };
    });
    get("/dashboard/api/session", [](Call &call) -> Json {
        return { { "email", call.session.email }, { "role", SessionStore::roleName(call.session.role) },
            { "csrf", call.session.csrf }, { "organisation", call.session.orgId } };
    });
}

} // namespace chorus::server::dashboard
