#include "changelog.h"

#include "model/jsontext.h"

#include <algorithm>

namespace chorus::server::changelog {

void append(sql::Connection &db, const std::string &orgId, const std::string &originDevice, const sync::Change &change,
    Removal removal)
{
    auto &s = db.cached("INSERT INTO changelog (org_id, kind, record_id, origin_device, withdrawal, body) VALUES "
                        "(?1, ?2, ?3, ?4, ?5, ?6)");
    sql::StatementReset reset(s);
    s.bind(1, orgId)
        .bind(2, change.kind)
        .bind(3, change.recordId)
        .bind(4, originDevice)
        .bind(5, static_cast<int>(removal))
        .bind(6, sync::jsontext::changeText(change))
        .run();
}

void forgetValues(
    sql::Connection &db, const std::string &kind, const std::string &recordId, const std::vector<std::string> &fields)
{
    const auto named
        = [&](const std::string &field) { return std::find(fields.begin(), fields.end(), field) != fields.end(); };
    std::vector<std::pair<std::int64_t, sync::Change>> entries;
    {
        auto &s = db.cached("SELECT seq, body FROM changelog WHERE kind = ?1 AND record_id = ?2");
        sql::StatementReset reset(s);
        s.bind(1, kind).bind(2, recordId);
        while (s.step())
            entries.emplace_back(s.integer(0), sync::changeFromJson(nlohmann::json::parse(s.text(1))));
    }
    for (auto &[seq, change] : entries) {
        const auto before = change.fields.size() + change.conflicts.size() + change.settled.size();
        std::erase_if(change.fields, [&](const auto &f) { return named(f.first); });
        std::erase_if(change.conflicts, [&](const sync::ConflictNote &n) { return named(n.field); });
        std::erase_if(change.settled, [&](const sync::SettledNote &n) { return named(n.field); });
        if (change.fields.size() + change.conflicts.size() + change.settled.size() == before)
            continue;
        if (change.fields.empty() && change.conflicts.empty() && change.settled.empty()) {
            auto &d = db.cached("DELETE FROM changelog WHERE seq = ?1");
            sql::StatementReset reset(d);
            d.bind(1, seq).run();
        } else {
            auto &u = db.cached("UPDATE changelog SET body = ?2 WHERE seq = ?1");
            sql::StatementReset reset(u);
            u.bind(1, seq).bind(2, sync::jsontext::changeText(change)).run();
        }
    }
}

} // namespace chorus::server::changelog
