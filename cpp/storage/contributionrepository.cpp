#include "storage/contributionrepository.h"

#include "clock/hlc.h"
#include "domain/identifiers.h"
#include "model/schema.h"
#include "storage/devicestore.h"
#include "storage/recordmapping.h"
#include "storage/storageerror.h"

#include <QDateTime>

namespace chorus {

namespace {
const std::string kKind = sync::kinds::Contribution;

// Time ordered, so each new change id lands at the end of the outbox's change_id index (one page
// touched, kept full) rather than at a random place in it.
std::string newChangeId()
{
    return newUuidV7().toStdString();
}
} // namespace

ContributionRepository::ContributionRepository(DeviceStore &store)
    : m_store(store)
{
}

QString ContributionRepository::uniqueReference()
{
    auto &s = m_store.db().cached("SELECT 1 FROM contributions WHERE reference = ?1");
    for (;;) {
        const QString code = newReferenceCode();
        sqlite::StatementReset reset(s);
        s.bind(1, code.toStdString());
        if (!s.step())
            return code;
    }
}

Contribution ContributionRepository::save(Contribution draft)
{
    if (const QString error = validationError(draft); !error.isEmpty())
        throw StorageError(StorageError::Kind::Invalid, error);
    draft.id = newUuidV7();
    // The device's clock, as its versions read it: wrong as the tablet's clock may be, but one clock.
    draft.createdAt = QDateTime::fromMSecsSinceEpoch(sync::HybridClock::systemWallMs(), Qt::UTC);
    draft.withdrawn = false;
    m_store.write([&] {
        draft.deviceId = m_store.originDeviceId();
        draft.reference = uniqueReference();
        const auto change = m_store.records().writeLocal(kKind, draft.id.toStdString(), mapping::toFields(draft), newChangeId());
        m_store.outbox().append(change);
    });
    return draft;
}

std::optional<Contribution> ContributionRepository::find(const QString &id)
{
    std::optional<Contribution> out;
    m_store.read([&] {
        if (auto record = m_store.records().read(kKind, id.toStdString()))
            out = mapping::contributionFromRecord(*record);
    });
    return out;
}

std::optional<Contribution> ContributionRepository::findByReference(const QString &reference)
{
    const QString code = normaliseReferenceCode(reference);
    if (code.isEmpty())
        return std::nullopt;
    QString id;
    m_store.read([&] {
        auto &s = m_store.db().cached("SELECT id FROM contributions WHERE reference = ?1");
        sqlite::StatementReset reset(s);
        s.bind(1, code.toStdString());
        if (s.step())
            id = QString::fromStdString(s.text(0));
    });
    return id.isEmpty() ? std::nullopt : find(id);
}

bool ContributionRepository::withdrawByReference(const QString &reference, QStringList *purgedMedia)
{
    const auto found = findByReference(reference);
    return found && withdraw(found->id, purgedMedia);
}

bool ContributionRepository::withdraw(const QString &id, QStringList *purgedMedia)
{
    bool done = false;
    m_store.write([&] {
        const std::string recordId = id.toStdString();
        auto held = m_store.records().read(kKind, recordId);
        if (!held || m_store.records().isWithdrawn(recordId))
            return;
        if (purgedMedia)
            *purgedMedia = mapping::contributionFromRecord(*held).media;
        // Unsent content of a withdrawn answer must never leave this device.
        m_store.outbox().dropRecord(recordId);
        const auto change = m_store.records().writeLocal(kKind, recordId, {{"withdrawn", true}}, newChangeId());
        m_store.outbox().append(change);
        done = true;
    });
    if (done)
        m_store.db().forgetDeletedContent();
    return done;
}

void ContributionRepository::edit(const QString &id, const nlohmann::json &fields)
{
    m_store.write([&] {
        const auto change = m_store.records().writeLocal(kKind, id.toStdString(), fields, newChangeId());
        m_store.outbox().append(change);
    });
}

QList<Contribution> ContributionRepository::recent(int limit, int offset)
{
    QStringList ids;
    m_store.read([&] {
        // Newest first: ids are UUIDv7, stamped with the saving device's clock as created_at is.
        auto &s = m_store.db().cached("SELECT id FROM contributions WHERE withdrawn IS NOT 1"
                                      " ORDER BY id DESC LIMIT ?1 OFFSET ?2");
        sqlite::StatementReset reset(s);
        s.bind(1, limit).bind(2, offset);
        while (s.step())
            ids << QString::fromStdString(s.text(0));
    });
    QList<Contribution> out;
    for (const auto &id : ids)
        if (auto c = find(id))
            out << *c;
    return out;
}

int ContributionRepository::count()
{
    int n = 0;
    m_store.read([&] {
        auto &s = m_store.db().cached("SELECT count(*) FROM contributions WHERE withdrawn IS NOT 1");
        sqlite::StatementReset reset(s);
        if (s.step())
            n = static_cast<int>(s.integer(0));
    });
    return n;
}

} // namespace chorus
