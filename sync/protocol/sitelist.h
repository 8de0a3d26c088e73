#pragma once
// The organisation's sites as a pull carries them to outreach tablets (`"sites": [{id, name}]`), so
// a worker starts a session at one of them: written by the server, read by the device, one shape.

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace chorus::sync::protocol {

struct SiteEntry {
    std::string id;
    std::string name;
    bool operator==(const SiteEntry &) const = default;
};

// Limits a device holds the list to: an organisation has tens of sites, not thousands.
inline constexpr std::size_t kMaxSites = 1000;
inline constexpr std::size_t kMaxSiteNameBytes = 200;

[[nodiscard]] nlohmann::json siteListJson(const std::vector<SiteEntry> &sites);
// Throws std::invalid_argument for anything but a list of {id, name} within the limits.
[[nodiscard]] std::vector<SiteEntry> parseSiteList(const nlohmann::json &list);

} // namespace chorus::sync::protocol
