#pragma once
// What a revoked device does: removes everything it synced or queued, and its token, in one
// transaction, then deletes its media files. The device's own id and clock stay.

#include "client/enginestore.h"

namespace chorus::sync::client {

class DeviceWipe {
public:
    static void wipe(EngineStore &store);
    // Deletes media files (and rows) no longer needed after withdrawals purged their records.
    static void removeMedia(EngineStore &store, const std::vector<std::string> &sha256s);
};

} // namespace chorus::sync::client
