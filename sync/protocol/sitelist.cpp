#include "protocol/sitelist.h"

#include "protocol/validation.h"

#include <stdexcept>

namespace chorus::sync::protocol {

nlohmann::json siteListJson(const std::vector<SiteEntry> &sites)
{
    nlohmann::json out = nlohmann::json::array();
    for (const auto &s : sites)
        out.push_back({ { "id", s.id }, { "name", s.name } });
    return out;
}

std::vector<SiteEntry> parseSiteList(const nlohmann::json &list)
{
    if (!list.is_array() || list.size() > kMaxSites)
        throw std::invalid_argument("sites must be a list of at most " + std::to_string(kMaxSites));
    std::vector<SiteEntry> out;
    out.reserve(list.size());
    for (const auto &s : list) {
        if (!s.is_object() || !s.value("id", nlohmann::json()).is_string()
            || !s.value("name", nlohmann::json()).is_string())
            throw std::invalid_argument("each site must have an id and a name as text");
        SiteEntry entry { s["id"].get<std::string>(), s["name"].get<std::string>() };
        if (!isValidId(entry.id))
            throw std::invalid_argument("a site's id is not an id");
        if (entry.name.empty() || entry.name.size() > kMaxSiteNameBytes || !isValidUtf8(entry.name))
            throw std::invalid_argument("a site's name must be 1 to " + std::to_string(kMaxSiteNameBytes) + " bytes");
        out.push_back(std::move(entry));
    }
    return out;
}

} // namespace chorus::sync::protocol
