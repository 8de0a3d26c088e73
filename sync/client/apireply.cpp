#include "client/apireply.h"

#include "protocol/validation.h"

#include <charconv>

namespace chorus::sync::client {

ApiReply interpretReply(const HttpReply &reply)
{
    ApiReply out;
    out.status = reply.status;
    if (!reply.arrived()) {
        out.message = reply.networkError.empty() ? std::string("no answer from the server") : reply.networkError;
        return out;
    }
    nlohmann::json body = protocol::parsePeerJson(reply.body);
    if (body.is_object()) {
        out.body = std::move(body);
        if (auto t = out.body.find("server_time"); t != out.body.end() && t->is_number_integer())
            out.serverTimeMs = t->get<std::int64_t>();
    }
    if (auto it = reply.headers.find("retry-after"); it != reply.headers.end()) {
        int seconds = 0;
        const auto &v = it->second;
        if (std::from_chars(v.data(), v.data() + v.size(), seconds).ec == std::errc())
            out.retryAfterSeconds = seconds;
    }
    if (reply.status >= 200 && reply.status < 300) {
        if (!out.body.is_object()) {
            out.message = "the server's answer was cut short or unreadable";
            return out;
        }
        out.kind = ApiReply::Kind::Ok;
        return out;
    }
    out.kind = ApiReply::Kind::Error;
    if (out.body.is_object()) {
        const auto &error = out.body.value("error", nlohmann::json::object());
        if (error.is_object()) {
            if (error.contains("code") && error["code"].is_string())
                out.code = protocol::errorCodeFromName(error["code"].get<std::string>());
            if (error.contains("message") && error["message"].is_string())
                out.message = error["message"].get<std::string>();
        }
        // value() would throw on a mistyped "wipe": only a true boolean asks for a wipe.
        const auto wipe = out.body.find("wipe");
        out.wipe = wipe != out.body.end() && *wipe == true;
    }
    if (out.message.empty())
        out.message = "the server answered HTTP " + std::to_string(reply.status);
    return out;
}

HttpRequest deviceRequest(const std::string &method, const std::string &path, const std::string &token)
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.headers[protocol::kVersionHeader] = std::to_string(protocol::kVersion);
    if (!token.empty())
        r.headers["Authorization"] = "Bearer " + token;
    return r;
}

} // namespace chorus::sync::client
