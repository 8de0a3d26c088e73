#pragma once
// The ideas published for this device's kiosk, and the "me too" supports people add to them. A
// support is durable when addSupport returns and syncs like an answer.

#include "domain/publishedidea.h"

#include <QList>

namespace chorus {

class DeviceStore;

class PublishedIdeaRepository {
public:
    explicit PublishedIdeaRepository(DeviceStore &store);
    // Published ideas for a site, newest first.
    [[nodiscard]] QList<PublishedIdea> published(const QString &siteId);
    // One support of one idea; returns its id. Throws StorageError.
    QString addSupport(const QString &ideaId, const QString &siteId);
    // How many supports this device holds for an idea (its own, not yet the organisation's total).
    [[nodiscard]] int supportsHere(const QString &ideaId);

private:
    DeviceStore &m_store;
};

} // namespace chorus
