#include "syncharness.h"

#include "sqlite/database.h"

#include <QDir>
#include <QFile>
#include <QThread>

#include <stdexcept>

namespace chorus::test {

namespace {
QString buildDir()
{
    return qEnvironmentVariable("CHORUS_BUILD_DIR", QStringLiteral(CHORUS_DEFAULT_BUILD_DIR));
}
QString serverBinary()
{
    return buildDir() + QStringLiteral("/server/chorus-server");
}
QString cliBinary()
{
    return buildDir() + QStringLiteral("/cpp/chorus-cli");
}
} // namespace

nlohmann::json CliResult::lastJson() const
{
    const auto lines = out.trimmed().split('\n');
    return nlohmann::json::parse(
        lines.isEmpty() ? QByteArray("null").toStdString() : lines.last().toStdString(), nullptr, false);
}

SyncHarness::SyncHarness()
{
    if (!m_dir.isValid())
        throw std::runtime_error("no temporary folder");
    m_org = QString::fromStdString(
        nlohmann::json::parse(admin({ QStringLiteral("create-org"), QStringLiteral("Test org") }).toStdString())["id"]);
    m_site = QString::fromStdString(nlohmann::json::parse(
        admin({ QStringLiteral("create-site"), m_org, QStringLiteral("Hall") }).toStdString())["id"]);
}

SyncHarness::~SyncHarness()
{
    killServer();
}

QString SyncHarness::admin(const QStringList &args)
{
    QProcess p;
    p.start(serverBinary(), args + QStringList { QStringLiteral("--db"), m_dir.filePath(QStringLiteral("server.db")) });
    p.waitForFinished(30000);
    if (p.exitCode() != 0)
        throw std::runtime_error("chorus-server admin failed: " + p.readAllStandardError().toStdString());
    return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
}

bool SyncHarness::startServer()
{
    const QString portFile = m_dir.filePath(QStringLiteral("port"));
    QFile::remove(portFile);
    m_server = std::make_unique<QProcess>();
    m_server->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    m_server->start(serverBinary(),
        { QStringLiteral("serve"), QStringLiteral("--db"), m_dir.filePath(QStringLiteral("server.db")),
            QStringLiteral("--media"), m_dir.filePath(QStringLiteral("server-media")), QStringLiteral("--port"),
            QString::number(m_port), QStringLiteral("--port-file"), portFile,
            // Many test devices share one address; the limits are the server's own tests' business.
            QStringLiteral("--device-rate"), QStringLiteral("10000"), QStringLiteral("--device-burst"),
            QStringLiteral("10000"), QStringLiteral("--enrol-rate"), QStringLiteral("10000"),
            QStringLiteral("--threads"), QStringLiteral("4"), QStringLiteral("--quiet") });
    for (int i = 0; i < 200; ++i) {
        QFile f(portFile);
        if (f.open(QIODevice::ReadOnly)) {
            m_port = static_cast<quint16>(f.readAll().trimmed().toUInt());
            return m_port != 0;
        }
        if (m_server->state() == QProcess::NotRunning)
            return false;
        QThread::msleep(25);
    }
    return false;
}

void SyncHarness::stopServer()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        m_server->terminate();
        m_server->waitForFinished(10000);
    }
}

void SyncHarness::killServer()
{
    if (m_server && m_server->state() != QProcess::NotRunning) {
        m_server->kill();
        m_server->waitForFinished(10000);
    }
}

QString SyncHarness::serverUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString SyncHarness::enrolCode(const QString &role)
{
    return QString::fromStdString(
        nlohmann::json::parse(admin({ QStringLiteral("enrol-code"), m_org, m_site, role }).toStdString())["code"]);
}

QString SyncHarness::dbPath(const QString &device) const
{
    return m_dir.filePath(device + QStringLiteral("/device.db"));
}

QString SyncHarness::mediaDir(const QString &device) const
{
    return m_dir.filePath(device + QStringLiteral("/media"));
}

CliResult SyncHarness::cli(const QString &device, const QStringList &args, int timeoutMs)
{
    QDir().mkpath(m_dir.filePath(device));
    QProcess p;
    p.start(cliBinary(), QStringList { QStringLiteral("--db"), dbPath(device) } + args);
    CliResult r;
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QString SyncHarness::enrol(const QString &device, const QString &role, const QString &url)
{
    const CliResult r = cli(device,
        { QStringLiteral("enrol"), QStringLiteral("--server"), url.isEmpty() ? serverUrl() : url,
            QStringLiteral("chorus-enrol:") + enrolCode(role) });
    const auto j = r.lastJson();
    if (r.exitCode != 0 || !j.is_object())
        throw std::runtime_error("enrol failed: " + r.err.toStdString());
    return QString::fromStdString(j["device_id"].get<std::string>());
}

std::unique_ptr<QProcess> SyncHarness::startSync(const QString &device, const QStringList &extra)
{
    auto p = std::make_unique<QProcess>();
    p->start(cliBinary(), QStringList { QStringLiteral("--db"), dbPath(device), QStringLiteral("sync") } + extra);
    p->waitForStarted();
    return p;
}

qint64 SyncHarness::serverCount(const QString &sql)
{
    sqlite::OpenOptions options;
    options.create = false;
    options.readOnly = true;
    auto db = sqlite::Database::open(m_dir.filePath(QStringLiteral("server.db")).toStdString(), options);
    auto s = db->prepare(sql.toStdString());
    return s.step() ? s.integer(0) : -1;
}

QStringList SyncHarness::serverStrings(const QString &sql)
{
    sqlite::OpenOptions options;
    options.create = false;
    options.readOnly = true;
    auto db = sqlite::Database::open(m_dir.filePath(QStringLiteral("server.db")).toStdString(), options);
    auto s = db->prepare(sql.toStdString());
    QStringList out;
    while (s.step())
        out << QString::fromStdString(s.text(0));
    return out;
}

} // namespace chorus::test
