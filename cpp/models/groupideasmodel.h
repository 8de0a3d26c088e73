#pragma once
// A group session's ideas as a list model, one role holding each idea's map (GroupSessionController::
// ideas()). A dot placed or taken changes rows in place, so the cards on screen, and the keyboard or
// switch focus on one of their buttons, stay where they are.

#include <QAbstractListModel>
#include <QVariantList>
#include <qqmlregistration.h>

namespace chorus {

class GroupIdeasModel final : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("GroupIdeasModel belongs to the group session")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles { IdeaRole = Qt::UserRole + 1 };
    Q_ENUM(Roles)

    // No default: QML must not make one of its own.
    explicit GroupIdeasModel(QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    // Rows with the same ideas in the same order change in place; anything else resets the list.
    void update(const QVariantList &rows);

Q_SIGNALS:
    void countChanged();

private:
    QVariantList m_rows;
};

} // namespace chorus
