#include "client/devicewipe.h"

#include "model/schema.h"
#include "protocol/validation.h"
#include "store/devicetables.h"

#include <filesystem>

namespace chorus::sync::client {

void DeviceWipe::wipe(EngineStore &store)
{
    std::vector<std::string> media;
    store.db.transaction([&] {
        auto s = store.db.prepare("SELECT sha256 FROM media");
        while (s.step())
            media.push_back(s.text(0));
        for (const auto &kind : Schema::instance().kinds())
            store.db.exec("DELETE FROM " + kind.table);
        for (const auto &table : kDeviceTables)
            if (table.emptiedOnRevoke)
                store.db.exec("DELETE FROM " + std::string(table.name));
        for (const char *key : { statekey::kToken, statekey::kCursor, statekey::kServerDeviceId, statekey::kRole,
                 statekey::kOrganisation, statekey::kSite, statekey::kSiteName, statekey::kSites, statekey::kLastSuccess,
                 statekey::kSealPublicKey })
            store.state.remove(key);
    });
    // Files go after the commit: a crash in between leaves unnamed files, never rows without files.
    for (const auto &sha : media) {
        std::error_code ignored;
        std::filesystem::remove(std::filesystem::path(store.mediaDir) / sha, ignored);
    }
}

void DeviceWipe::removeMedia(EngineStore &store, const std::vector<std::string> &sha256s)
{
    if (sha256s.empty())
        return;
    store.db.transaction([&] {
        for (const auto &sha : sha256s) {
            auto s = store.db.prepare("DELETE FROM media WHERE sha256 = ?1");
            s.bind(1, sha);
            s.run();
        }
    });
    for (const auto &sha : sha256s) {
        if (!protocol::isSha256Hex(sha))
            continue;
        std::error_code ignored;
        std::filesystem::remove(std::filesystem::path(store.mediaDir) / sha, ignored);
    }
}

} // namespace chorus::sync::client
