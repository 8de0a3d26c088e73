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
    return {{"id", change.changeId}, {"kind", change.kind}, {"record", change.recordId}, {"fields", std::move(fields)}};
}

namespace {
const std::string &requireString(const nlohmann::json &j, const char *key)
{
    auto it = j.find(key);
    if (it == j.end() || !it->is_string())
        throw std::invalid_argument(std::string("change.") + key + " must be a string");
    return it->get_ref<const std::string &>();
}
} // namespace

Change changeFromJson(const nlohmann::json &json)
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
    for (const auto &[name, jf] : fields->items()) {
        if (!jf.is_object() || !jf.contains("value"))
            throw std::invalid_argument("change.fields." + name + " must be an object with a value");
        FieldChange f;
        f.value = jf.at("value");
        f.version = requireString(jf, "version");
        if (auto b = jf.find("base"); b != jf.end()) {
            if (!b->is_string())
                throw std::invalid_argument("change.fields." + name + ".base must be a string");
            f.base = b->get<std::string>();
        }
        change.fields.emplace(name, std::move(f));
    }
    return change;
}

} // namespace chorus::sync
