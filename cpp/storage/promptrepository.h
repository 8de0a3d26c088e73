#pragma once
// The consultation questions a device holds, as synced from the server (or demo content).

#include "domain/prompt.h"

#include <QDateTime>
#include <QList>

namespace chorus {

class DeviceStore;

class PromptRepository {
public:
    explicit PromptRepository(DeviceStore &store);
    // Questions shown now at a site, in their coordinator-chosen order.
    [[nodiscard]] QList<Prompt> active(const QDateTime &now, const QString &siteId);
    [[nodiscard]] QList<Prompt> all();
    [[nodiscard]] std::optional<Prompt> find(const QString &id);
    // Saves as this device's own edit (coordinator devices); it syncs like any change.
    void save(const Prompt &prompt);

private:
    DeviceStore &m_store;
};

} // namespace chorus
