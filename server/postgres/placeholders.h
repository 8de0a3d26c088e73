#pragma once
// Rewrites SQLite-style placeholders (`?`, `?N`) as PostgreSQL's `$N`, leaving quoted text alone.

#include <string>

namespace chorus::server::postgres {

// A bare `?` takes the number after the highest used so far, as SQLite numbers them.
[[nodiscard]] std::string translatePlaceholders(const std::string &sql);

} // namespace chorus::server::postgres
