#pragma once
// The picture cards coordinators added, as sync brought them.

#include "domain/picturecard.h"

#include <QList>

namespace chorus {

class DeviceStore;

class PictureCardRepository {
public:
    explicit PictureCardRepository(DeviceStore &store);
    // Cards not retired, in id order.
    [[nodiscard]] QList<PictureCard> active();
    // Saves a new card as this device's own change (coordinator devices); it syncs like any change.
    void add(const PictureCard &card);

private:
    DeviceStore &m_store;
};

} // namespace chorus
