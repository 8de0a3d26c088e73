#pragma once
// Fetches the media a device's store names and its folder lacks, after a pull: prompt pictures on
// every device, voice notes and drawings of contributions on coordinator devices only (kiosks and
// outreach tablets keep no one's words once the server has them). Nothing is kept unless its bytes hash to its name, and nothing of a
// withdrawn contribution is asked for or kept.

#include "client/apireply.h"
#include "client/enginestore.h"
#include "client/transport.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace chorus::sync::client {

struct DownloadResult {
    int pictures = 0; // prompt pictures now held
    int contributionMedia = 0; // voice notes and drawings now held
    int skipped = 0; // refused, gone, withdrawn or damaged on the way: asked again next run
    // The reply that stopped the run (no answer, rate limited, revoked...); later items wait for the next run.
    std::optional<ApiReply> stop;
};

class MediaDownloader {
public:
    MediaDownloader(EngineStore store, Transport &transport, std::string token);
    [[nodiscard]] DownloadResult downloadAll(const std::atomic<bool> *cancel = nullptr);

    struct Item {
        std::string sha256;
        bool picture = false; // a prompt's picture, else a contribution's media
    };
    // What this device's role may hold that is named in the store but not yet in the folder.
    [[nodiscard]] std::vector<Item> missing();

private:
    [[nodiscard]] std::vector<Item> wanted();
    [[nodiscard]] bool stillWanted(const Item &item);
    [[nodiscard]] bool held(const std::string &sha256);
    // True when kept; false when skipped; sets `stop` when the run must end.
    bool fetch(const Item &item, std::optional<ApiReply> &stop);
    bool keep(const Item &item, const std::string &tempPath, std::size_t bytes);
    void sweepTemporaries();

    EngineStore m_store;
    Transport &m_transport;
    std::string m_token;
};

} // namespace chorus::sync::client
