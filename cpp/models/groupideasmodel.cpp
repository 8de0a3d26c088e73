#include "models/groupideasmodel.h"

namespace chorus {

namespace {
QString ideaId(const QVariant &row)
{
    return row.toMap().value(QStringLiteral("ideaId")).toString();
}
} // namespace

GroupIdeasModel::GroupIdeasModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int GroupIdeasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant GroupIdeasModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != IdeaRole)
        return {};
    return m_rows.at(index.row());
}

QHash<int, QByteArray> GroupIdeasModel::roleNames() const
{
    return { { IdeaRole, "idea" } };
}

void GroupIdeasModel::update(const QVariantList &rows)
{
    bool sameIdeas = rows.size() == m_rows.size();
    for (int i = 0; sameIdeas && i < rows.size(); ++i)
        sameIdeas = ideaId(rows.at(i)) == ideaId(m_rows.at(i));
    if (!sameIdeas) {
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
        Q_EMIT dataChanged(index(i), index(i), { IdeaRole });
    }
}

} // namespace chorus
