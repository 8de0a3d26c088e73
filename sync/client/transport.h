#pragma once
// The HTTP seam of the device engine: the engine speaks in requests and replies, so tests swap the
// network for a fake with canned replies and a log.

#include <map>
#include <string>

namespace chorus::sync::client {

struct HttpRequest {
    std::string method = "GET";
    // Path and query under the server's base URL, e.g. "/v1/pull?cursor=0&limit=200".
    std::string path;
    std::map<std::string, std::string> headers;
    std::string body;
    std::string contentType = "application/json";
    // JSON pushes are worth compressing; media (already Opus or PNG) is not.
    bool compressBody = false;
};

struct HttpReply {
    // 0 when no HTTP answer arrived at all (no route, refused, reset, timed out, truncated).
    int status = 0;
    std::string body;
    std::map<std::string, std::string> headers; // names in lower case
    // Why no answer arrived, in words; empty when status is set.
    std::string networkError;

    [[nodiscard]] bool arrived() const { return status != 0; }
};

class Transport {
public:
    virtual ~Transport() = default;
    [[nodiscard]] virtual HttpReply send(const HttpRequest &request) = 0;
};

} // namespace chorus::sync::client
