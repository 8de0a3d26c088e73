#pragma once
// The dashboard's web pages compiled into the server (generated from web/dashboard at build time).

#include <map>
#include <string_view>

namespace chorus::server::dashboard {

// File name (no folders) to contents.
[[nodiscard]] const std::map<std::string_view, std::string_view> &embeddedWebFiles();

} // namespace chorus::server::dashboard
