#include "models/conflictsmodel.h"

#include "storage/conflictrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace chorus {

namespace {
QString fieldLabel(const QString &field)
{
    // The fields a coordinator edits, in words; anything else by its name.
    if (field == QLatin1String("text"))
        return ConflictsModel::tr("Question");
    if (field == QLatin1String("formats"))
        return ConflictsModel::tr("Ways to answer");
    if (field == QLatin1String("retired"))
        return ConflictsModel::tr("Retired");
    if (field == QLatin1String("said"))
        return ConflictsModel::tr("You said");
    if (field == QLatin1String("did"))
        return ConflictsModel::tr("We did");
    if (field == QLatin1String("published"))
        return ConflictsModel::tr("Published");
    return field;
}
} // namespace

ConflictsModel::ConflictsModel(ConflictRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
}

int ConflictsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_conflicts.size());
}

QString ConflictsModel::describe(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? tr("Yes") : tr("No");
    case QJsonValue::Double:
        return QString::number(value.toDouble());
    case QJsonValue::Array: {
        QStringList parts;
        for (const auto &v : value.toArray())
            parts << describe(v);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::Object: {
        // Text per language: English first, then the others by their code.
        const QJsonObject o = value.toObject();
        QStringList parts;
        if (o.contains(QLatin1String("en")))
            parts << o.value(QLatin1String("en")).toString();
        for (auto it = o.begin(); it != o.end(); ++it)
            if (it.key() != QLatin1String("en") && !it.value().toString().isEmpty())
                parts << it.key() + QStringLiteral(": ") + it.value().toString();
        return parts.join(QStringLiteral(" / "));
    }
    default:
        return tr("(empty)");
    }
}

QVariant ConflictsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Conflict &c = m_conflicts.at(index.row());
    switch (role) {
    case ConflictIdRole:
        return c.id;
    case RecordTitleRole:
        return c.recordTitle.isEmpty() ? c.recordId : c.recordTitle;
    case FieldLabelRole:
        return fieldLabel(c.field);
    case KeptTextRole:
        return describe(c.keptValue);
    case OtherTextRole:
        return describe(c.otherValue);
    default:
        return {};
    }
}

QHash<int, QByteArray> ConflictsModel::roleNames() const
{
    return {{ConflictIdRole, "conflictId"},
            {RecordTitleRole, "recordTitle"},
            {FieldLabelRole, "fieldLabel"},
            {KeptTextRole, "keptText"},
            {OtherTextRole, "otherText"}};
}

void ConflictsModel::reload()
{
    beginResetModel();
    m_canSettle = m_repository.canSettle();
    m_conflicts = m_canSettle ? m_repository.open() : QList<Conflict>();
    endResetModel();
    Q_EMIT countChanged();
}

void ConflictsModel::keep(int row)
{
    settle(row, false);
}

void ConflictsModel::useOther(int row)
{
    settle(row, true);
}

void ConflictsModel::settle(int row, bool useOther)
{
    if (row < 0 || row >= m_conflicts.size())
        return;
    const bool done = m_repository.settle(m_conflicts.at(row).id, useOther);
    reload();
    if (done)
        Q_EMIT settled();
}

} // namespace chorus
