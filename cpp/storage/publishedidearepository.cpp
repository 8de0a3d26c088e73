#include "storage/publishedidearepository.h"

#include "domain/identifiers.h"
#include "model/schema.h"
#include "storage/devicestore.h"
#include "storage/recordmapping.h"

#include <algorithm>

namespace chorus {

PublishedIdeaRepository::PublishedIdeaRepository(DeviceStore &store)
    : m_store(store)
{ }

QList<PublishedIdea> PublishedIdeaRepository::published(const QString &siteId)
{
    QList<PublishedIdea> out;
    m_store.read([&] {
        std::vector<std::string> ids;
        auto &s = m_store.db().cached("SELECT id FROM published_ideas WHERE published = 1");
        {
            sqlite::StatementReset reset(s);
            while (s.step())
                ids.push_back(s.text(0));
        }
        for (const auto &id : ids) {
            auto record = m_store.records().read(sync::kinds::PublishedIdea, id);
            if (!record)
                continue;
            PublishedIdea idea = mapping::publishedIdeaFromRecord(*record);
            if (idea.sites.isEmpty() || siteId.isEmpty() || idea.sites.contains(siteId))
                out << idea;
        }
    });
    std::sort(out.begin(), out.end(),
        [](const PublishedIdea &a, const PublishedIdea &b) { return a.publishedAt > b.publishedAt; });
    return out;
}

QString PublishedIdeaRepository::addSupport(const QString &ideaId, const QString &siteId)
{
    const QString id = newUuidV7();
    const nlohmann::json fields = {
        { "idea_id", ideaId.toStdString() },
        { "device_id", m_store.deviceId().toStdString() },
        { "site_id", siteId.isEmpty() ? nlohmann::json() : nlohmann::json(siteId.toStdString()) },
        { "created_at", QDateTime::currentMSecsSinceEpoch() },
    };
    m_store.write([&] {
        const auto change
            = m_store.records().writeLocal(sync::kinds::Support, id.toStdString(), fields, newUuidV7().toStdString());
        m_store.outbox().append(change);
    });
    return id;
}

int PublishedIdeaRepository::supportsHere(const QString &ideaId)
{
    int n = 0;
    m_store.read([&] {
        auto &s = m_store.db().cached("SELECT count(*) FROM supports WHERE idea_id = ?1");
        sqlite::StatementReset reset(s);
        s.bind(1, ideaId.toStdString());
        if (s.step())
            n = static_cast<int>(s.integer(0));
    });
    return n;
}

} // namespace chorus
