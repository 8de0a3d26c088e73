#pragma once
// Walks the kiosk through every screen in each look (default, high contrast, Arabic, 200% text),
// for the --self-test smoke test and for screenshots people can look at.

#include <QString>
#include <QStringList>

class QQuickWindow;
class QQuickItem;

namespace chorus {

class ScreenshotTour {
public:
    // With an empty `dir` nothing is saved: the tour only checks every screen loads.
    ScreenshotTour(QQuickWindow &window, QString dir);

    // Returns the process exit code: 0 when every screen loaded without a QML warning.
    [[nodiscard]] int run();

private:
    bool step(const QString &script);
    bool visit(const QString &variant, int index, const QString &expectedScreen);
    void settle(int ms);

    QQuickWindow &m_window;
    QQuickItem *m_shell = nullptr;
    QString m_dir;
    QStringList m_failures;
};

} // namespace chorus
