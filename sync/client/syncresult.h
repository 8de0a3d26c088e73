#pragma once
// How one sync run ended, in terms the UI and the scheduler act on.

#include <string>

namespace chorus::sync::client {

// Why a sync or an enrolment did not finish, as a code: the Qt layer's SyncWords puts it into words
// for people, in their language. `detail` (below) carries what the words quote: a network error, an
// HTTP status, the server's message, key ids.
enum class SyncProblem {
    None,
    NoAnswer, // detail: why (the network's error, or what could not be read)
    ServerFailed, // an answer without an error code; detail: the HTTP status
    UpdateNeeded, // this app is too old for the server
    ServerTooOld, // the server is older than this app
    Unauthorized, // the server no longer knows this device
    DeviceRevoked, // removed from the organisation; its synced data was deleted
    EnrolmentInvalid, // the code is unknown, expired or used
    RateLimited, // the server is busy
    ServerError, // the server failed inside
    Refused, // any other refusal; detail: the server's message
    UnreadableAnswer, // detail: what was wrong with it
    NotEnrolled, // no token on this device yet
    NothingSettled, // the server answered a push but settled none of it
    NoSealKey, // enrolment: no organisation key for a device that seals
    SealKeyDamaged, // enrolment: the key does not match its own id
    SealKeyNotOnCode, // enrolment: detail: "<server's key id> <code's key id>"
    SealKeyNotProved, // enrolment: detail: the key id the server could not prove it holds
};

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
    SyncProblem problem = SyncProblem::None; // None when Done
    std::string detail; // what the problem's words quote (SyncProblem)
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
// A stable lower-case token for logs and machine-readable output ("no_answer").
[[nodiscard]] const char *problemName(SyncProblem problem);

} // namespace chorus::sync::client
