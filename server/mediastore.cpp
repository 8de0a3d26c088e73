#include "mediastore.h"

#include "apierror.h"
#include "fs/durablefile.h"
#include "protocol/validation.h"
#include "seal/mediasealer.h"
#include "sealkeys.h"

#include <sodium.h>

#include <cstdio>
#include <fstream>

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

// The media row for an upload in progress or just completed, with the time of its latest chunk (the
// sweep finds an abandoned partial upload by it). A partial upload never overwrites a complete one.
void recordUpload(
    sql::Connection &db, const DeviceIdentity &device, const std::string &sha, std::uint64_t size, bool complete)
{
    db.transaction([&] {
        db.cached("INSERT INTO media (org_id, sha256, size, complete, uploader, created_at)"
                  " VALUES (?1, ?2, ?3, ?4, ?5, ?6)"
                  " ON CONFLICT (org_id, sha256) DO UPDATE SET size = excluded.size, complete = excluded.complete,"
                  " uploader = excluded.uploader, created_at = excluded.created_at"
                  " WHERE media.complete = 0 OR excluded.complete = 1")
            .bind(1, device.orgId)
            .bind(2, sha)
            .bind(3, static_cast<std::int64_t>(size))
            .bind(4, complete ? 1 : 0)
            .bind(5, device.id)
            .bind(6, nowMs())
            .run();
    });
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
    requireQuota(db, device, sha, declaredSize);
    // A partial upload is on record (and counts against its device's quota) from its first chunk.
    recordUpload(db, device, sha, declaredSize, false);
    fs::create_directories(part.parent_path());
    // Flushed to disk before answering, so a byte the device is told arrived survives a crash.
    if (!chunk.empty() && !sync::fs::writeDurably(part, chunk, sync::fs::WriteMode::Append))
        throw ApiError(ErrorCode::Internal, "could not store the media chunk");
    const std::uint64_t now = offset + chunk.size();
    if (now < declaredSize)
        return { { "sha256", sha }, { "complete", false }, { "received", now } };
    // Kiosks and outreach tablets send media sealed to the organisation: it is opened here, and its
    // name is the SHA-256 of what was said, so a damaged or foreign file fails the same check.
    fs::path verified = part;
    const fs::path opened = m_root / device.orgId / (sha + ".open");
    if (sync::seal::MediaSealer::isSealedFile(part)) {
        const sync::seal::SealOpener opener(SealKeys(db).all(device.orgId));
        if (opener.openFile(part, opened))
            verified = opened;
    }
    if (hashFile(verified) != sha) {
        std::error_code ignored;
        fs::remove(part, ignored);
        fs::remove(opened, ignored);
        throw ApiError(ErrorCode::HashMismatch,
            "the media verified does not match its SHA-256; send it again from the start", { { "verified", 0 } });
    }
    if (verified == opened && !sync::fs::writeDurably(opened, {}, sync::fs::WriteMode::Append))
        throw ApiError(ErrorCode::Internal, "could not store the media");
    const std::uint64_t storedSize = sizeOf(verified);
    fs::rename(verified, finalPath(device.orgId, sha));
    if (verified != part)
        fs::remove(part);
    recordUpload(db, device, sha, storedSize, true);
    // A withdrawal may have committed while the last chunk was being hashed.
    if (isPurged(db, device.orgId, sha)) {
        removeFiles(device.orgId, { sha });
        throw ApiError(ErrorCode::MediaWithdrawn, "this media belonged to a withdrawn contribution; delete it");
    }
    return { { "sha256", sha }, { "complete", true }, { "received", storedSize } };
}

fs::path MediaStore::fileFor(sql::Connection &db, const DeviceIdentity &device, const std::string &sha)
{
    requireName(sha);
    // A withdrawn contribution's media row went with it: not_found, like media that never existed.
    auto &s = db.cached("SELECT uploader FROM media WHERE org_id = ?1 AND sha256 = ?2 AND complete = 1");
    sql::StatementReset reset(s);
    s.bind(1, device.orgId).bind(2, sha);
    if (!s.step())
        throw ApiError(ErrorCode::NotFound, "no such media");
    // Not even an outreach tablet's own uploads: a lost tablet's token must not fetch what was said.
    if (device.role == sync::protocol::Role::Coordinator)
        return finalPath(device.orgId, sha);
    // What people said stays off kiosks and other devices even when a prompt names the same bytes.
    if (!isContributionMedia(db, device.orgId, sha) && isPromptPicture(db, device.orgId, sha))
        return finalPath(device.orgId, sha);
    // A drawing a coordinator published with its idea: shown on kiosks by that choice, until the
    // idea is withdrawn (with the answer, which purges the file too).
    if (isPublishedPicture(db, device.orgId, sha))
        return finalPath(device.orgId, sha);
    throw ApiError(ErrorCode::Forbidden,
        "this device may download only its organisation's prompt pictures and published ideas' pictures");
}

