#pragma once
// What the kiosk integration tests share: a real chorus-server with an organisation, a site and a
// signed-in coordinator; a kiosk app (its own KioskContext and QML, shown offscreen) in a folder,
// enrolled to that server; a coordinator's picture; and the main() that runs such a test.

#include "../integration/dashboard/dashharness.h"

#include "controllers/kioskcontext.h"

#include <QByteArray>
#include <QColor>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QSize>
#include <QString>
#include <QTest>

#include <string>

namespace chorus::test {

// An organisation with one site, and a coordinator of it signed in to the dashboard.
struct DashboardOrg {
    std::string org;
    std::string site;
    dashtest::Session coordinator;
    int loginStatus = 0; // the sign-in's HTTP status: 200 when it worked
};
[[nodiscard]] DashboardOrg makeDashboardOrg(
    dashtest::Server &server, const std::string &name, const std::string &email, const std::string &password);

// The kiosk app over a store and media folder in `folder`, its Main.qml shown.
class KioskApp {
public:
    explicit KioskApp(const QString &folder);
    KioskApp(const KioskApp &) = delete;
    KioskApp &operator=(const KioskApp &) = delete;

    [[nodiscard]] KioskContext &context() { return m_context; }
    // Null when the QML did not load.
    [[nodiscard]] QQuickWindow *window() const { return m_window; }
    [[nodiscard]] QQmlApplicationEngine &engine() { return m_engine; }
    [[nodiscard]] QString media() const { return m_media; }
    // Enrols as a kiosk of `org` at `site` with a fresh code, as staff do, and waits for the
    // answer: empty when enrolled, else what the kiosk said.
    [[nodiscard]] QString enrol(dashtest::Server &server, const std::string &org, const std::string &site);

private:
    QString m_media;
    KioskContext m_context;
    QQmlApplicationEngine m_engine;
    QQuickWindow *m_window = nullptr;
};

// A small picture of one colour, as a coordinator uploads one.
[[nodiscard]] QByteArray flatPng(QSize size, QColor colour);

// A kiosk test's main(): software rendering and the Basic style, as the app has offscreen.
template<class Test>
int runKioskTest(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QGuiApplication app(argc, argv);
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    Test test;
    return QTest::qExec(&test, argc, argv);
}

} // namespace chorus::test
