#include "storage/conflictrepository.h"

#include "model/schema.h"
#include "storage/devicerole.h"
#include "storage/devicestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace chorus {

namespace {
std::string newChangeId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
}

QJsonValue toJsonValue(const std::string &json)
{
    // Wrapped in an array so scalars parse too.
    const auto doc = QJsonDocument::fromJson(QByteArray::fromStdString("[" + json + "]"));
    return doc.isArray() && !doc.array().isEmpty() ? doc.array().first() : QJsonValue();
}

QString titleOf(const std::optional<nlohmann::json> &record, const char *field)
{
    if (!record || !record->contains(field) || !(*record)[field].is_object())
        return {};
    return QString::fromStdString((*record)[field].value("en", std::string()));
}
} // namespace

ConflictRepository::ConflictRepository(DeviceStore &store)
    : m_store(store)
{
}

QList<Conflict> ConflictRepository::open()
{
    QList<Conflict> out;
    m_store.read([&] {
        auto &s = m_store.db().cached(
            "SELECT id, kind, record_id, field, losing_value FROM conflicts"
            " WHERE settled = 0 AND kind IN ('prompt', 'outcome') ORDER BY id");
        {
            sqlite::StatementReset reset(s);
            while (s.step())
                out.append({s.integer(0), QString::fromStdString(s.text(1)), QString::fromStdString(s.text(2)),
                            QString::fromStdString(s.text(3)), {}, {}, toJsonValue(s.text(4))});
        }
        for (auto &c : out) {
            const auto record = m_store.records().read(c.kind.toStdString(), c.recordId.toStdString());
            c.recordTitle = titleOf(record, c.kind == QLatin1String(sync::kinds::Prompt) ? "text" : "said");
            if (record && record->contains(c.field.toStdString()))
                c.keptValue = toJsonValue((*record)[c.field.toStdString()].dump());
        }
    });
    return out;
}

bool ConflictRepository::canSettle()
{
    return isCoordinatorDevice(m_store);
}

bool ConflictRepository::settle(qint64 id, bool useOther)
{
    if (!canSettle())
        return false;
    bool settled = false;
    m_store.write([&] {
        std::string kind, record, field, other;
        {
            auto &s = m_store.db().cached(
                "SELECT kind, record_id, field, losing_value FROM conflicts WHERE id = ?1 AND settled = 0");
            sqlite::StatementReset reset(s);
            s.bind(1, static_cast<std::int64_t>(id));
            if (!s.step())
                return;
            kind = s.text(0), record = s.text(1), field = s.text(2), other = s.text(3);
        }
        if (useOther) {
            // A new edit, so every replica converges on it by the usual rules.
            const auto change = m_store.records().writeLocal(kind, record, {{field, nlohmann::json::parse(other)}},
                                                             newChangeId());
            m_store.outbox().append(change);
        }
        sync::Change note{newChangeId(), kind, record, {}, {}, m_store.records().settle(kind, record, field)};
        m_store.outbox().append(note);
        settled = true;
    });
    return settled;
}

} // namespace chorus
