#include "models/promptsmodel.h"

#include "storage/promptrepository.h"

namespace chorus {

PromptsModel::PromptsModel(PromptRepository &repository, bool includeHidden, QObject *parent)
    : QAbstractListModel(parent)
    , m_repository(repository)
    , m_includeHidden(includeHidden)
{
}

int PromptsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_prompts.size());
}

QVariant PromptsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    return roleData(m_prompts.at(index.row()), role);
}

QVariant PromptsModel::roleData(const Prompt &prompt, int role) const
{
    switch (role) {
    case PromptIdRole:
        return prompt.id;
    case Qt::DisplayRole:
    case TextRole:
        return prompt.textIn(m_language);
    case FellBackRole: {
        bool fellBack = false;
        (void)prompt.textIn(m_language, &fellBack);
        return fellBack;
    }
    case SymbolRole:
        return prompt.symbol;
    case FormatsRole: {
        QStringList words;
        for (AnswerFormat f : prompt.formats)
            words << formatName(f);
        return words;
    }
    case CardsRole:
        return prompt.cards;
    case HiddenRole:
        return m_hidden.contains(prompt.id);
    default:
        return {};
    }
}

QHash<int, QByteArray> PromptsModel::roleNames() const
{
    return {
        {PromptIdRole, "promptId"}, {TextRole, "text"},       {FellBackRole, "fellBack"}, {SymbolRole, "symbol"},
        {FormatsRole, "formats"},   {CardsRole, "cards"},     {HiddenRole, "hidden"},
    };
}

QVariantMap PromptsModel::get(const QString &promptId) const
{
    QVariantMap map;
    for (const Prompt &p : m_prompts) {
        if (p.id != promptId)
            continue;
        const auto names = roleNames();
        for (auto it = names.cbegin(); it != names.cend(); ++it)
            map.insert(QString::fromLatin1(it.value()), roleData(p, it.key()));
    }
    return map;
}

QString PromptsModel::idAt(int row) const
{
    return row >= 0 && row < count() ? m_prompts.at(row).id : QString();
}

void PromptsModel::reload(const QDateTime &now, const QString &siteId, const QStringList &hidden)
{
    beginResetModel();
    m_hidden = hidden;
    m_prompts = m_repository.active(now, siteId);
    if (!m_includeHidden)
        m_prompts.removeIf([&](const Prompt &p) { return hidden.contains(p.id); });
    endResetModel();
    Q_EMIT countChanged();
}

void PromptsModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    if (!m_prompts.isEmpty())
        Q_EMIT dataChanged(index(0), index(rowCount() - 1), {Qt::DisplayRole, TextRole, FellBackRole});
}

} // namespace chorus
