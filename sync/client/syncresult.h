#pragma once
// How one sync run ended, in terms the UI and the scheduler act on.

#include <string>

namespace chorus::sync::client {

enum class SyncStatus {
    Done, // everything waiting went up and everything new came down
    Offline, // no answer, or a cut-short one: try again later, nothing was lost
    Failed, // the server refused or failed; try again later with backoff
    RateLimited, // the server asked us to wait retryAfterSeconds
    NotEnrolled, // no token, or the server no longer knows it
    UpdateNeeded, // the app is too old for the server: stop until updated
    Revoked, // the device was revoked and has wiped its synced data
    Cancelled, // stopped on request (app closing)
};

struct SyncResult {
    SyncStatus status = SyncStatus::Done;
    std::string message; // plain words for staff; empty when Done
    int pushed = 0; // changes the server accepted or settled
    int pulled = 0; // changes applied from the server
    int mediaSent = 0; // media items now complete on the server
    int quarantined = 0; // changes the server refused for good, set aside this run (kept, not sent)
    int retryAfterSeconds = 0;
    bool contentChanged = false; // prompts, outcomes or settings changed: reload what shows them
    bool contributionsChanged = false;
};

struct SyncProgress {
    std::string phase; // "push", "media", "pull"
    int done = 0;
    int total = 0; // 0 when unknown
};

[[nodiscard]] const char *statusName(SyncStatus status);

} // namespace chorus::sync::client
