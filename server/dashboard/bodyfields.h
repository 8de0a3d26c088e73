#pragma once
// Optional fields of a dashboard request body read with the type they must have: a wrong type is the
// client's mistake, answered 400 naming the field, never a 500 from the JSON library.

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace chorus::server::dashboard {

[[nodiscard]] std::string textField(const nlohmann::json &body, const char *name, const std::string &fallback);
[[nodiscard]] std::int64_t wholeField(const nlohmann::json &body, const char *name, std::int64_t fallback);
[[nodiscard]] bool booleanField(const nlohmann::json &body, const char *name, bool fallback);
// Easy-read text per language ({"en": ..., "cy": ..., "ar": ...}, English at least) when `fields`
// has `name`; throws ApiError(bad_request) otherwise.
void requireLanguageMap(const nlohmann::json &fields, const char *name);

} // namespace chorus::server::dashboard
