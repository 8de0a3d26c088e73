#include "client/enrolrequest.h"

#include "client/apireply.h"
#include "protocol/protocol.h"
#include "protocol/validation.h"

#include <stdexcept>

namespace chorus::sync::client {

namespace {
std::string requireText(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_string() || it->get_ref<const std::string &>().empty())
        throw std::invalid_argument(std::string("enrolment answer: ") + key + " missing or not text");
    return it->get<std::string>();
}

// A name is optional, but when present it must be text (value() would throw a type_error).
std::string optionalText(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    if (it == j.end() || it->is_null())
        return {};
    if (!it->is_string())
        throw std::invalid_argument(std::string("enrolment answer: ") + key + " is not text");
    return it->get<std::string>();
}
} // namespace

std::string EnrolRequest::normaliseCode(const std::string &typedOrScanned)
{
    std::string code = typedOrScanned.substr(0, typedOrScanned.find('#'));
    if (code.rfind(protocol::kEnrolQrPrefix, 0) == 0)
        code = code.substr(protocol::kEnrolQrPrefix.size());
    std::string out;
    for (char c : code)
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            out.push_back(c);
    return out;
}

std::string EnrolRequest::expectedKeyId(const std::string &typedOrScanned)
{
    const auto hash = typedOrScanned.find('#');
    if (hash == std::string::npos)
        return {};
    std::string out;
    for (char c : typedOrScanned.substr(hash + 1))
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            out.push_back(static_cast<char>(c >= 'A' && c <= 'F' ? c - 'A' + 'a' : c));
    return out;
}

HttpRequest EnrolRequest::build(const std::string &code, const std::string &deviceName, const std::string &challengeHex)
{
    HttpRequest r = deviceRequest("POST", "/v1/enrol", {});
    nlohmann::json body { { "code", normaliseCode(code) }, { "name", deviceName } };
    if (!challengeHex.empty())
        body["seal_challenge"] = challengeHex;
    r.body = body.dump();
    return r;
}

Enrolment EnrolRequest::parse(const nlohmann::json &answer)
{
    if (!answer.is_object())
        throw std::invalid_argument("enrolment answer is not an object");
    Enrolment e;
    e.deviceId = requireText(answer, "device_id");
    e.token = requireText(answer, "token");
    e.role = requireText(answer, "role");
    if (!protocol::roleFromName(e.role))
        throw std::invalid_argument("enrolment answer: unknown role " + e.role);
    const auto org = answer.value("organisation", nlohmann::json::object());
    const auto site = answer.value("site", nlohmann::json::object());
    if (!org.is_object() || !site.is_object())
        throw std::invalid_argument("enrolment answer: organisation and site must be objects");
    e.organisationId = requireText(org, "id");
    e.organisationName = optionalText(org, "name");
    e.siteId = requireText(site, "id");
    e.siteName = optionalText(site, "name");
    if (auto key = answer.find("seal_key"); key != answer.end() && !key->is_null()) {
        if (!key->is_object())
            throw std::invalid_argument("enrolment answer: seal_key must be an object");
        e.sealKeyId = requireText(*key, "id");
        e.sealPublicKey = requireText(*key, "public");
        e.sealProof = optionalText(*key, "proof");
    }
    return e;
}

} // namespace chorus::sync::client