bool MediaStore::isPromptPicture(sql::Connection &db, const std::string &orgId, const std::string &sha)
{
    auto &s = db.cached("SELECT 1 FROM prompts p JOIN record_owners o ON o.kind = 'prompt' AND o.record_id = p.id"
                        " WHERE o.org_id = ?1 AND p.symbol = ?2");
    sql::StatementReset reset(s);
    s.bind(1, orgId).bind(2, "picture:" + sha);
    return s.step();
}

bool MediaStore::isPublishedPicture(sql::Connection &db, const std::string &orgId, const std::string &sha)
{
    auto &s = db.cached("SELECT 1 FROM published_ideas p JOIN record_owners o ON o.kind = 'published_idea'"
                        " AND o.record_id = p.id WHERE o.org_id = ?1 AND p.symbol = ?2 AND p.published = 1"
                        " AND coalesce(p.withdrawn, 0) = 0");
    sql::StatementReset reset(s);
    s.bind(1, orgId).bind(2, "picture:" + sha);
    return s.step();
}

bool MediaStore::isContributionMedia(
    sql::Connection &db, const std::string &orgId, const std::string &sha, const std::string &exceptRecord)
{
    auto &s = db.cached("SELECT 1 FROM contributions c JOIN record_owners o ON o.kind = 'contribution'"
                        " AND o.record_id = c.id WHERE o.org_id = ?1 AND c.media LIKE ?2 AND c.id <> ?3");
    sql::StatementReset reset(s);
    s.bind(1, orgId).bind(2, "%" + sha + "%").bind(3, exceptRecord);
    return s.step();
}

bool MediaStore::isNamed(
    sql::Connection &db, const std::string &orgId, const std::string &sha, const std::string &exceptRecord)
{
    return isPromptPicture(db, orgId, sha) || isContributionMedia(db, orgId, sha, exceptRecord);
}

void MediaStore::requireQuota(
    sql::Connection &db, const DeviceIdentity &device, const std::string &sha, std::uint64_t size)
{
    auto &s
        = db.cached("SELECT coalesce(sum(size), 0) FROM media WHERE org_id = ?1 AND uploader = ?2 AND sha256 <> ?3");
    sql::StatementReset reset(s);
    s.bind(1, device.orgId).bind(2, device.id).bind(3, sha);
    const std::int64_t used = s.step() ? s.integer(0) : 0;
    if (used + static_cast<std::int64_t>(size) > m_quota)
        throw ApiError(ErrorCode::PayloadTooLarge,
            "this device has used its media space on the server (" + std::to_string(m_quota >> 20)
                + " MiB); ask a coordinator",
            { { "quota", m_quota }, { "used", used } });
}

MediaStore::SweepResult MediaStore::sweep(sql::Connection &db, std::int64_t now)
{
    struct Item {
        std::string org, sha;
        bool complete;
    };
    std::vector<Item> candidates;
    {
        auto s = db.prepare("SELECT org_id, sha256, complete, created_at FROM media"
                            " WHERE (complete = 0 AND created_at < ?1) OR (complete = 1 AND created_at < ?2)");
        s.bind(1, now - kStalePartialMs).bind(2, now - kUnreferencedMs);
        while (s.step())
            candidates.push_back({ s.text(0), s.text(1), s.integer(2) != 0 });
    }
    SweepResult result;
    std::lock_guard lock(m_mutex);
    for (const auto &item : candidates) {
        if (item.complete && isNamed(db, item.org, item.sha))
            continue;
        db.transaction([&] {
            db.prepare("DELETE FROM media WHERE org_id = ?1 AND sha256 = ?2 AND complete = ?3")
                .bind(1, item.org)
                .bind(2, item.sha)
                .bind(3, item.complete ? 1 : 0)
                .run();
        });
        removeFiles(item.org, { item.sha });
        ++(item.complete ? result.unreferenced : result.stalePartial);
    }
    return result;
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
