#include "client/sentcontent.h"

#include "model/schema.h"
#include "protocol/validation.h"

#include <filesystem>

namespace chorus::sync::client {

namespace {
std::string forgetSql()
{
    const KindSpec *kind = Schema::instance().kind(kinds::Contribution);
    std::string set, any;
    for (const auto &f : kind->fields) {
        if (!f.sealed)
            continue;
        set += (set.empty() ? "" : ", ") + f.name + " = NULL";
        any += (any.empty() ? "" : " OR ") + f.name + " IS NOT NULL";
    }
    // One pass per sync, not one per acknowledged change: the outbox has no record_id index.
    return "UPDATE " + kind->table + " SET " + set + " WHERE (" + any + ")"
        + " AND id NOT IN (SELECT record_id FROM outbox) AND id NOT IN (SELECT record_id FROM quarantine)";
}
} // namespace

bool SentContent::appliesTo(EngineStore &store)
{
    const auto role = store.state.get(statekey::kRole);
    return role && seal::DeviceSealer::sealsFor(*role);
}

int SentContent::forgetAcknowledged(EngineStore &store)
{
    if (!appliesTo(store))
        return 0;
    static const std::string sql = forgetSql();
    int emptied = 0;
    store.db.transaction([&] {
        store.db.exec(sql);
        emptied = store.db.changes();
    });
    if (emptied > 0)
        store.db.forgetDeletedContent();
    return emptied;
}

void SentContent::forgetUploadedMedia(EngineStore &store, const std::string &sha256)
{
    if (!appliesTo(store) || !protocol::isSha256Hex(sha256))
        return;
    std::error_code ignored;
    std::filesystem::remove(std::filesystem::path(store.mediaDir) / sha256, ignored);
}

} // namespace chorus::sync::client
