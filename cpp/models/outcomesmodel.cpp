#include "models/outcomesmodel.h"

#include "storage/outcomerepository.h"

namespace chorus {

OutcomesModel::OutcomesModel(OutcomeRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{
}

int OutcomesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_outcomes.size());
}

QString OutcomesModel::textIn(const QHash<QString, QString> &texts, bool *fellBack) const
{
    const QString own = texts.value(m_language);
    if (fellBack)
        *fellBack = own.isEmpty();
    return own.isEmpty() ? texts.value(QStringLiteral("en")) : own;
}

QVariant OutcomesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Outcome &outcome = m_outcomes.at(index.row());
    switch (role) {
    case SaidRole:
        return textIn(outcome.said, nullptr);
    case DidRole:
        return textIn(outcome.did, nullptr);
    case FellBackRole: {
        bool saidFell = false;
        bool didFell = false;
        (void)textIn(outcome.said, &saidFell);
        (void)textIn(outcome.did, &didFell);
        return saidFell || didFell;
    }
    case StatusRole:
        return outcome.status;
    case StatusReasonRole:
        return textIn(outcome.statusReason, nullptr);
    case StatusDateRole:
        return outcome.statusDates.value(outcome.status);
    default:
        return {};
    }
}

QHash<int, QByteArray> OutcomesModel::roleNames() const
{
    return {{SaidRole, "said"},     {DidRole, "did"},
            {FellBackRole, "fellBack"}, {StatusRole, "status"},
            {StatusReasonRole, "statusReason"}, {StatusDateRole, "statusDate"}};
}

void OutcomesModel::reload(const QString &siteId)
{
    beginResetModel();
    m_outcomes = m_repository.published(siteId);
    endResetModel();
    Q_EMIT countChanged();
}

void OutcomesModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_outcomes.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

} // namespace chorus
