#include "client/mediarequest.h"

#include "client/apireply.h"
#include "protocol/protocol.h"

#include <stdexcept>

namespace chorus::sync::client {

HttpRequest MediaRequest::status(const std::string &token, const std::string &sha256)
{
    return deviceRequest("GET", "/v1/media/" + sha256 + "/status", token);
}

HttpRequest MediaRequest::put(const std::string &token, const std::string &sha256, std::uint64_t offset,
    std::uint64_t totalSize, std::string chunk)
{
    HttpRequest r = deviceRequest("PUT", "/v1/media/" + sha256 + "?offset=" + std::to_string(offset), token);
    r.headers[protocol::kMediaSizeHeader] = std::to_string(totalSize);
    r.contentType = "application/octet-stream";
    r.body = std::move(chunk);
    return r;
}

HttpRequest MediaRequest::download(const std::string &token, const std::string &sha256)
{
    return deviceRequest("GET", "/v1/media/" + sha256, token);
}

MediaProgress MediaRequest::parse(const nlohmann::json &answer)
{
    if (!answer.is_object() || !answer.contains("complete") || !answer["complete"].is_boolean()
        || !answer.contains("received") || !answer["received"].is_number_integer()
        || answer["received"].get<std::int64_t>() < 0)
        throw std::invalid_argument("media answer: complete and received are required");
    return { answer["complete"].get<bool>(), answer["received"].get<std::uint64_t>() };
}

} // namespace chorus::sync::client
