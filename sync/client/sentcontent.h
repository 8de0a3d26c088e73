#pragma once
// What a kiosk or outreach tablet keeps once the server holds an answer: its ids, reference code,
// versions and sync state, never its content (sealed or not) or its media. Coordinator devices hold
// readable data by design and keep everything.

#include "client/enginestore.h"

namespace chorus::sync::client {

class SentContent {
public:
    [[nodiscard]] static bool appliesTo(EngineStore &store);
    // Empties the sealed fields of every contribution with nothing of it still queued or set aside,
    // then clears free pages and the WAL as a withdrawal does. Returns how many were emptied.
    static int forgetAcknowledged(EngineStore &store);
    // Deletes the local copy of media the server holds complete.
    static void forgetUploadedMedia(EngineStore &store, const std::string &sha256);
};

} // namespace chorus::sync::client
