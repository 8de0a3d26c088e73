#pragma once
// Clashing edits of questions and outcomes, side by side, for a coordinator to settle on this device.

#include "domain/conflict.h"

#include <QAbstractListModel>
#include <qqmlregistration.h>

namespace chorus {

class ConflictRepository;

class ConflictsModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("ConflictsModel is built by the application")
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // False on kiosks and outreach tablets: only coordinator devices settle.
    Q_PROPERTY(bool canSettle READ canSettle NOTIFY countChanged)

public:
    enum Roles { ConflictIdRole = Qt::UserRole + 1, RecordTitleRole, FieldLabelRole, KeptTextRole, OtherTextRole };
    Q_ENUM(Roles)

    explicit ConflictsModel(ConflictRepository &repository, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_conflicts.size()); }
    [[nodiscard]] bool canSettle() const { return m_canSettle; }

    Q_INVOKABLE void reload();
    // Settles the conflict in `row`, keeping what every replica holds or using the other edit.
    Q_INVOKABLE void keep(int row);
    Q_INVOKABLE void useOther(int row);

    // A stored value as words a coordinator reads: every language of a text, lists joined.
    [[nodiscard]] static QString describe(const QJsonValue &value);

Q_SIGNALS:
    void countChanged();
    // A settlement was queued: the sync controller should send it.
    void settled();

private:
    void settle(int row, bool useOther);

    ConflictRepository &m_repository;
    QList<Conflict> m_conflicts;
    bool m_canSettle = false;
};

} // namespace chorus
