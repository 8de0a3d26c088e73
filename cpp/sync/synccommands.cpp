#include "sync/synccommands.h"

#include "client/syncengine.h"
#include "storage/devicestore.h"
#include "sync/devicesync.h"
#include "sync/syncwords.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>

namespace chorus::cli {

namespace {
using namespace sync::client;

QString stateValue(DeviceStore &store, const char *key)
{
    return QString::fromStdString(store.state().get(key).value_or(std::string()));
}

void print(const nlohmann::json &j)
{
    QTextStream(stdout) << QString::fromStdString(j.dump()) << Qt::endl;
}

int fail(const QString &message, int code = 1)
{
    QTextStream(stderr) << "chorus-cli: " << message << Qt::endl;
    return code;
}

int runChecked(DeviceStore &store, const QString &dbPath, const QString &command, const QStringList &args);
} // namespace

bool isSyncCommand(const QString &command)
{
    return command == QLatin1String("enrol") || command == QLatin1String("sync")
        || command == QLatin1String("sync-status");
}

int runSyncCommand(DeviceStore &store, const QString &dbPath, const QString &command, const QStringList &args)
{
    try {
        return runChecked(store, dbPath, command, args);
    } catch (const std::exception &e) {
        // Disk full or a damaged store mid-sync: what was committed stays, the rest is redone next time.
        return fail(QStringLiteral("sync stopped: %1").arg(QString::fromUtf8(e.what())));
    }
}

namespace {
int runChecked(DeviceStore &store, const QString &dbPath, const QString &command, const QStringList &args)
{
    QCommandLineParser p;
    p.addOptions({ { QStringLiteral("server"), QStringLiteral("server URL"), QStringLiteral("url") },
        { QStringLiteral("ca"), QStringLiteral("pinned CA certificate (PEM)"), QStringLiteral("file") },
        { QStringLiteral("media"), QStringLiteral("media folder"), QStringLiteral("dir") },
        { QStringLiteral("name"), QStringLiteral("device name"), QStringLiteral("name"), QStringLiteral("chorus-cli") },
        { QStringLiteral("batch"), QStringLiteral("changes per push"), QStringLiteral("n"), QStringLiteral("200") },
        { QStringLiteral("page"), QStringLiteral("changes per pull page"), QStringLiteral("n"), QStringLiteral("200") },
        { QStringLiteral("timeout-ms"), QStringLiteral("per-request time limit"), QStringLiteral("ms"),
            QStringLiteral("120000") } });
    if (!p.parse(QStringList { command } + args))
        return fail(p.errorText(), 2);
    const QString mediaDir
        = p.isSet(QStringLiteral("media")) ? p.value(QStringLiteral("media")) : DeviceSync::defaultMediaDir(dbPath);
    QDir().mkpath(mediaDir);
    EngineStore es = DeviceSync::engineStore(store, mediaDir);

    if (command == QLatin1String("sync-status")) {
        SyncEngine engine(es, *DeviceSync::transport(QStringLiteral("http://127.0.0.1"), {}));
        print({ { "enrolled", engine.enrolled() }, { "changes_waiting", engine.changesWaiting() },
            { "media_waiting", engine.mediaWaiting() }, { "changes_quarantined", store.outbox().quarantinedCount() },
            { "server", stateValue(store, statekey::kServerUrl).toStdString() },
            { "cursor", stateValue(store, statekey::kCursor).toStdString() },
            { "last_sync_ms", stateValue(store, statekey::kLastSuccess).toStdString() } });
        return 0;
    }

    QString server = p.value(QStringLiteral("server"));
    if (server.isEmpty())
        server = stateValue(store, statekey::kServerUrl);
    QString ca = p.value(QStringLiteral("ca"));
    if (ca.isEmpty())
        ca = stateValue(store, statekey::kCaFile);
    if (server.isEmpty())
        return fail(QStringLiteral("no server known: give --server URL"), 2);
    auto transport = DeviceSync::transport(server, ca, p.value(QStringLiteral("timeout-ms")).toLong());
    SyncEngine engine(es, *transport);

    if (command == QLatin1String("enrol")) {
        if (p.positionalArguments().size() != 1)
            return fail(QStringLiteral("usage: enrol --server URL [--ca FILE] [--name NAME] CODE"), 2);
        const auto r = engine.enrol(server.toStdString(), p.positionalArguments().at(0).toStdString(),
            p.value(QStringLiteral("name")).toStdString());
        if (!r.ok)
            return fail(SyncWords::describe(r.problem, r.detail));
        if (!ca.isEmpty())
            store.write([&] { store.state().set(statekey::kCaFile, QFile::encodeName(ca).toStdString()); });
        print({ { "device_id", r.enrolment.deviceId }, { "role", r.enrolment.role },
            { "organisation", r.enrolment.organisationId }, { "site", r.enrolment.siteId } });
        return 0;
    }

    engine.setBatchSize(static_cast<std::size_t>(std::max(1, p.value(QStringLiteral("batch")).toInt())));
    engine.setPullPageSize(std::clamp(p.value(QStringLiteral("page")).toInt(), 1, 1000));
    const SyncResult r = engine.sync();
    print({ { "status", statusName(r.status) }, { "pushed", r.pushed }, { "pulled", r.pulled },
        { "media_sent", r.mediaSent }, { "quarantined", r.quarantined }, { "changes_waiting", engine.changesWaiting() },
        { "media_waiting", engine.mediaWaiting() }, { "problem", problemName(r.problem) },
        { "message", SyncWords::describe(r.problem, r.detail).toStdString() } });
    if (r.status != SyncStatus::Done)
        return fail(SyncWords::describe(r.problem, r.detail));
    return 0;
}
} // namespace

} // namespace chorus::cli
