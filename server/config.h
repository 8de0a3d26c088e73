#pragma once
// How one chorus-server process runs: where its data lives, where it listens, and its limits.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace chorus::server {

struct ServerConfig {
    std::string database = "chorus.db"; // a path, sqlite:///path, or postgresql://user@host/db
    std::string mediaDir = "media";
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string portFile; // written with the bound port once listening (port 0 picks a free one)
    std::string tlsCert;
    std::string tlsKey;
    int threads = 8;
    double deviceRequestsPerSecond = 20;
    double deviceBurst = 60;
    double enrolPerMinute = 10;
    bool quiet = false;
    // Addresses of reverse proxies whose X-Forwarded-For is believed; everyone else's is ignored.
    std::vector<std::string> trustedProxies;
    // A bearer token that opens /metrics to non-loopback scrapers; empty: loopback only.
    std::string metricsToken;
    // How long a client may take to send a request's line and headers, and then its body.
    int headerTimeoutSeconds = 10;
    int bodyTimeoutSeconds = 60;
    // Open connections in all and from one address (trusted proxies are not capped per address).
    int maxConnections = 1024;
    int maxConnectionsPerAddress = 32;
    // Media one device may keep on the server, complete and partial together.
    std::int64_t mediaQuotaBytes = std::int64_t(2) << 30;
    // PostgreSQL: how long after a removal the scrub runs that takes it out of the cluster's files
    // (removals within it share one scrub and its table locks).
    int scrubDelaySeconds = 600;
};

// Reads --config FILE (JSON with the same names in snake_case) and then the flags, which win.
// Flags it does not know are returned for the subcommand. Throws std::runtime_error on bad input.
[[nodiscard]] ServerConfig parseConfig(std::vector<std::string> &args);

} // namespace chorus::server
