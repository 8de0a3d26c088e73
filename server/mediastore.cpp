#include "mediastore.h"

#include "apierror.h"
#include "protocol/validation.h"

#include <sodium.h>

#include <cstdio>
#include <fcntl.h>
#include <fstream>
#include <unistd.h>

namespace chorus::server {

using sync::protocol::ErrorCode;
using Json = nlohmann::json;
namespace fs = std::filesystem;

namespace {
void requireName(const std::string &sha)
{
    if (!sync::protocol::isSha256Hex(sha))
        throw ApiError(ErrorCode::NotFound, "media names are 64 lower-case hex characters (SHA-256)");
}

std::uint64_t sizeOf(const fs::path &p)
{
    std::error_code ec;
    const auto size = fs::file_size(p, ec);
    return ec ? 0 : size;
}

// Appends and flushes to disk before answering, so a byte the device is told arrived survives a crash.
bool appendDurably(const fs::path &p, std::string_view data)
{
    const int fd = ::open(p.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0)
        return false;
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.data() + done, data.size() - done);
        if (n <= 0) {
            ::close(fd);
            return false;
        }
        done += static_cast<std::size_t>(n);
    }
    const bool ok = ::fsync(fd) == 0;
    return ::close(fd) == 0 && ok;
}
} // namespace

MediaStore::MediaStore(fs::path root)
    : m_root(std::move(root))
{
    fs::create_directories(m_root);
}

fs::path MediaStore::finalPath(const std::string &orgId, const std::string &sha) const
{
    return m_root / orgId / sha;
}

fs::path MediaStore::partPath(const std::string &orgId, const std::string &sha) const
{
    return m_root / orgId / (sha + ".part");
}

bool MediaStore::isPurged(sql::Connection &db, const std::string &orgId, const std::string &sha)
{
    auto &s = db.cached("SELECT 1 FROM purged_media WHERE org_id = ?1 AND sha256 = ?2");
    sql::StatementReset reset(s);
    s.bind(1, orgId).bind(2, sha);
    return s.step();
}

std::optional<std::string> MediaStore::hashFile(const fs::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    crypto_hash_sha256_state state;
    crypto_hash_sha256_init(&state);
    std::vector<char> buf(1 << 16);
    while (in) {
        in.read(buf.data(), static_cast<std::streamsize>(buf.size()));
        if (in.gcount() > 0)
            crypto_hash_sha256_update(&state, reinterpret_cast<const unsigned char *>(buf.data()),
                static_cast<unsigned long long>(in.gcount()));
    }
    unsigned char out[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&state, out);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, out, sizeof out);
    return std::string(hex);
}

Json MediaStore::status(sql::Connection &db, const DeviceIdentity &device, const std::string &sha)
{
    requireName(sha);
    if (isPurged(db, device.orgId, sha))
        throw ApiError(ErrorCode::MediaWithdrawn, "this media belonged to a withdrawn contribution; delete it");
    auto &s = db.cached("SELECT size, complete FROM media WHERE org_id = ?1 AND sha256 = ?2");
    sql::StatementReset reset(s);
    s.bind(1, device.orgId).bind(2, sha);
    if (s.step() && s.integer(1) != 0)
        return { { "sha256", sha }, { "complete", true }, { "received", s.integer(0) } };
    return { { "sha256", sha }, { "complete", false }, { "received", sizeOf(partPath(device.orgId, sha)) } };
}

Json MediaStore::append(sql::Connection &db, const DeviceIdentity &device, const std::string &sha, std::uint64_t offset,
    std::uint64_t declaredSize, std::string_view chunk)
{
    requireName(sha);
    if (declaredSize == 0 || declaredSize > sync::protocol::kMaxMediaBytes)
        throw ApiError(ErrorCode::PayloadTooLarge,
            "media must be 1 byte to " + std::to_string(sync::protocol::kMaxMediaBytes) + " bytes");
    std::lock_guard lock(m_mutex);
    Json current = status(db, device, sha);
    if (current["complete"] == true)
        return current;
    const fs::path part = partPath(device.orgId, sha);
    const std::uint64_t received = current["received"].get<std::uint64_t>();
    if (offset != received)
        throw ApiError(ErrorCode::OffsetMismatch,
            "the server holds " + std::to_string(received) + " bytes of this media", { { "received", received } });
    if (offset + chunk.size() > declaredSize)
        throw ApiError(ErrorCode::BadRequest, "this chunk goes past the declared media size");
    fs::create_directories(part.parent_path());
    if (!chunk.empty() && !appendDurably(part, chunk))
        throw ApiError(ErrorCode::Internal, "could not store the media chunk");
    const std::uint64_t now = offset + chunk.size();
    if (now < declaredSize)
        return { { "sha256", sha }, { "complete", false }, { "received", now } };
    if (hashFile(part) != sha) {
        fs::remove(part);
        throw ApiError(ErrorCode::HashMismatch,
            "the media received does not match its SHA-256; send it again from the start", { { "received", 0 } });
    }
    fs::rename(part, finalPath(device.orgId, sha));
    db.transaction([&] {
        db.cached(
              "INSERT INTO media (org_id, sha256, size, complete, uploader, created_at) VALUES (?1, ?2, ?3, 1, ?4, ?5)"
              " ON CONFLICT (org_id, sha256) DO UPDATE SET size = excluded.size, complete = excluded.complete,"
              " uploader = excluded.uploader, created_at = excluded.created_at")
            .bind(1, device.orgId)
            .bind(2, sha)
            .bind(3, static_cast<std::int64_t>(declaredSize))
            .bind(4, device.id)
            .bind(5, nowMs())
            .run();
    });
    // A withdrawal may have committed while the last chunk was being hashed.
    if (isPurged(db, device.orgId, sha)) {
        removeFiles(device.orgId, { sha });
        throw ApiError(ErrorCode::MediaWithdrawn, "this media belonged to a withdrawn contribution; delete it");
    }
    return { { "sha256", sha }, { "complete", true }, { "received", declaredSize } };
}

fs::path MediaStore::fileFor(sql::Connection &db, const DeviceIdentity &device, const std::string &sha)
{
    requireName(sha);
    auto &s = db.cached("SELECT uploader FROM media WHERE org_id = ?1 AND sha256 = ?2 AND complete = 1");
    sql::StatementReset reset(s);
    s.bind(1, device.orgId).bind(2, sha);
    if (!s.step())
        throw ApiError(ErrorCode::NotFound, "no such media");
    if (device.role != sync::protocol::Role::Coordinator && s.text(0) != device.id)
        throw ApiError(ErrorCode::Forbidden, "only coordinator devices may download media they did not send");
    return finalPath(device.orgId, sha);
}

void MediaStore::removeFiles(const std::string &orgId, const std::vector<std::string> &shas)
{
    for (const auto &sha : shas) {
        if (!sync::protocol::isSha256Hex(sha))
            continue;
        std::error_code ec;
        fs::remove(finalPath(orgId, sha), ec);
        fs::remove(partPath(orgId, sha), ec);
    }
}

} // namespace chorus::server
