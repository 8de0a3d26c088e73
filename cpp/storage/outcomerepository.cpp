#include "storage/outcomerepository.h"

#include "model/schema.h"
#include "storage/devicestore.h"
#include "storage/recordmapping.h"

#include <QUuid>

#include <algorithm>

namespace chorus {

OutcomeRepository::OutcomeRepository(DeviceStore &store)
    : m_store(store)
{
}

QList<Outcome> OutcomeRepository::published(const QString &siteId)
{
    QList<Outcome> out;
    m_store.read([&] {
        std::vector<std::string> ids;
        auto &s = m_store.db().cached("SELECT id FROM outcomes WHERE published = 1");
        {
            sqlite::StatementReset reset(s);
            while (s.step())
                ids.push_back(s.text(0));
        }
        for (const auto &id : ids) {
            auto record = m_store.records().read(sync::kinds::Outcome, id);
            if (!record)
                continue;
            Outcome o = mapping::outcomeFromRecord(*record);
            if (o.sites.isEmpty() || siteId.isEmpty() || o.sites.contains(siteId))
                out << o;
        }
    });
    std::sort(out.begin(), out.end(), [](const Outcome &a, const Outcome &b) { return a.happenedAt > b.happenedAt; });
    return out;
}

void OutcomeRepository::save(const Outcome &outcome)
{
    m_store.write([&] {
        const auto change = m_store.records().writeLocal(sync::kinds::Outcome, outcome.id.toStdString(), mapping::toFields(outcome),
                                                         QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
        m_store.outbox().append(change);
    });
}

} // namespace chorus
