#pragma once
// Withdrawal at the desk of answers given on other devices: each code staff type waits in the
// device's sync state until the server has answered for it, so a code typed offline goes on the
// next sync, and what the server did is kept for staff to see. Codes only, never anyone's words.

#include "client/apireply.h"
#include "client/enginestore.h"
#include "client/transport.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace chorus::sync::client {

class CodeWithdrawals {
public:
    struct Result {
        std::string code;
        // "withdrawn", "not_found", "several" (CodeWithdrawalRequest), or "invalid" when the server
        // refused the code as malformed.
        std::string outcome;
        std::int64_t atMs = 0;
    };
    // How many answers are kept for staff to look back on.
    static constexpr std::size_t kResultsKept = 20;

    // Call inside a transaction. A code already waiting is not queued twice.
    static void queue(SyncState &state, const std::string &code);
    [[nodiscard]] static std::vector<std::string> pending(SyncState &state);
    // Newest last.
    [[nodiscard]] static std::vector<Result> results(SyncState &state);

    // Sends each waiting code in turn; a definitive answer moves it to the results in the same
    // transaction. Returns the reply to stop the sync with (offline, server trouble), or nullopt.
    [[nodiscard]] static std::optional<ApiReply> sendAll(
        EngineStore &store, Transport &transport, const std::string &token, std::int64_t nowMs);
};

} // namespace chorus::sync::client
