#pragma once
// Joins a device store to the Qt-free sync engine: the engine's view of the store and the
// transport for the server the device is enrolled with. Shared by chorus-cli and the kiosk worker.

#include "client/curltransport.h"
#include "client/enginestore.h"

#include <QString>

#include <memory>

namespace chorus {

class DeviceStore;

class DeviceSync {
public:
    [[nodiscard]] static sync::client::EngineStore engineStore(DeviceStore &store, const QString &mediaDir);
    // The folder the kiosk keeps media in when none is given: "media" beside the database file.
    [[nodiscard]] static QString defaultMediaDir(const QString &dbPath);
    // A transport for `serverUrl`; the pinned CA file, when given, replaces the system store.
    [[nodiscard]] static std::unique_ptr<sync::client::CurlTransport> transport(
        const QString &serverUrl, const QString &caFile, long transferTimeoutMs = 120000);
};

} // namespace chorus
