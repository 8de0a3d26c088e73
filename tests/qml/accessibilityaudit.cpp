#include "accessibilityaudit.h"

#include <QQuickItem>
#include <QQuickWindow>

#include <cmath>

namespace chorus {

namespace {

QObject *accessibleOf(QQuickItem *item)
{
    for (QObject *child : item->children()) {
        if (qstrcmp(child->metaObject()->className(), "QQuickAccessibleAttached") == 0)
            return child;
    }
    return nullptr;
}

bool isA(const QObject *object, const char *className)
{
    return object->inherits(className);
}

double luminance(const QColor &c)
{
    auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

bool effectivelyVisible(QQuickItem *item)
{
    for (QQuickItem *p = item; p; p = p->parentItem()) {
        if (!p->isVisible() || p->opacity() <= 0.01)
            return false;
    }
    return true;
}

} // namespace

AccessibilityAudit::AccessibilityAudit(QQuickWindow &window, Rules rules)
    : m_window(window)
    , m_rules(rules)
{
}

double AccessibilityAudit::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QStringList AccessibilityAudit::check()
{
    m_problems.clear();
    m_checked = 0;
    walk(m_window.contentItem());
    return m_problems;
}

QString AccessibilityAudit::describe(QQuickItem *item)
{
    QString name = item->objectName();
    if (name.isEmpty()) {
        const QVariant text = item->property("text");
        name = text.isValid() ? QLatin1Char('"') + text.toString().left(40) + QLatin1Char('"') : QString();
    }
    return QStringLiteral("%1 %2").arg(QString::fromLatin1(item->metaObject()->className()), name);
}

void AccessibilityAudit::walk(QQuickItem *item)
{
    if (!item->isVisible() || item->opacity() <= 0.01)
        return;
    ++m_checked;
    const bool interactive = item->activeFocusOnTab() && item->isEnabled();
    if (interactive)
        checkInteractive(item);
    if (isA(item, "QQuickMouseArea") && item->isEnabled()) {
        // A touch area must belong to something named: itself or the control it sits in.
        bool named = false;
        QQuickItem *p = item;
        for (int depth = 0; p && depth < 3 && !named; ++depth, p = p->parentItem()) {
            QObject *a = accessibleOf(p);
            named = a && !a->property("name").toString().isEmpty() && a->property("role").toInt() != 0;
        }
        // The full-screen scrim behind a dialog only blocks touches; the dialog is named.
        if (!named && item->parentItem() && item->parentItem()->objectName() != QLatin1String("stillThereDialog"))
            m_problems << QStringLiteral("touch area with no named control: %1 in %2").arg(describe(item), describe(item->parentItem()));
    }
    if (isA(item, "QQuickText") || isA(item, "QQuickTextEdit") || isA(item, "QQuickTextInput"))
        checkText(item);
    for (QQuickItem *child : item->childItems())
        walk(child);
}

void AccessibilityAudit::checkInteractive(QQuickItem *item)
{
    QObject *a = accessibleOf(item);
    const QString name = a ? a->property("name").toString() : QString();
    const int role = a ? a->property("role").toInt() : 0;
    if (name.trimmed().isEmpty())
        m_problems << QStringLiteral("no accessible name: %1").arg(describe(item));
    if (role == 0)
        m_problems << QStringLiteral("no accessible role: %1").arg(describe(item));
    if (item->width() < m_rules.minTarget - 0.5 || item->height() < m_rules.minTarget - 0.5)
        m_problems << QStringLiteral("target %1x%2 under %3 px: %4")
                          .arg(item->width())
                          .arg(item->height())
                          .arg(m_rules.minTarget)
                          .arg(describe(item));
}

QColor AccessibilityAudit::backgroundOf(QQuickItem *item) const
{
    // The nearest opaque rectangle painted beneath the text: an ancestor, or an earlier sibling of
    // an ancestor that covers the text.
    const QRectF textRect = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    QQuickItem *child = item;
    for (QQuickItem *p = item->parentItem(); p; child = p, p = p->parentItem()) {
        const QList<QQuickItem *> siblings = p->childItems();
        for (qsizetype i = siblings.indexOf(child) - 1; i >= 0; --i) {
            QQuickItem *s = siblings.at(i);
            if (!effectivelyVisible(s) || !isA(s, "QQuickRectangle"))
                continue;
            const QColor c = s->property("color").value<QColor>();
            const QRectF r = s->mapRectToScene(QRectF(0, 0, s->width(), s->height()));
            if (c.alpha() > 200 && r.contains(textRect.center()))
                return c;
        }
        if (isA(p, "QQuickRectangle")) {
            const QColor c = p->property("color").value<QColor>();
            if (c.alpha() > 200)
                return c;
        }
    }
    return m_window.color();
}

void AccessibilityAudit::checkText(QQuickItem *item)
{
    const QString text = item->property("text").toString();
    if (text.trimmed().isEmpty() || !effectivelyVisible(item))
        return;
    const QColor fg = item->property("color").value<QColor>();
    const QColor bg = backgroundOf(item);
    const double ratio = contrast(fg, bg);
    if (ratio < m_rules.minContrast)
        m_problems << QStringLiteral("contrast %1:1 under %2:1 (%3 on %4): %5")
                          .arg(ratio, 0, 'f', 2)
                          .arg(m_rules.minContrast)
                          .arg(fg.name(), bg.name(), describe(item));
    if (!isA(item, "QQuickText"))
        return;
    const int wrap = item->property("wrapMode").toInt();
    const int elide = item->property("elide").toInt();
    const double implicit = item->implicitWidth();
    if (wrap == 0 && elide == 3 /* ElideNone */ && implicit > item->width() + 1)
        m_problems << QStringLiteral("clipped text (%1 px wide in %2 px): %3").arg(implicit).arg(item->width()).arg(describe(item));
    // Wrapped text that still runs past its own box (a word longer than the line).
    if (wrap != 0 && item->property("contentWidth").toDouble() > item->width() + 1)
        m_problems << QStringLiteral("text wider than its box: %1").arg(describe(item));
    // Text pushed off the side of the window cannot be read, however it wraps.
    const QRectF r = item->mapRectToScene(QRectF(0, 0, std::min(implicit, item->width()), item->height()));
    if (r.right() > m_window.width() + 1 || r.left() < -1)
        m_problems << QStringLiteral("text off screen: %1").arg(describe(item));
}

} // namespace chorus
