#include "auditlog.h"

#include "directory.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;

AuditLog::AuditLog(sql::Connection &db)
    : m_db(db)
{ }

void AuditLog::record(const Session &who, const std::string &action, const std::string &target, const Json &detail)
{
    m_db.transaction([&] {
        m_db.prepare("INSERT INTO dashboard_audit (at, org_id, coordinator_id, email, action, target, detail)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
            .bind(1, nowMs())
            .bind(2, who.orgId)
            .bind(3, who.coordinatorId)
            .bind(4, who.email)
            .bind(5, action)
            .bind(6, target)
            .bind(7, detail.dump())
            .run();
    });
}

Json AuditLog::list(const std::string &orgId, int limit)
{
    Json out = Json::array();
    auto s = m_db.prepare("SELECT id, at, email, action, target, detail FROM dashboard_audit WHERE org_id = ?1 ORDER "
                          "BY id DESC LIMIT ?2");
    s.bind(1, orgId).bind(2, limit);
    while (s.step())
        out.push_back({ { "id", s.integer(0) }, { "at", s.integer(1) }, { "who", s.text(2) }, { "action", s.text(3) },
            { "target", s.text(4) }, { "detail", Json::parse(s.text(5), nullptr, false) } });
    return out;
}

} // namespace chorus::server::dashboard
