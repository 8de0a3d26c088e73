#pragma once
// Inspects every visible item on a kiosk screen the way an accessibility reviewer would: names
// and roles on everything interactive, target sizes, text contrast and clipped text.

#include <QColor>
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
    [[nodiscard]] QColor backgroundOf(QQuickItem *item) const;
    [[nodiscard]] static QString describe(QQuickItem *item);

    QQuickWindow &m_window;
    Rules m_rules;
    QStringList m_problems;
    int m_checked = 0;
};

} // namespace chorus
