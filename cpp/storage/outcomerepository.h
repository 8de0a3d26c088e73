#pragma once
// The "you said, we did" outcomes a device holds.

#include "domain/outcome.h"

#include <QList>

namespace chorus {

class DeviceStore;

class OutcomeRepository {
public:
    explicit OutcomeRepository(DeviceStore &store);
    // Published outcomes for a site, newest first.
    [[nodiscard]] QList<Outcome> published(const QString &siteId);
    void save(const Outcome &outcome);

private:
    DeviceStore &m_store;
};

} // namespace chorus
