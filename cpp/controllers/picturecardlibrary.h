#pragma once
// The picture cards coordinators added, for QML (the `PictureCards` singleton): a card shows only
// once it has words and its picture is on this device, so a kiosk never shows an empty card.

#include "domain/picturecard.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <qqmlregistration.h>

namespace chorus {

class PictureCardRepository;
class PictureLibrary;

class PictureCardLibrary : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PictureCardLibrary is built by the composition root")
    // Bumped on each reload; bindings that read it ask again.
    Q_PROPERTY(int revision READ revision NOTIFY changed)

public:
    PictureCardLibrary(PictureCardRepository &repository, PictureLibrary &pictures, QObject *parent = nullptr);

    [[nodiscard]] int revision() const { return m_revision; }
    // True for a card with words and a picture here; false for any other name.
    [[nodiscard]] Q_INVOKABLE bool shows(const QString &cardId) const;
    // The card's words in `language`, else in English; empty unless the card shows.
    [[nodiscard]] Q_INVOKABLE QString words(const QString &cardId, const QString &language) const;
    // The card's picture ("picture:<sha256>"), empty unless the card shows.
    [[nodiscard]] Q_INVOKABLE QString symbol(const QString &cardId) const;
    void reload();

Q_SIGNALS:
    void changed();

private:
    PictureCardRepository &m_repository;
    PictureLibrary &m_pictures;
    QHash<QString, PictureCard> m_cards;
    int m_revision = 0;
};

} // namespace chorus
