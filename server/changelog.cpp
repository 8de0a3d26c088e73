#include "changelog.h"

#include "model/jsontext.h"

namespace chorus::server::changelog {

void append(sql::Connection &db, const std::string &orgId, const std::string &originDevice, const sync::Change &change,
    bool withdrawal)
{
    auto &s = db.cached("INSERT INTO changelog (org_id, kind, record_id, origin_device, withdrawal, body) VALUES "
                        "(?1, ?2, ?3, ?4, ?5, ?6)");
    sql::StatementReset reset(s);
    s.bind(1, orgId)
        .bind(2, change.kind)
        .bind(3, change.recordId)
        .bind(4, originDevice)
        .bind(5, withdrawal)
        .bind(6, sync::jsontext::changeText(change))
        .run();
}

} // namespace chorus::server::changelog
