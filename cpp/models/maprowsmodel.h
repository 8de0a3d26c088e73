#pragma once
// A list model whose rows are maps a controller makes, one role holding each row's map. Rows with
// the same keys in the same order change in place, so the cards on screen, and the keyboard or
// switch focus on one of their buttons, stay where they are; anything else resets the list.

#include <QAbstractListModel>
#include <QVariantList>
#include <qqmlregistration.h>

namespace chorus {

class MapRowsModel : public QAbstractListModel {
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles { RowRole = Qt::UserRole + 1 };
    Q_ENUM(Roles)

    // `roleName` is what delegates call the row's map; `keyField` names a row in it.
    MapRowsModel(QByteArray roleName, QString keyField, QObject *parent);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] int count() const { return int(m_rows.size()); }

    void update(const QVariantList &rows);

Q_SIGNALS:
    void countChanged();

private:
    [[nodiscard]] QString keyOf(const QVariant &row) const;

    QByteArray m_roleName;
    QString m_keyField;
    QVariantList m_rows;
};

} // namespace chorus
