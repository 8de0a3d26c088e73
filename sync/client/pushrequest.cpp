#include "client/pushrequest.h"

#include "client/apireply.h"
#include "model/jsontext.h"

#include <stdexcept>

namespace chorus::sync::client {

namespace {
const nlohmann::json &requireArray(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_array())
        throw std::invalid_argument(std::string("push answer: ") + key + " must be a list");
    return *it;
}

std::string text(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        throw std::invalid_argument(std::string("push answer: ") + key + " must be text");
    return it->get<std::string>();
}
} // namespace

HttpRequest PushRequest::build(const std::string &token, const std::string &batchId, const std::vector<Change> &changes)
{
    std::vector<std::string> texts;
    texts.reserve(changes.size());
    for (const auto &c : changes)
        texts.push_back(jsontext::changeText(c));
    return build(token, batchId, std::vector<std::string_view>(texts.begin(), texts.end()));
}

HttpRequest PushRequest::build(
    const std::string &token, const std::string &batchId, const std::vector<std::string_view> &changeBodies)
{
    HttpRequest r = deviceRequest("POST", "/v1/push", token);
    std::size_t size = 64 + batchId.size();
    for (const auto &b : changeBodies)
        size += b.size() + 1;
    r.body.reserve(size);
    r.body += "{\"batch\":";
    jsontext::appendString(r.body, batchId);
    r.body += ",\"changes\":[";
    for (std::size_t i = 0; i < changeBodies.size(); ++i) {
        if (i > 0)
            r.body += ',';
        r.body += changeBodies[i];
    }
    r.body += "]}";
    r.compressBody = true;
    return r;
}

PushAnswer PushRequest::parse(const nlohmann::json &answer)
{
    if (!answer.is_object())
        throw std::invalid_argument("push answer is not an object");
    PushAnswer out;
    out.batchId = text(answer, "batch");
    for (const auto &id : requireArray(answer, "accepted")) {
        if (!id.is_string())
            throw std::invalid_argument("push answer: accepted ids must be text");
        out.accepted.push_back(id.get<std::string>());
    }
    for (const auto &r : requireArray(answer, "refused"))
        out.refused.push_back({ text(r, "id"), text(r, "record"), text(r, "code") });
    // Older servers may leave out an empty clamped list.
    if (answer.contains("clamped"))
        for (const auto &c : requireArray(answer, "clamped"))
            out.clamped.push_back({ text(c, "id"), text(c, "field"), text(c, "from"), text(c, "to") });
    // Older servers stamp nothing.
    if (answer.contains("stamped"))
        for (const auto &c : requireArray(answer, "stamped"))
            out.stamped.push_back({ text(c, "id"), text(c, "field"), text(c, "value") });
    return out;
}

} // namespace chorus::sync::client
