#include "storage/promptrepository.h"

#include "model/schema.h"
#include "storage/devicestore.h"
#include "storage/recordmapping.h"

#include <QUuid>

#include <algorithm>

namespace chorus {

PromptRepository::PromptRepository(DeviceStore &store)
    : m_store(store)
{
}

QList<Prompt> PromptRepository::all()
{
    QList<Prompt> out;
    m_store.read([&] {
        std::vector<std::string> ids;
        auto &s = m_store.db().cached("SELECT id FROM prompts ORDER BY position, id");
        {
            sqlite::StatementReset reset(s);
            while (s.step())
                ids.push_back(s.text(0));
        }
        for (const auto &id : ids)
            if (auto record = m_store.records().read(sync::kinds::Prompt, id))
                out << mapping::promptFromRecord(*record);
    });
    return out;
}

QList<Prompt> PromptRepository::active(const QDateTime &now, const QString &siteId)
{
    QList<Prompt> out = all();
    out.erase(std::remove_if(out.begin(), out.end(), [&](const Prompt &p) { return !p.isActiveAt(now, siteId); }),
              out.end());
    return out;
}

std::optional<Prompt> PromptRepository::find(const QString &id)
{
    std::optional<Prompt> out;
    m_store.read([&] {
        if (auto record = m_store.records().read(sync::kinds::Prompt, id.toStdString()))
            out = mapping::promptFromRecord(*record);
    });
    return out;
}

void PromptRepository::save(const Prompt &prompt)
{
    m_store.write([&] {
        // Only what changed is an edit: a field written again with the same value would still carry a
        // new version and clash with another coordinator's edit of that field.
        nlohmann::json fields = mapping::toFields(prompt);
        if (const auto held = m_store.records().read(sync::kinds::Prompt, prompt.id.toStdString())) {
            for (auto it = fields.begin(); it != fields.end();) {
                const auto was = held->find(it.key());
                it = (was != held->end() && *was == it.value()) ? fields.erase(it) : std::next(it);
            }
        }
        if (fields.empty())
            return;
        const auto change = m_store.records().writeLocal(sync::kinds::Prompt, prompt.id.toStdString(), fields,
                                                         QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
        m_store.outbox().append(change);
    });
}

} // namespace chorus
