#pragma once
// Test helpers for looking at a QML scene as a user or a screen reader would.

#include <QAccessible>
#include <QQuickItem>
#include <QString>

namespace chorus::test {

// Repeater delegates are not QObject children of their view: walk the visual tree instead.
inline QQuickItem *findItem(QQuickItem *root, const QString &name)
{
    if (root->objectName() == name)
        return root;
    for (QQuickItem *child : root->childItems())
        if (QQuickItem *found = findItem(child, name))
            return found;
    return nullptr;
}

// What a screen reader announces for the item.
inline QString accessibleName(QQuickItem *item)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(item);
    return iface ? iface->text(QAccessible::Name) : QString();
}

} // namespace chorus::test
