#include "client/mediauploader.h"

#include "client/mediarequest.h"
#include "client/sentcontent.h"

#include <filesystem>
#include <fstream>

namespace chorus::sync::client {

using protocol::ErrorCode;

MediaUploader::MediaUploader(EngineStore store, Transport &transport, std::string token)
    : m_store(store)
    , m_transport(transport)
    , m_token(std::move(token))
{ }

std::int64_t MediaUploader::waiting(sqlite::Database &db)
{
    auto s = db.prepare("SELECT count(*) FROM media WHERE uploaded = 0");
    return s.step() ? s.integer(0) : 0;
}

std::vector<MediaUploader::Item> MediaUploader::pending()
{
    std::vector<Item> items;
    auto s = m_store.db.prepare("SELECT sha256, bytes FROM media WHERE uploaded = 0 ORDER BY created_at");
    while (s.step())
        items.push_back({ s.text(0), static_cast<std::uint64_t>(s.integer(1)) });
    return items;
}

void MediaUploader::markUploaded(const std::string &sha256)
{
    m_store.db.transaction([&] {
        auto s = m_store.db.prepare("UPDATE media SET uploaded = 1 WHERE sha256 = ?1");
        s.bind(1, sha256);
        s.run();
    });
    // After the row says so: a crash in between leaves a sealed file the next wipe or withdrawal removes.
    SentContent::forgetUploadedMedia(m_store, sha256);
}

void MediaUploader::forget(const std::string &sha256)
{
    std::error_code ignored;
    std::filesystem::remove(std::filesystem::path(m_store.mediaDir) / sha256, ignored);
    m_store.db.transaction([&] {
        auto s = m_store.db.prepare("DELETE FROM media WHERE sha256 = ?1");
        s.bind(1, sha256);
        s.run();
    });
}

std::optional<ApiReply> MediaUploader::uploadAll(
    int &completed, const std::function<void(int, int)> &progress, const std::atomic<bool> *cancel)
{
    const auto items = pending();
    int done = 0;
    for (const auto &item : items) {
        if (cancel && cancel->load())
            return std::nullopt;
        bool finished = false;
        if (auto stop = upload(item, finished))
            return stop;
        completed += finished ? 1 : 0;
        if (progress)
            progress(++done, static_cast<int>(items.size()));
    }
    return std::nullopt;
}

std::optional<ApiReply> MediaUploader::upload(const Item &item, bool &completed)
{
    const auto path = std::filesystem::path(m_store.mediaDir) / item.sha256;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        // The file is gone (withdrawn and purged, or the folder was cleaned): nothing left to send.
        forget(item.sha256);
        return std::nullopt;
    }
    ApiReply reply = interpretReply(m_transport.send(MediaRequest::status(m_token, item.sha256)));
    // Two fresh starts at most: a hash mismatch means the bytes changed under us or were damaged.
    for (int restarts = 0; restarts < 2;) {
        if (reply.is(ErrorCode::MediaWithdrawn)) {
            forget(item.sha256);
            return std::nullopt;
        }
        if (reply.is(ErrorCode::HashMismatch)) {
            ++restarts;
            reply.kind = ApiReply::Kind::Ok;
            reply.body = { { "complete", false }, { "received", 0u } };
        }
        if (reply.is(ErrorCode::OffsetMismatch)) {
            reply.kind = ApiReply::Kind::Ok; // resume from where the server says it is
            reply.body["complete"] = false;
        }
        if (!reply.ok())
            return reply;
        MediaProgress at;
        try {
            at = MediaRequest::parse(reply.body);
        } catch (const std::invalid_argument &e) {
            reply.kind = ApiReply::Kind::NoAnswer;
            reply.message = e.what();
            return reply;
        }
        if (at.complete) {
            markUploaded(item.sha256);
            completed = true;
            return std::nullopt;
        }
        if (at.received > item.bytes) {
            reply.kind = ApiReply::Kind::Error;
            reply.message = "the server holds more of " + item.sha256 + " than exists";
            return reply;
        }
        std::string chunk(std::min<std::uint64_t>(kChunkBytes, item.bytes - at.received), '\0');
        in.clear();
        in.seekg(static_cast<std::streamoff>(at.received));
        in.read(chunk.data(), static_cast<std::streamsize>(chunk.size()));
        if (static_cast<std::size_t>(in.gcount()) != chunk.size()) {
            reply.kind = ApiReply::Kind::Error;
            reply.message = "the media file " + item.sha256 + " is shorter than recorded";
            return reply;
        }
        reply = interpretReply(
            m_transport.send(MediaRequest::put(m_token, item.sha256, at.received, item.bytes, std::move(chunk))));
    }
    reply.kind = ApiReply::Kind::Error;
    reply.message = "the media file " + item.sha256 + " kept arriving damaged at the server";
    return reply;
}

} // namespace chorus::sync::client
