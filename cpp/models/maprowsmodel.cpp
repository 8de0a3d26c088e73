#include "models/maprowsmodel.h"

namespace chorus {

MapRowsModel::MapRowsModel(QByteArray roleName, QString keyField, QObject *parent)
    : QAbstractListModel(parent)
    , m_roleName(std::move(roleName))
    , m_keyField(std::move(keyField))
{ }

QString MapRowsModel::keyOf(const QVariant &row) const
{
    return row.toMap().value(m_keyField).toString();
}

int MapRowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant MapRowsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != RowRole)
        return {};
    return m_rows.at(index.row());
}

QHash<int, QByteArray> MapRowsModel::roleNames() const
{
    return { { RowRole, m_roleName } };
}

void MapRowsModel::update(const QVariantList &rows)
{
    bool sameRows = rows.size() == m_rows.size();
    for (int i = 0; sameRows && i < rows.size(); ++i)
        sameRows = keyOf(rows.at(i)) == keyOf(m_rows.at(i));
    if (!sameRows) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        Q_EMIT countChanged();
        return;
    }
    for (int i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_rows.at(i))
            continue;
        m_rows[i] = rows.at(i);
        Q_EMIT dataChanged(index(i), index(i), { RowRole });
    }
}

} // namespace chorus
