#pragma once
// chorus-cli's `enrol`, `sync` and `sync-status`: the kiosk's sync engine, headless, for tests,
// benchmarks and scripted field devices.

#include <QStringList>

namespace chorus {
class DeviceStore;
}

namespace chorus::cli {

[[nodiscard]] bool isSyncCommand(const QString &command);
// Exit codes: 0 done, 1 failed (why on stderr and in the JSON line), 2 bad usage.
int runSyncCommand(DeviceStore &store, const QString &dbPath, const QString &command, const QStringList &args);

} // namespace chorus::cli
