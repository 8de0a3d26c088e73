#include "client/mediadownloader.h"

#include "client/mediarequest.h"
#include "fs/durablefile.h"
#include "protocol/validation.h"

#include <nlohmann/json.hpp>
#include <openssl/evp.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>

namespace chorus::sync::client {

using protocol::ErrorCode;
namespace stdfs = std::filesystem;

namespace {
constexpr const char *kTempPrefix = "download-";
constexpr const char *kPicturePrefix = "picture:";

std::optional<std::string> sha256OfFile(const stdfs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    if (!in || !ctx || EVP_DigestInit_ex(ctx, EVP_sha256(), nullptr) != 1) {
        EVP_MD_CTX_free(ctx);
        return std::nullopt;
    }
    std::vector<char> buf(1 << 16);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        if (in.gcount() > 0)
            EVP_DigestUpdate(ctx, buf.data(), static_cast<std::size_t>(in.gcount()));
    }
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok = EVP_DigestFinal_ex(ctx, digest, &length) == 1;
    EVP_MD_CTX_free(ctx);
    if (!ok)
        return std::nullopt;
    std::string hex;
    char two[3];
    for (unsigned int i = 0; i < length; ++i) {
        std::snprintf(two, sizeof two, "%02x", digest[i]);
        hex += two;
    }
    return hex;
}

std::string mimeOf(const std::string &data)
{
    if (data.rfind("OggS", 0) == 0)
        return "audio/ogg";
    if (data.rfind("\x89PNG", 0) == 0)
        return "image/png";
    if (data.rfind("\xFF\xD8\xFF", 0) == 0)
        return "image/jpeg";
    return "application/octet-stream";
}

// Replies that end the run: the network or the server as a whole, not this one item.
bool stopsTheRun(const ApiReply &reply)
{
    if (reply.kind == ApiReply::Kind::NoAnswer)
        return true;
    return !(reply.is(ErrorCode::NotFound) || reply.is(ErrorCode::Forbidden) || reply.is(ErrorCode::MediaWithdrawn));
}

std::int64_t nowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}
} // namespace

MediaDownloader::MediaDownloader(EngineStore store, Transport &transport, std::string token)
    : m_store(store)
    , m_transport(transport)
    , m_token(std::move(token))
{ }

std::vector<MediaDownloader::Item> MediaDownloader::wanted()
{
    std::vector<Item> items;
    std::set<std::string> seen;
    const auto add = [&](const std::string &sha, bool picture) {
        if (protocol::isSha256Hex(sha) && seen.insert(sha).second)
            items.push_back({ sha, picture });
    };
    auto pictures = m_store.db.prepare("SELECT substr(symbol, 9) FROM prompts WHERE symbol LIKE 'picture:%'"
                                       " AND (retired IS NULL OR retired = 0) ORDER BY position, id");
    while (pictures.step())
        add(pictures.text(0), true);
    // A published idea may show the drawing its person made, which the coordinator chose to publish.
    auto ideaPictures = m_store.db.prepare("SELECT substr(symbol, 9) FROM published_ideas WHERE symbol LIKE 'picture:%'"
                                           " AND published = 1 AND coalesce(withdrawn, 0) = 0 ORDER BY published_at DESC, id");
    while (ideaPictures.step())
        add(ideaPictures.text(0), true);
    const std::string role = m_store.state.get(statekey::kRole).value_or(std::string());
    // Kiosks and outreach tablets hold no one's words once the server has them (sentcontent.h).
    if (role != "coordinator")
        return items;
    auto media = m_store.db.prepare("SELECT media FROM contributions WHERE media IS NOT NULL"
                                    " AND (withdrawn IS NULL OR withdrawn = 0)"
                                    " AND id NOT IN (SELECT record_id FROM withdrawals) ORDER BY created_at DESC");
    while (media.step()) {
        const auto list = nlohmann::json::parse(media.text(0), nullptr, false);
        if (!list.is_array())
            continue;
        for (const auto &sha : list)
            if (sha.is_string())
                add(sha.get<std::string>(), false);
    }
    return items;
}

bool MediaDownloader::held(const std::string &sha256)
{
    std::error_code ec;
    if (!stdfs::is_regular_file(stdfs::path(m_store.mediaDir) / sha256, ec))
        return false;
    auto s = m_store.db.prepare("SELECT 1 FROM media WHERE sha256 = ?1");
    s.bind(1, sha256);
    return s.step();
}

