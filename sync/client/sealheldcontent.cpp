#include "client/sealheldcontent.h"

#include "model/jsontext.h"
#include "model/schema.h"
#include "seal/sealformat.h"

namespace chorus::sync::client {

namespace {
int sealQueue(EngineStore &store, seal::FieldSealer &sealer, const std::string &table)
{
    std::vector<std::pair<std::string, std::string>> rewritten;
    int sealed = 0;
    {
        auto s = store.db.prepare("SELECT change_id, body FROM " + table);
        while (s.step()) {
            Change change = changeFromJson(nlohmann::json::parse(s.text(1)));
            if (change.kind != kinds::Contribution)
                continue;
            if (const int here = sealer.sealChange(change); here > 0) {
                rewritten.emplace_back(s.text(0), jsontext::changeText(change));
                sealed += here;
            }
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
    // The records keep only the marker in place of each value: what was said travels in the queued
    // changes (nothing is acknowledged before enrolment), and a device never reads it back.
    const KindSpec *kind = Schema::instance().kind(kinds::Contribution);
    const std::string marker = jsontext::dump(seal::boxMarker());
    int sealed = 0;
    for (const auto &f : kind->fields) {
        if (!f.sealed)
            continue;
        auto u = store.db.prepare("UPDATE " + kind->table + " SET " + f.name + " = ?1 WHERE " + f.name
            + " IS NOT NULL AND " + f.name + " NOT LIKE '{\"$sealed\"%'");
        u.bind(1, marker);
        u.run();
        sealed += store.db.changes();
    }
    return sealed + sealQueue(store, sealer, "outbox") + sealQueue(store, sealer, "quarantine");
}

} // namespace chorus::sync::client
