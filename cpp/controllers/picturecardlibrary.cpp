#include "controllers/picturecardlibrary.h"

#include "controllers/picturelibrary.h"
#include "storage/picturecardrepository.h"

namespace chorus {

PictureCardLibrary::PictureCardLibrary(PictureCardRepository &repository, PictureLibrary &pictures, QObject *parent)
    : QObject(parent)
    , m_repository(repository)
    , m_pictures(pictures)
{ }

bool PictureCardLibrary::shows(const QString &cardId) const
{
    const auto it = m_cards.constFind(cardId);
    return it != m_cards.constEnd() && !it->words.value(QStringLiteral("en")).isEmpty()
        && !m_pictures.source(it->symbol).isEmpty();
}

QString PictureCardLibrary::words(const QString &cardId, const QString &language) const
{
    if (!shows(cardId))
        return {};
    const PictureCard &card = m_cards[cardId];
    const QString inLanguage = card.words.value(language);
    return inLanguage.isEmpty() ? card.words.value(QStringLiteral("en")) : inLanguage;
}

QString PictureCardLibrary::symbol(const QString &cardId) const
{
    return shows(cardId) ? m_cards[cardId].symbol : QString();
}

void PictureCardLibrary::reload()
{
    m_cards.clear();
    for (PictureCard &card : m_repository.active())
        m_cards.insert(card.id, std::move(card));
    ++m_revision;
    Q_EMIT changed();
}

} // namespace chorus
