#include "bodyfields.h"

#include "apierror.h"

namespace chorus::server::dashboard {

using sync::protocol::ErrorCode;

namespace {
const nlohmann::json *present(const nlohmann::json &body, const char *name)
{
    const auto it = body.find(name);
    return it == body.end() || it->is_null() ? nullptr : &*it;
}
} // namespace

std::string textField(const nlohmann::json &body, const char *name, const std::string &fallback)
{
    const nlohmann::json *v = present(body, name);
    if (!v)
        return fallback;
    if (!v->is_string())
        throw ApiError(ErrorCode::BadRequest, std::string(name) + " must be text");
    return v->get<std::string>();
}

std::int64_t wholeField(const nlohmann::json &body, const char *name, std::int64_t fallback)
{
    const nlohmann::json *v = present(body, name);
    if (!v)
        return fallback;
    if (!v->is_number_integer())
        throw ApiError(ErrorCode::BadRequest, std::string(name) + " must be a whole number");
    return v->get<std::int64_t>();
}

bool booleanField(const nlohmann::json &body, const char *name, bool fallback)
{
    const nlohmann::json *v = present(body, name);
    if (!v)
        return fallback;
    if (!v->is_boolean())
        throw ApiError(ErrorCode::BadRequest, std::string(name) + " must be true or false");
    return v->get<bool>();
}

void requireLanguageMap(const nlohmann::json &fields, const char *name)
{
    if (!fields.contains(name))
        return;
    const nlohmann::json &m = fields[name];
    if (!m.is_object() || !m.contains("en") || !m["en"].is_string() || m["en"].get<std::string>().empty())
        throw ApiError(sync::protocol::ErrorCode::BadRequest, std::string(name) + " needs easy-read text in English at least");
    for (const auto &[lang, value] : m.items())
        if ((lang != "en" && lang != "cy" && lang != "ar") || !value.is_string())
            throw ApiError(sync::protocol::ErrorCode::BadRequest, std::string(name) + " is given per language: en, cy, ar");
}

} // namespace chorus::server::dashboard
