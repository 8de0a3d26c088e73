#include "storage/picturecardrepository.h"

#include "model/schema.h"
#include "storage/devicestore.h"
#include "storage/recordmapping.h"

#include <QUuid>

namespace chorus {

PictureCardRepository::PictureCardRepository(DeviceStore &store)
    : m_store(store)
{ }

QList<PictureCard> PictureCardRepository::active()
{
    QList<PictureCard> out;
    m_store.read([&] {
        std::vector<std::string> ids;
        auto &s = m_store.db().cached("SELECT id FROM picture_cards WHERE retired IS NULL OR retired = 0 ORDER BY id");
        {
            sqlite::StatementReset reset(s);
            while (s.step())
                ids.push_back(s.text(0));
        }
        for (const auto &id : ids)
            if (auto record = m_store.records().read(sync::kinds::PictureCard, id))
                out << mapping::pictureCardFromRecord(*record);
    });
    return out;
}

void PictureCardRepository::add(const PictureCard &card)
{
    m_store.write([&] {
        const auto change = m_store.records().writeLocal("picture_card", card.id.toStdString(),
            mapping::toFields(card), QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
        m_store.outbox().append(change);
    });
}

} // namespace chorus
