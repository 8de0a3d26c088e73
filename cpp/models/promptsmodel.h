#pragma once
// The prompts this kiosk offers, in the person's language, read from the PromptRepository.

#include "domain/prompt.h"

#include <QAbstractListModel>
#include <QStringList>
#include <qqmlregistration.h>

namespace chorus {

class PromptRepository;

class PromptsModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("PromptsModel is built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles {
        PromptIdRole = Qt::UserRole + 1,
        TextRole,
        FellBackRole,
        SymbolRole,
        FormatsRole,
        CardsRole,
        HiddenRole,
    };
    Q_ENUM(Roles)

    // includeHidden: the staff list shows prompts hidden on this kiosk, the kiosk list does not.
    PromptsModel(PromptRepository &repository, bool includeHidden, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_prompts.size()); }

    // Everything a screen needs about one prompt, by id; empty when there is no such prompt.
    [[nodiscard]] Q_INVOKABLE QVariantMap get(const QString &promptId) const;
    // The id of the prompt shown at row, or empty; for scripted visits that cannot know ids ahead.
    [[nodiscard]] Q_INVOKABLE QString idAt(int row) const;

    void reload(const QDateTime &now, const QString &siteId, const QStringList &hidden);
    void setLanguage(const QString &language);

Q_SIGNALS:
    void countChanged();

private:
    [[nodiscard]] QVariant roleData(const Prompt &prompt, int role) const;

    PromptRepository &m_repository;
    bool m_includeHidden;
    QList<Prompt> m_prompts;
    QStringList m_hidden;
    QString m_language = QStringLiteral("en");
};

} // namespace chorus
