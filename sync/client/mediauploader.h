#pragma once
// Sends the media files the server does not yet hold, resuming each from the byte the server has.

#include "client/apireply.h"
#include "client/enginestore.h"
#include "client/transport.h"

#include <atomic>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace chorus::sync::client {

class MediaUploader {
public:
    static constexpr std::size_t kChunkBytes = 1024 * 1024;

    MediaUploader(EngineStore store, Transport &transport, std::string token);
    // Returns the reply that stopped the uploads (a failure), or nothing when all are done.
    [[nodiscard]] std::optional<ApiReply> uploadAll(
        int &completed, const std::function<void(int, int)> &progress, const std::atomic<bool> *cancel);
    [[nodiscard]] static std::int64_t waiting(sqlite::Database &db);

private:
    struct Item {
        std::string sha256;
        std::uint64_t bytes = 0;
    };
    [[nodiscard]] std::vector<Item> pending();
    [[nodiscard]] std::optional<ApiReply> upload(const Item &item, bool &completed);
    void markUploaded(const std::string &sha256);
    void forget(const std::string &sha256);

    EngineStore m_store;
    Transport &m_transport;
    std::string m_token;
};

} // namespace chorus::sync::client
