#pragma once
// GET /v1/pull: one page of the change log after the device's cursor.

#include "client/transport.h"
#include "model/change.h"
#include "protocol/sitelist.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

namespace chorus::sync::client {

struct PullPage {
    std::vector<Change> changes;
    std::string cursor; // opaque: stored as text and sent back as it came
    bool more = false;
    // The organisation's current public key for sealing (64 hex digits), when the server seals:
    // after a rotation, devices seal to the new one from their next sync.
    std::string sealPublicKey;
    // Outreach tablets: the organisation's sites, to start a session at one.
    std::optional<std::vector<protocol::SiteEntry>> sites;
};

class PullRequest {
public:
    [[nodiscard]] static HttpRequest build(const std::string &token, const std::string &cursor, int limit);
    // Throws std::invalid_argument; a page with one undecodable change is refused whole, so the
    // cursor never passes a change the device did not apply.
    [[nodiscard]] static PullPage parse(nlohmann::json answer);
};

} // namespace chorus::sync::client
