#pragma once
// Walks the kiosk through every screen in each look (default, high contrast, Arabic, 200% text,
// landscape and portrait window sizes), calling a visitor on each: main() saves screenshots or only checks screens
// load; the accessibility audit test inspects every item.

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QQuickItem;
class QQuickWindow;

namespace chorus {

class ScreenshotTour {
public:
    struct Look {
        QString name;
        QString setup; // JavaScript run in the app shell after startAgain()
        QSize size = landscape(); // the window: a kiosk or tablet standing wide or tall
    };
    // The sizes kiosks and tablets come in: 1280×800 (tablet held wide), 800×1280 (held tall),
    // 1080×1920 (a kiosk standing tall).
    [[nodiscard]] static QSize landscape() { return { 1280, 800 }; }
    [[nodiscard]] static QSize tabletPortrait() { return { 800, 1280 }; }
    [[nodiscard]] static QSize kioskPortrait() { return { 1080, 1920 }; }
    // Returns false, with a reason in `problem`, when the screen fails the visitor's check.
    using Visitor = std::function<bool(const QString &look, int index, const QString &screen, QString *problem)>;

    [[nodiscard]] static QList<Look> standardLooks();

    ScreenshotTour(QQuickWindow &window, QList<Look> looks, Visitor visitor);

    // Returns the process exit code: 0 when every screen loaded and passed, with no QML warning.
    [[nodiscard]] int run();
    [[nodiscard]] QStringList failures() const { return m_failures; }
    [[nodiscard]] int screensVisited() const { return m_visited; }

    // A visitor that saves a PNG of each screen into `dir`.
    [[nodiscard]] static Visitor saveInto(QQuickWindow &window, const QString &dir);

private:
    bool step(const QString &script);
    bool visit(const QString &look, int index, const QString &expectedScreen);
    static void settle(int ms);

    QQuickWindow &m_window;
    QQuickItem *m_shell = nullptr;
    QList<Look> m_looks;
    Visitor m_visitor;
    QStringList m_failures;
    int m_visited = 0;
};

} // namespace chorus
