#include "sync/devicesync.h"

#include "storage/devicestore.h"

#include <QDir>
#include <QFileInfo>

namespace chorus {

sync::client::EngineStore DeviceSync::engineStore(DeviceStore &store, const QString &mediaDir)
{
    return { store.db(), store.records(), store.outbox(), store.state(), QFile::encodeName(mediaDir).toStdString() };
}

QString DeviceSync::defaultMediaDir(const QString &dbPath)
{
    return QFileInfo(dbPath).absoluteDir().filePath(QStringLiteral("media"));
}

std::unique_ptr<sync::client::CurlTransport> DeviceSync::transport(
    const QString &serverUrl, const QString &caFile, long transferTimeoutMs)
{
    sync::client::CurlOptions options;
    options.pinnedCaFile = QFile::encodeName(caFile).toStdString();
    options.transferTimeoutMs = transferTimeoutMs;
    return std::make_unique<sync::client::CurlTransport>(serverUrl.toStdString(), options);
}

} // namespace chorus
