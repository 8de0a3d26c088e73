#pragma once
// Real processes for the sync integration tests: a chorus-server on a free port in a temporary
// folder with one organisation and site, and chorus-cli runs against device stores beside it.

#include <QByteArray>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <nlohmann/json.hpp>

#include <memory>

namespace chorus::test {

struct CliResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    [[nodiscard]] nlohmann::json lastJson() const;
};

class SyncHarness {
public:
    SyncHarness();
    ~SyncHarness();

    // Starts chorus-server (again on the same port after a stop or kill); false when it never listened.
    bool startServer();
    void stopServer();
    void killServer(); // SIGKILL: no chance to finish anything
    [[nodiscard]] quint16 serverPort() const { return m_port; }
    [[nodiscard]] QString serverUrl() const;

    [[nodiscard]] QString admin(const QStringList &args); // an admin subcommand's JSON output
    [[nodiscard]] QString enrolCode(const QString &role);
    [[nodiscard]] QString dbPath(const QString &device) const;
    [[nodiscard]] QString mediaDir(const QString &device) const;
    CliResult cli(const QString &device, const QStringList &args, int timeoutMs = 60000);
    // Enrols a device directly (not through any proxy); returns the server's device id.
    QString enrol(const QString &device, const QString &role, const QString &url = {});
    // Starts chorus-cli sync without waiting, for kill tests.
    std::unique_ptr<QProcess> startSync(const QString &device, const QStringList &extra);

    // Reads the server's database (read-only) with one SQL query returning one integer.
    [[nodiscard]] qint64 serverCount(const QString &sql);
    [[nodiscard]] QStringList serverStrings(const QString &sql);
    [[nodiscard]] QString orgId() const { return m_org; }
    [[nodiscard]] QString siteId() const { return m_site; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_server;
    quint16 m_port = 0;
    QString m_org;
    QString m_site;
};

} // namespace chorus::test
