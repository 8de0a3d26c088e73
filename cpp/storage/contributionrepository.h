#pragma once
// Saves, finds and withdraws contributions in a device store. Every save is durable when it returns
// and queues its change for the next sync in the same transaction.

#include "domain/contribution.h"

#include <QList>
#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace chorus {

class DeviceStore;

class ContributionRepository {
public:
    explicit ContributionRepository(DeviceStore &store);

    // Assigns id, reference code, time and device; throws StorageError (Invalid for a draft that is
    // not ready, DiskFull, ReadOnly, ...) and then nothing is stored.
    Contribution save(Contribution draft);
    [[nodiscard]] std::optional<Contribution> find(const QString &id);
    [[nodiscard]] std::optional<Contribution> findByReference(const QString &reference);
    // Purges the content here and queues the withdrawal; returns the media that were purged.
    bool withdrawByReference(const QString &reference, QStringList *purgedMedia = nullptr);
    bool withdraw(const QString &id, QStringList *purgedMedia = nullptr);
    // Sets fields of an existing contribution as an edit by this device (staff tagging, status).
    void edit(const QString &id, const nlohmann::json &fields);
    [[nodiscard]] QList<Contribution> recent(int limit, int offset = 0);
    [[nodiscard]] int count();

private:
    [[nodiscard]] QString uniqueReference();
    DeviceStore &m_store;
};

} // namespace chorus
