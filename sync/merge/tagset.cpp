#include "merge/tagset.h"

#include <algorithm>

namespace chorus::sync {

namespace {
using Json = nlohmann::json;

std::map<std::string, std::set<std::string>> readMap(const Json &state, const char *key)
{
    std::map<std::string, std::set<std::string>> out;
    auto it = state.find(key);
    if (it == state.end() || !it->is_object())
        return out;
    for (const auto &[tag, versions] : it->items())
        if (versions.is_array())
            for (const auto &v : versions)
                if (v.is_string())
                    out[tag].insert(v.get<std::string>());
    return out;
}

Json writeMap(const std::map<std::string, std::set<std::string>> &m)
{
    Json out = Json::object();
    for (const auto &[tag, versions] : m)
        out[tag] = Json(std::vector<std::string>(versions.begin(), versions.end()));
    return out;
}
} // namespace

TagSet TagSet::fromState(const Json &state)
{
    TagSet set;
    if (!state.is_object())
        return set;
    set.m_adds = readMap(state, "adds");
    set.m_removed = readMap(state, "removed");
    return set;
}

Json TagSet::state() const
{
    return { { "adds", writeMap(m_adds) }, { "removed", writeMap(m_removed) } };
}

std::vector<std::string> TagSet::visible() const
{
    std::vector<std::string> out;
    for (const auto &[tag, adds] : m_adds) {
        auto removed = m_removed.find(tag);
        const bool survives = removed == m_removed.end()
            || std::any_of(adds.begin(), adds.end(), [&](const std::string &v) { return !removed->second.count(v); });
        if (survives)
            out.push_back(tag);
    }
    return out;
}

bool TagSet::apply(const Json &op, const std::string &version)
{
    bool learnt = false;
    if (auto add = op.find("add"); add != op.end() && add->is_array())
        for (const auto &tag : *add)
            if (tag.is_string())
                learnt |= m_adds[tag.get<std::string>()].insert(version).second;
    if (auto remove = op.find("remove"); remove != op.end() && remove->is_object())
        for (const auto &[tag, versions] : remove->items())
            if (versions.is_array())
                for (const auto &v : versions)
                    if (v.is_string())
                        learnt |= m_removed[tag].insert(v.get<std::string>()).second;
    return learnt;
}

Json TagSet::diffTo(const std::vector<std::string> &desired) const
{
    const std::vector<std::string> now = visible();
    Json add = Json::array();
    Json remove = Json::object();
    for (const auto &tag : desired)
        if (std::find(now.begin(), now.end(), tag) == now.end() && std::find(add.begin(), add.end(), tag) == add.end())
            add.push_back(tag);
    for (const auto &tag : now) {
        if (std::find(desired.begin(), desired.end(), tag) != desired.end())
            continue;
        Json seen = Json::array();
        const auto removed = m_removed.find(tag);
        for (const auto &v : m_adds.at(tag))
            if (removed == m_removed.end() || !removed->second.count(v))
                seen.push_back(v);
        remove[tag] = std::move(seen);
    }
    Json op = Json::object();
    if (!add.empty())
        op["add"] = std::move(add);
    if (!remove.empty())
        op["remove"] = std::move(remove);
    return op;
}

} // namespace chorus::sync
