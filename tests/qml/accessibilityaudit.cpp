#include "accessibilityaudit.h"

#include <QCoreApplication>
#include <QElapsedTimer>
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

// Every item in the visual tree: Loader and Window contents are not QObject children of the
// items that show them, so findChildren() would miss them.
void collectItems(QQuickItem *item, QList<QQuickItem *> &out)
{
    out << item;
    for (QQuickItem *child : item->childItems())
        collectItems(child, out);
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
    m_outOfSight.clear();
    m_checked = 0;
    walk(m_window.contentItem());
    checkOutOfSight();
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
    if (interactive) {
        checkInteractive(item);
        if (!fullyInSight(item))
            m_outOfSight << item;
    }
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

QRectF AccessibilityAudit::visiblePart(QQuickItem *item) const
{
    QRectF seen = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    seen &= QRectF(0, 0, m_window.width(), m_window.height());
    for (QQuickItem *p = item->parentItem(); p && !seen.isEmpty(); p = p->parentItem()) {
        if (p->clip())
            seen &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
    }
    return seen;
}

bool AccessibilityAudit::fullyInSight(QQuickItem *item) const
{
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QRectF seen = visiblePart(item);
    return seen.width() >= box.width() - 1 && seen.height() >= box.height() - 1;
}

bool AccessibilityAudit::inSightAsFarAsItCanBe(QQuickItem *item) const
{
    // A control taller (or wider) than the scrolling area can only fill it, from its top.
    QRectF view(0, 0, m_window.width(), m_window.height());
    for (QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
        if (p->clip())
            view &= p->mapRectToScene(QRectF(0, 0, p->width(), p->height()));
    }
    const QRectF box = item->mapRectToScene(QRectF(0, 0, item->width(), item->height()));
    const QRectF seen = visiblePart(item);
    const bool topShows = seen.top() <= box.top() + 1 || box.height() > view.height();
    return topShows && seen.width() >= std::min(box.width(), view.width()) - 1
        && seen.height() >= std::min(box.height(), view.height()) - 1;
}

void AccessibilityAudit::checkOutOfSight()
{
    if (m_outOfSight.isEmpty())
        return;
    // A person must be told there is more, and a keyboard or switch user must be taken to it.
    QList<QQuickItem *> everything;
    collectItems(m_window.contentItem(), everything);
    QQuickItem *cue = nullptr;
    QQuickItem *focused = m_window.activeFocusItem();
    QList<QPair<QPointer<QQuickItem>, QVariant>> scrolled;
    for (QQuickItem *item : std::as_const(everything)) {
        if (item->objectName() == QLatin1String("moreBelow") && effectivelyVisible(item) && fullyInSight(item))
            cue = item;
        if (item->inherits("QQuickFlickable"))
            scrolled.append({item, item->property("contentY")});
    }
    for (const QPointer<QQuickItem> &item : std::as_const(m_outOfSight)) {
        if (!item)
            continue;
        if (!cue)
            m_problems << QStringLiteral("out of sight with no visible \"More below\" cue: %1").arg(describe(item));
        // Focus arriving is what the screen answers to: take it away first if the item has it.
        if (item->hasActiveFocus())
            m_window.contentItem()->forceActiveFocus();
        item->forceActiveFocus(Qt::TabFocusReason);
        QElapsedTimer settle;
        settle.start();
        while (!inSightAsFarAsItCanBe(item) && settle.elapsed() < 300)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        if (!inSightAsFarAsItCanBe(item))
            m_problems << QStringLiteral("still out of sight when it has keyboard focus: %1").arg(describe(item));
    }
    // Leave the screen as it was found: focus back where it was, scrolled where it was.
    if (focused)
        focused->forceActiveFocus();
    for (const auto &[flick, contentY] : std::as_const(scrolled)) {
        if (flick)
            flick->setProperty("contentY", contentY);
    }
    QCoreApplication::processEvents();
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
    // Elided or cut at maximumLineCount: the words end in "…" and the rest is never shown.
    if (item->property("truncated").toBool())
        m_problems << QStringLiteral("text cut short: %1").arg(describe(item));
    // Wrapped text that still runs past its own box (a word longer than the line).
    if (wrap != 0 && item->property("contentWidth").toDouble() > item->width() + 1)
        m_problems << QStringLiteral("text wider than its box: %1").arg(describe(item));
    // Text pushed off the side of the window cannot be read, however it wraps.
    const QRectF r = item->mapRectToScene(QRectF(0, 0, std::min(implicit, item->width()), item->height()));
    if (r.right() > m_window.width() + 1 || r.left() < -1)
        m_problems << QStringLiteral("text off screen: %1").arg(describe(item));
}

} // namespace chorus
