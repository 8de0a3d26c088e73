#pragma once
// Inspects every visible item on a kiosk screen the way an accessibility reviewer would: names
// and roles on everything interactive, target sizes, text contrast, clipped or cut-short text, and
// controls out of sight (under a scrolling area's edge or the window's) that the screen neither
// signals with a visible "More below" cue nor scrolls into view when they take keyboard focus.

#include <QColor>
#include <QList>
#include <QPointer>
#include <QRectF>
#include <QStringList>

class QQuickItem;
class QQuickWindow;

namespace chorus {

class AccessibilityAudit {
public:
    struct Rules {
        int minTarget = 72;
        double minContrast = 4.5;
    };

    AccessibilityAudit(QQuickWindow &window, Rules rules);

    // Problems found on the screen now showing, one sentence each; empty when it passes.
    [[nodiscard]] QStringList check();
    [[nodiscard]] int itemsChecked() const { return m_checked; }

    [[nodiscard]] static double contrast(const QColor &a, const QColor &b);

private:
    void walk(QQuickItem *item);
    void checkInteractive(QQuickItem *item);
    void checkText(QQuickItem *item);
    void checkOutOfSight();
    [[nodiscard]] QColor backgroundOf(QQuickItem *item) const;
    [[nodiscard]] static QString describe(QQuickItem *item);
    // The part of the item a person can see: its box cut by every clipping ancestor and the window.
    [[nodiscard]] QRectF visiblePart(QQuickItem *item) const;
    [[nodiscard]] bool fullyInSight(QQuickItem *item) const;
    [[nodiscard]] bool inSightAsFarAsItCanBe(QQuickItem *item) const;

    QQuickWindow &m_window;
    Rules m_rules;
    QStringList m_problems;
    QList<QPointer<QQuickItem>> m_outOfSight;
    int m_checked = 0;
};

} // namespace chorus
