#pragma once
// Content-addressed media files per organisation: resumable appends, verification by SHA-256 before
// an item counts as received, and deletion for good when its contribution is withdrawn.

#include "directory.h"
#include "sql/connection.h"

#include <nlohmann/json.hpp>

#include <cstdint>
#include <filesystem>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chorus::server {

class MediaStore {
public:
    explicit MediaStore(std::filesystem::path root);
    // Bytes one device may keep here, complete and partial together (from `media_quota_mb`).
    void setQuota(std::int64_t bytesPerDevice) { m_quota = bytesPerDevice; }

    // Throws ApiError: not_found for a bad name, media_withdrawn.
    [[nodiscard]] nlohmann::json status(sql::Connection &db, const DeviceIdentity &device, const std::string &sha);
    // Appends a chunk at `offset`; completes and verifies the item when it reaches `declaredSize`.
    [[nodiscard]] nlohmann::json append(sql::Connection &db, const DeviceIdentity &device, const std::string &sha,
        std::uint64_t offset, std::uint64_t declaredSize, std::string_view chunk);
    // The file of a complete item the device may read, or throws not_found (also once withdrawn) / forbidden.
    // Coordinators read any item; every role reads its organisation's prompt pictures; no other
    // device reads a contribution's media (not even the outreach tablet that recorded it).
    [[nodiscard]] std::filesystem::path fileFor(
        sql::Connection &db, const DeviceIdentity &device, const std::string &sha);
    // Deletes files of withdrawn contributions; the database rows are already gone.
    void removeFiles(const std::string &orgId, const std::vector<std::string> &shas);

    [[nodiscard]] const std::filesystem::path &root() const { return m_root; }

    [[nodiscard]] static std::optional<std::string> hashFile(const std::filesystem::path &path);

    // True while a prompt picture or a contribution (other than `exceptRecord`) of the organisation
    // names the media: media belongs to what names it.
    [[nodiscard]] static bool isNamed(
        sql::Connection &db, const std::string &orgId, const std::string &sha, const std::string &exceptRecord = {});

    struct SweepResult {
        int stalePartial = 0;
        int unreferenced = 0;
    };
    // Deletes partial uploads untouched for kStalePartialMs and complete media nothing has named for
    // kUnreferencedMs (a device pushes a contribution before its media, so a day is generous).
    SweepResult sweep(sql::Connection &db, std::int64_t nowMs);
    static constexpr std::int64_t kStalePartialMs = 3LL * 24 * 60 * 60 * 1000;
    static constexpr std::int64_t kUnreferencedMs = 24LL * 60 * 60 * 1000;

private:
    [[nodiscard]] std::filesystem::path finalPath(const std::string &orgId, const std::string &sha) const;
    [[nodiscard]] std::filesystem::path partPath(const std::string &orgId, const std::string &sha) const;
    [[nodiscard]] bool isPurged(sql::Connection &db, const std::string &orgId, const std::string &sha);
    [[nodiscard]] static bool isPromptPicture(sql::Connection &db, const std::string &orgId, const std::string &sha);
    // A standing published idea shows it ("picture:<sha256>" as its symbol).
    [[nodiscard]] static bool isPublishedPicture(sql::Connection &db, const std::string &orgId, const std::string &sha);
    [[nodiscard]] static bool isContributionMedia(
        sql::Connection &db, const std::string &orgId, const std::string &sha, const std::string &exceptRecord = {});
    // Throws payload_too_large when `size` more bytes would take the device past its quota.
    void requireQuota(sql::Connection &db, const DeviceIdentity &device, const std::string &sha, std::uint64_t size);

    std::filesystem::path m_root;
    std::int64_t m_quota = std::int64_t(2) << 30;
    // Serialises appends within this instance; two instances appending the same item at once are
    // told offset_mismatch by the size check on the next chunk.
    std::mutex m_mutex;
};

} // namespace chorus::server
