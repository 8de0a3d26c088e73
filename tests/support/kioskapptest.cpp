#include "kioskapptest.h"

#include "../qml/quickfind.h"

#include "controllers/languageswitcher.h"
#include "sync/synccontroller.h"

#include <QBuffer>
#include <QDir>
#include <QImage>
#include <QSignalSpy>

namespace chorus::test {

namespace {
QString madeFolder(const QString &path)
{
    QDir().mkpath(path);
    return path;
}
} // namespace

DashboardOrg makeDashboardOrg(
    dashtest::Server &server, const std::string &name, const std::string &email, const std::string &password)
{
    DashboardOrg made;
    made.org = server.admin({ "create-org", name })["id"];
    made.site = server.admin({ "create-site", made.org, "Drop-in centre" })["id"];
    server.admin({ "create-coordinator", made.org, email }, password);
    made.loginStatus = dashtest::login(server, email, password, &made.coordinator).status;
    return made;
}

KioskApp::KioskApp(const QString &folder)
    : m_media(madeFolder(folder + QStringLiteral("/media")))
    , m_context({ folder + QStringLiteral("/device.sqlite"), m_media, QStringLiteral("none"), false, true })
{
    m_context.installSingletons();
    m_context.language().setEngine(&m_engine);
    m_window = showKiosk(m_engine);
}

QString KioskApp::enrol(dashtest::Server &server, const std::string &org, const std::string &site)
{
    SyncController &sync = m_context.sync();
    QSignalSpy enrolled(&sync, &SyncController::enrolFinished);
    sync.setServerUrl(QStringLiteral("http://127.0.0.1:%1").arg(server.port()));
    const std::string code = server.admin({ "enrol-code", org, site, "kiosk" })["code"];
    sync.enrol(QString::fromStdString(code));
    if (!QTest::qWaitFor([&] { return !enrolled.isEmpty(); }, 20000))
        return QStringLiteral("no answer to the enrolment in 20 s");
    return enrolled.at(0).at(0).toBool() ? QString() : enrolled.at(0).at(1).toString();
}

QByteArray flatPng(QSize size, QColor colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace chorus::test
