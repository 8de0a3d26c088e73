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

} // namespace chorus::server::dashboard
