#include "storage/outreachrepository.h"

#include "client/enginestore.h"
#include "domain/identifiers.h"
#include "model/schema.h"
#include "protocol/sitelist.h"
#include "storage/devicestore.h"

#include <algorithm>

namespace chorus {

namespace {
QString text(const nlohmann::json &r, const char *key)
{
    const auto it = r.find(key);
    return it != r.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}
QDateTime time(const nlohmann::json &r, const char *key)
{
    const auto it = r.find(key);
    return it != r.end() && it->is_number_integer() ? QDateTime::fromMSecsSinceEpoch(it->get<qint64>(), Qt::UTC)
                                                    : QDateTime();
}
Worker workerFrom(const std::string &id, const nlohmann::json &r)
{
    return { QString::fromStdString(id), text(r, "name"), text(r, "pin_hash"),
        r.value("retired", nlohmann::json()) == true };
}
nlohmann::json optional(const QString &value)
{
    return value.isEmpty() ? nlohmann::json() : nlohmann::json(value.toStdString());
}
nlohmann::json optional(const QDateTime &value)
{
    return value.isValid() ? nlohmann::json(value.toMSecsSinceEpoch()) : nlohmann::json();
}
} // namespace

OutreachRepository::OutreachRepository(DeviceStore &store)
    : m_store(store)
{ }

QList<Worker> OutreachRepository::activeWorkers()
{
    QList<Worker> out;
    m_store.read([&] {
        std::vector<std::string> ids;
        auto &s = m_store.db().cached("SELECT id FROM workers WHERE coalesce(retired, 0) = 0");
        {
            sqlite::StatementReset reset(s);
            while (s.step())
                ids.push_back(s.text(0));
        }
        for (const auto &id : ids)
            if (const auto r = m_store.records().read(sync::kinds::Worker, id))
                out << workerFrom(id, *r);
    });
    std::sort(out.begin(), out.end(),
        [](const Worker &a, const Worker &b) { return QString::localeAwareCompare(a.name, b.name) < 0; });
    return out;
}

std::optional<Worker> OutreachRepository::worker(const QString &id)
{
    std::optional<Worker> out;
    m_store.read([&] {
        if (const auto r = m_store.records().read(sync::kinds::Worker, id.toStdString()))
            out = workerFrom(id.toStdString(), *r);
    });
    return out;
}

QList<OutreachSite> OutreachRepository::sites()
{
    QList<OutreachSite> out;
    std::optional<std::string> list, ownId, ownName;
    m_store.read([&] {
        list = m_store.state().get(sync::client::statekey::kSites);
        ownId = m_store.state().get(sync::client::statekey::kSite);
        ownName = m_store.state().get(sync::client::statekey::kSiteName);
    });
    if (list) {
        // Written by the engine from a list it checked; a store edited by hand gets the fallback.
        try {
            for (const auto &s : sync::protocol::parseSiteList(nlohmann::json::parse(*list)))
                out << OutreachSite { QString::fromStdString(s.id), QString::fromStdString(s.name) };
            return out;
        } catch (const std::exception &) {
            out.clear();
        }
    }
    if (ownId && ownName && !ownId->empty() && !ownName->empty())
        out << OutreachSite { QString::fromStdString(*ownId), QString::fromStdString(*ownName) };
    return out;
}

void OutreachRepository::save(const OutreachSession &session)
{
    const nlohmann::json fields {
        { "worker_id", session.workerId.toStdString() },
        { "site_id", optional(session.siteId) },
        { "place", session.place.toStdString() },
        { "started_at", optional(session.startedAt) },
        { "ended_at", optional(session.endedAt) },
    };
    m_store.write([&] {
        const auto change = m_store.records().writeLocal(
            sync::kinds::OutreachSession, session.id.toStdString(), fields, newUuidV7().toStdString());
        m_store.outbox().append(change);
    });
}

std::optional<OutreachSession> OutreachRepository::openSession()
{
    std::optional<OutreachSession> out;
    m_store.read([&] {
        auto &s = m_store.db().cached(
            "SELECT id FROM outreach_sessions WHERE ended_at IS NULL ORDER BY started_at DESC LIMIT 1");
        std::string id;
        {
            sqlite::StatementReset reset(s);
            if (s.step())
                id = s.text(0);
        }
        if (id.empty())
            return;
        if (const auto r = m_store.records().read(sync::kinds::OutreachSession, id))
            out = OutreachSession { QString::fromStdString(id), text(*r, "worker_id"), text(*r, "site_id"),
                text(*r, "place"), time(*r, "started_at"), time(*r, "ended_at") };
    });
    return out;
}

int OutreachRepository::answersIn(const QString &sessionId)
{
    int n = 0;
    m_store.read([&] {
        auto &s = m_store.db().cached(
            "SELECT count(*) FROM contributions WHERE outreach_session_id = ?1 AND coalesce(withdrawn, 0) = 0");
        sqlite::StatementReset reset(s);
        s.bind(1, sessionId.toStdString());
        if (s.step())
            n = static_cast<int>(s.integer(0));
    });
    return n;
}

} // namespace chorus
