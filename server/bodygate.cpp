#include "bodygate.h"

#include "apierror.h"
#include "dashboard/router.h"
#include "dashboard/sessionstore.h"
#include "directory.h"
#include "protocol/protocol.h"

namespace chorus::server {

using sync::protocol::ErrorCode;
namespace protocol = sync::protocol;

namespace {
bool startsWith(const std::string &s, const char *prefix)
{
    return s.rfind(prefix, 0) == 0;
}

// The same shape as every other error answer: extra fields (such as "wipe") beside "error".
void refuse(httplib::Response &res, ErrorCode code, const std::string &message, const nlohmann::json &extra = {})
{
    nlohmann::json body = extra.is_object() ? extra : nlohmann::json::object();
    body["error"] = { { "code", protocol::errorCodeName(code) }, { "message", message } };
    body["server_time"] = nowMs();
    res.status = protocol::httpStatus(code);
    res.set_content(body.dump(), "application/json");
}

bool isSmallOpenRoute(const std::string &path)
{
    return path == "/v1/enrol" || path == "/v1/enrolment-codes" || path == "/dashboard/api/login";
}
} // namespace

bool BodyGate::declaresBody(const httplib::Request &req)
{
    const std::string length = req.get_header_value("Content-Length");
    return (!length.empty() && length != "0") || req.has_header("Transfer-Encoding");
}

BodyGate::BodyGate(ServerDb &db)
    : m_db(db)
{ }

bool BodyGate::admits(const httplib::Request &req, httplib::Response &res)
{
    if (!declaresBody(req))
        return true;
    const std::string &path = req.path;
    try {
        if (isSmallOpenRoute(path)) {
            // Small JSON: a body declared larger is refused before a byte of it is read.
            if (req.has_header("Transfer-Encoding")
                || req.get_header_value<std::uint64_t>("Content-Length") > protocol::kMaxSmallBodyBytes)
                throw ApiError(ErrorCode::PayloadTooLarge,
                    "this request is small: at most " + std::to_string(protocol::kMaxSmallBodyBytes) + " bytes");
            return true;
        }
        if (startsWith(path, "/v1/push") || startsWith(path, "/v1/media/")) {
            const std::string auth = req.get_header_value("Authorization");
            const std::string token = startsWith(auth, "Bearer ") ? auth.substr(7) : std::string();
            auto db = m_db.lease();
            (void)Directory(*db).authenticate(token);
            return true;
        }
        if (startsWith(path, "/dashboard/api/")) {
            auto db = m_db.lease();
            if (!dashboard::SessionStore(*db).find(dashboard::Router::cookieValue(req)))
                throw ApiError(ErrorCode::Unauthorized, "sign in to use the dashboard");
            return true;
        }
        // Any other body is read under the connection's body deadline and size limit.
        return true;
    } catch (const ApiError &e) {
        refuse(res, e.code(), e.what(), e.extra());
    } catch (const std::exception &) {
        refuse(res, ErrorCode::Internal, "the server could not check this request");
    }
    return false;
}

} // namespace chorus::server
