#pragma once
// Structured logs: one JSON object per line on stderr, so a log shipper needs no parser of its own.

#include <nlohmann/json.hpp>

#include <string_view>

namespace chorus::server::log {

void info(std::string_view event, nlohmann::json fields = nlohmann::json::object());
void warn(std::string_view event, nlohmann::json fields = nlohmann::json::object());
void error(std::string_view event, nlohmann::json fields = nlohmann::json::object());
void setQuiet(bool quiet);

} // namespace chorus::server::log
