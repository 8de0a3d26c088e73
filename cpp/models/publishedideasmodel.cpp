#include "models/publishedideasmodel.h"

#include "storage/publishedidearepository.h"
#include "storage/storageerror.h"

#include <algorithm>

namespace chorus {

PublishedIdeasModel::PublishedIdeasModel(PublishedIdeaRepository &repository, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
{ }

int PublishedIdeasModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ideas.size());
}

QVariant PublishedIdeasModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PublishedIdea &idea = m_ideas.at(index.row());
    const QString own = idea.text.value(m_language);
    switch (role) {
    case IdeaIdRole:
        return idea.id;
    case TextRole:
        return own.isEmpty() ? idea.text.value(QStringLiteral("en")) : own;
    case FellBackRole:
        return own.isEmpty();
    case SymbolRole:
        return idea.symbol;
    case SupportedRole:
        return m_supportedThisVisit.contains(idea.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> PublishedIdeasModel::roleNames() const
{
    return { { IdeaIdRole, "ideaId" }, { TextRole, "text" }, { FellBackRole, "fellBack" }, { SymbolRole, "symbol" },
        { SupportedRole, "supported" } };
}

void PublishedIdeasModel::reload(const QString &siteId)
{
    m_siteId = siteId;
    beginResetModel();
    m_ideas = m_repository.published(siteId);
    endResetModel();
    Q_EMIT countChanged();
}

void PublishedIdeasModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_ideas.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1));
}

bool PublishedIdeasModel::support(const QString &ideaId)
{
    const auto it
        = std::find_if(m_ideas.cbegin(), m_ideas.cend(), [&](const PublishedIdea &i) { return i.id == ideaId; });
    if (it == m_ideas.cend() || m_supportedThisVisit.contains(ideaId))
        return false;
    try {
        m_repository.addSupport(ideaId, m_siteId);
    } catch (const StorageError &e) {
        m_error = e.userMessage();
        Q_EMIT errorChanged();
        return false;
    }
    m_supportedThisVisit.insert(ideaId);
    if (!m_error.isEmpty()) {
        m_error.clear();
        Q_EMIT errorChanged();
    }
    const int row = int(it - m_ideas.cbegin());
    Q_EMIT dataChanged(index(row), index(row), { SupportedRole });
    Q_EMIT supported();
    return true;
}

void PublishedIdeasModel::forgetVisit()
{
    if (m_supportedThisVisit.isEmpty())
        return;
    m_supportedThisVisit.clear();
    if (!m_ideas.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), { SupportedRole });
}

} // namespace chorus
