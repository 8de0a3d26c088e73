#include "model/change.h"

#include <stdexcept>

namespace chorus::sync {

nlohmann::json toJson(const Change &change)
{
    nlohmann::json fields = nlohmann::json::object();
    for (const auto &[name, f] : change.fields) {
        nlohmann::json jf{{"value", f.value}, {"version", f.version}};
        if (!f.base.empty())
            jf["base"] = f.base;
        fields[name] = std::move(jf);
    }
    nlohmann::json out{{"id", change.changeId}, {"kind", change.kind}, {"record", change.recordId}, {"fields", std::move(fields)}};
    if (!change.sealed.empty())
        out["sealed"] = change.sealed;
    for (const auto &c : change.conflicts)
        out["conflicts"].push_back({{"field", c.field}, {"value", c.losingValue}, {"version", c.losingVersion}, {"winner", c.winningVersion}});
    for (const auto &s : change.settled)
        out["settled"].push_back({{"field", s.field}, {"version", s.losingVersion}});
    return out;
}

namespace {
const std::string &requireString(const nlohmann::json &j, const char *key, const char *where = "change")
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        throw std::invalid_argument(std::string(where) + "." + key + " must be a string");
    return it->get_ref<const std::string &>();
}

// The optional list `key` of objects, or an empty list.
const nlohmann::json &optionalList(const nlohmann::json &j, const char *key)
{
    static const nlohmann::json empty = nlohmann::json::array();
    auto it = j.find(key);
    if (it == j.end())
        return empty;
    if (!it->is_array())
        throw std::invalid_argument(std::string("change.") + key + " must be a list");
    for (const auto &item : *it)
        if (!item.is_object())
            throw std::invalid_argument(std::string("change.") + key + " must hold objects");
    return *it;
}
} // namespace

Change changeFromJson(const nlohmann::json &json)
{
    return changeFromJson(nlohmann::json(json));
}

Change changeFromJson(nlohmann::json &&json)
{
    if (!json.is_object())
        throw std::invalid_argument("change must be an object");
    Change change;
    change.changeId = requireString(json, "id");
    change.kind = requireString(json, "kind");
    change.recordId = requireString(json, "record");
    auto fields = json.find("fields");
    if (fields == json.end() || !fields->is_object())
        throw std::invalid_argument("change.fields must be an object");
    for (auto &[name, jf] : fields->items()) {
        if (!jf.is_object() || !jf.contains("value"))
            throw std::invalid_argument("change.fields." + name + " must be an object with a value");
        FieldChange f;
        f.value = std::move(jf.at("value"));
        f.version = requireString(jf, "version");
        if (auto b = jf.find("base"); b != jf.end()) {
            if (!b->is_string())
                throw std::invalid_argument("change.fields." + name + ".base must be a string");
            f.base = b->get<std::string>();
        }
        change.fields.emplace(name, std::move(f));
    }
    if (auto sealed = json.find("sealed"); sealed != json.end()) {
        if (!sealed->is_string())
            throw std::invalid_argument("change.sealed must be a string");
        change.sealed = sealed->get<std::string>();
    }
    notesFromJson(json, change);
    return change;
}

void notesFromJson(const nlohmann::json &json, Change &change)
{
    for (const auto &c : optionalList(json, "conflicts")) {
        if (!c.contains("value"))
            throw std::invalid_argument("change.conflicts must each hold a value");
        change.conflicts.push_back({requireString(c, "field", "change.conflicts"), c.at("value"),
                                    requireString(c, "version", "change.conflicts"),
                                    requireString(c, "winner", "change.conflicts")});
    }
    for (const auto &s : optionalList(json, "settled"))
        change.settled.push_back({requireString(s, "field", "change.settled"), requireString(s, "version", "change.settled")});
}

} // namespace chorus::sync
