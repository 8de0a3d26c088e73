#pragma once
// Tells an organisation's own system that an answer needs attention now: an HTTP POST to the
// webhook an admin configured, carrying ids only (never the answer's words), retried with backoff
// (0.5 s, 1 s, 2 s, 4 s, 8 s) on its own thread until the receiver answers 2xx. Each call is kept in
// the database until the receiver accepts it, so a call pending when the server stops (or that ran
// out of attempts) is made again when it starts: at least once, possibly twice.

#include "serverdb.h"
#include "sql/connection.h"

#include <string>

namespace chorus::server::dashboard {

class UrgentWebhook {
public:
    static constexpr int kAttempts = 6;

    // The organisation's webhook URL, or empty.
    [[nodiscard]] static std::string url(sql::Connection &db, const std::string &orgId);
    // Empty `url` removes it. Throws ApiError(bad_request) unless it is http:// or https://.
    static void setUrl(sql::Connection &db, const std::string &orgId, const std::string &url);
    // Keeps the call and starts the POST (and its retries) when the organisation has a webhook;
    // returns at once.
    static void notify(ServerDb &server, sql::Connection &db, const std::string &orgId, const std::string &recordId,
        const std::string &source);
    // Starts every kept call again (at start-up); answers how many.
    static int resumePending(ServerDb &server);
};

} // namespace chorus::server::dashboard
