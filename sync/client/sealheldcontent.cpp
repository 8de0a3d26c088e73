#include "client/sealheldcontent.h"

#include "model/jsontext.h"
#include "model/schema.h"
#include "seal/sealformat.h"

namespace chorus::sync::client {

namespace {
bool needsSealing(const FieldSpec *spec, const nlohmann::json &value)
{
    return spec && spec->sealed && !value.is_null() && !seal::isSealedValue(value);
}

int sealQueue(EngineStore &store, seal::FieldSealer &sealer, const std::string &table)
{
    const KindSpec *kind = Schema::instance().kind(kinds::Contribution);
    std::vector<std::pair<std::string, std::string>> rewritten;
    int sealed = 0;
    {
        auto s = store.db.prepare("SELECT change_id, body FROM " + table);
        while (s.step()) {
            Change change = changeFromJson(nlohmann::json::parse(s.text(1)));
            if (change.kind != kinds::Contribution)
                continue;
            int here = 0;
            for (auto &[name, f] : change.fields)
                if (needsSealing(kind->field(name), f.value)) {
                    f.value = sealer.seal(change.kind, change.recordId, name, f.value);
                    ++here;
                }
            if (here > 0)
                rewritten.emplace_back(s.text(0), jsontext::changeText(change));
            sealed += here;
        }
    }
    for (const auto &[changeId, body] : rewritten) {
        auto u = store.db.prepare("UPDATE " + table + " SET body = ?1 WHERE change_id = ?2");
        u.bind(1, body).bind(2, changeId);
        u.run();
    }
    return sealed;
}
} // namespace

int SealHeldContent::sealAll(EngineStore &store, seal::FieldSealer &sealer)
{
    const KindSpec *kind = Schema::instance().kind(kinds::Contribution);
    std::vector<std::string> ids;
    {
        auto s = store.db.prepare("SELECT id FROM " + kind->table);
        while (s.step())
            ids.push_back(s.text(0));
    }
    int sealed = 0;
    for (const auto &id : ids) {
        const auto record = store.records.read(std::string(kinds::Contribution), id);
        if (!record)
            continue;
        for (const auto &f : kind->fields) {
            auto value = record->find(f.name);
            if (value == record->end() || !needsSealing(&f, *value))
                continue;
            // Kept as the sealed value's JSON text, as the record store keeps one.
            auto u = store.db.prepare("UPDATE " + kind->table + " SET " + f.name + " = ?1 WHERE id = ?2");
            u.bind(1, jsontext::dump(sealer.seal(kinds::Contribution, id, f.name, *value))).bind(2, id);
            u.run();
            ++sealed;
        }
    }
    return sealed + sealQueue(store, sealer, "outbox") + sealQueue(store, sealer, "quarantine");
}

} // namespace chorus::sync::client
