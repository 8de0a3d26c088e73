#pragma once
// The parts of a device store the engine works on, passed by reference so the engine stays Qt-free
// and the caller keeps ownership (one connection per thread).

#include "seal/devicesealer.h"
#include "sqlite/database.h"
#include "store/outbox.h"
#include "store/recordstore.h"

#include <string>

namespace chorus::sync::client {

struct EngineStore {
    sqlite::Database &db;
    RecordStore &records;
    Outbox &outbox;
    SyncState &state;
    // Media files are named by their SHA-256 in this folder; the `media` table says what exists.
    std::string mediaDir;
};

// Keys of the engine's bookkeeping in SyncState.
namespace statekey {
inline constexpr const char *kServerUrl = "server_url";
inline constexpr const char *kToken = secretkey::kToken;
inline constexpr const char *kCursor = "cursor";
inline constexpr const char *kServerDeviceId = "server_device_id";
inline constexpr const char *kRole = seal::statekey::kRole;
inline constexpr const char *kOrganisation = "organisation";
inline constexpr const char *kSite = "site";
inline constexpr const char *kSiteName = "site_name";
// On outreach tablets, the organisation's sites from the last pull (protocol::siteListJson as text).
inline constexpr const char *kSites = "sites";
inline constexpr const char *kLastSuccess = "last_sync_ms";
inline constexpr const char *kCaFile = "pinned_ca_file";
inline constexpr const char *kSealPublicKey = seal::statekey::kPublicKey;
} // namespace statekey

} // namespace chorus::sync::client
