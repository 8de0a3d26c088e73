#pragma once
// GET /v1/media/<sha>/status and PUT /v1/media/<sha>?offset=N: resumable media upload; GET /v1/media/<sha>:
// download.

#include "client/transport.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <string>

namespace chorus::sync::client {

struct MediaProgress {
    bool complete = false;
    std::uint64_t received = 0;
};

class MediaRequest {
public:
    [[nodiscard]] static HttpRequest status(const std::string &token, const std::string &sha256);
    [[nodiscard]] static HttpRequest put(const std::string &token, const std::string &sha256, std::uint64_t offset,
        std::uint64_t totalSize, std::string chunk);
    [[nodiscard]] static HttpRequest download(const std::string &token, const std::string &sha256);
    // Throws std::invalid_argument when complete or received is missing.
    [[nodiscard]] static MediaProgress parse(const nlohmann::json &answer);
};

} // namespace chorus::sync::client
