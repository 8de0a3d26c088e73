#pragma once
// The published "You said, we did" outcomes for this site, in the person's language.

#include "domain/outcome.h"

#include <QAbstractListModel>
#include <qqmlregistration.h>

namespace chorus {

class OutcomeRepository;

class OutcomesModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OutcomesModel is built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles { SaidRole = Qt::UserRole + 1, DidRole, FellBackRole, StatusRole, StatusReasonRole, StatusDateRole };
    Q_ENUM(Roles)

    explicit OutcomesModel(OutcomeRepository &repository, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_outcomes.size()); }

    void reload(const QString &siteId);
    void setLanguage(const QString &language);

Q_SIGNALS:
    void countChanged();

private:
    [[nodiscard]] QString textIn(const QHash<QString, QString> &texts, bool *fellBack) const;

    OutcomeRepository &m_repository;
    QList<Outcome> m_outcomes;
    QString m_language = QStringLiteral("en");
};

} // namespace chorus