std::vector<MediaDownloader::Item> MediaDownloader::missing()
{
    std::vector<Item> out;
    for (auto &item : wanted())
        if (!held(item.sha256))
            out.push_back(std::move(item));
    return out;
}

bool MediaDownloader::stillWanted(const Item &item)
{
    if (item.picture) {
        // An idea withdrawn since the list was read: its picture is never kept.
        auto s = m_store.db.prepare("SELECT 1 FROM prompts WHERE symbol = ?1 UNION ALL SELECT 1 FROM published_ideas"
                                    " WHERE symbol = ?1 AND published = 1 AND coalesce(withdrawn, 0) = 0");
        s.bind(1, kPicturePrefix + item.sha256);
        return s.step();
    }
    // A withdrawal pulled, or made here, since the list was read wins: its media is never kept.
    auto s
        = m_store.db.prepare("SELECT 1 FROM contributions WHERE media LIKE ?1 AND (withdrawn IS NULL OR withdrawn = 0)"
                             " AND id NOT IN (SELECT record_id FROM withdrawals)");
    s.bind(1, "%\"" + item.sha256 + "\"%");
    return s.step();
}

void MediaDownloader::sweepTemporaries()
{
    std::error_code ec;
    for (const auto &entry : stdfs::directory_iterator(m_store.mediaDir, ec))
        if (entry.path().filename().string().rfind(kTempPrefix, 0) == 0)
            stdfs::remove(entry.path(), ec);
}

DownloadResult MediaDownloader::downloadAll(const std::atomic<bool> *cancel)
{
    DownloadResult result;
    std::error_code ec;
    stdfs::create_directories(m_store.mediaDir, ec);
    sweepTemporaries();
    for (const auto &item : missing()) {
        if (cancel && cancel->load())
            break;
        if (fetch(item, result.stop))
            ++(item.picture ? result.pictures : result.contributionMedia);
        else if (result.stop)
            break;
        else
            ++result.skipped;
    }
    return result;
}

bool MediaDownloader::fetch(const Item &item, std::optional<ApiReply> &stop)
{
    HttpReply reply = m_transport.send(MediaRequest::download(m_token, item.sha256));
    if (reply.status != 200) {
        ApiReply failed = interpretReply(reply);
        if (failed.ok()) { // another 2xx is not the file
            failed.kind = ApiReply::Kind::Error;
            failed.message = "the server answered HTTP " + std::to_string(reply.status) + " instead of the media";
        }
        if (stopsTheRun(failed))
            stop = failed;
        return false;
    }
    const stdfs::path temp = stdfs::path(m_store.mediaDir) / (kTempPrefix + item.sha256);
    std::error_code ec;
    if (reply.body.empty() || reply.body.size() > protocol::kMaxMediaBytes
        || !fs::writeDurably(temp, reply.body, fs::WriteMode::Replace) || sha256OfFile(temp) != item.sha256) {
        stdfs::remove(temp, ec);
        return false;
    }
    const bool kept = keep(item, temp.string(), reply.body.size());
    if (!kept)
        stdfs::remove(temp, ec);
    return kept;
}

bool MediaDownloader::keep(const Item &item, const std::string &tempPath, std::size_t bytes)
{
    const stdfs::path target = stdfs::path(m_store.mediaDir) / item.sha256;
    std::ifstream head(tempPath, std::ios::binary);
    std::string magic(8, '\0');
    head.read(magic.data(), static_cast<std::streamsize>(magic.size()));
    magic.resize(static_cast<std::size_t>(head.gcount()));
    bool kept = false;
    // Checked, named and recorded under the write lock, so a withdrawal made here on another thread
    // lands either before (nothing kept) or after (it purges the file) but never in between.
    m_store.db.transaction([&] {
        if (!stillWanted(item))
            return;
        std::error_code ec;
        stdfs::rename(tempPath, target, ec);
        if (ec)
            throw std::runtime_error("could not name the downloaded media " + item.sha256 + ": " + ec.message());
        auto s = m_store.db.prepare("INSERT INTO media (sha256, mime, bytes, duration_ms, created_at, uploaded)"
                                    " VALUES (?1, ?2, ?3, 0, ?4, 1) ON CONFLICT (sha256) DO NOTHING");
        s.bind(1, item.sha256).bind(2, mimeOf(magic)).bind(3, static_cast<std::int64_t>(bytes)).bind(4, nowMs());
        s.run();
        kept = true;
    });
    if (kept)
        fs::syncDirectory(m_store.mediaDir);
    return kept;
}

} // namespace chorus::sync::client
