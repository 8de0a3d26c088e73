#pragma once
// One connection to a device's local store: opens and migrates the file, and gives the record store,
// outbox and sync bookkeeping that share it. One DeviceStore per thread.

#include "clock/hlc.h"
#include "seal/devicesealer.h"
#include "sqlite/database.h"
#include "store/outbox.h"
#include "store/recordstore.h"
#include "storage/storageerror.h"

#include <QString>

#include <functional>
#include <memory>

namespace chorus {

class DeviceStore {
public:
    // Throws StorageError naming the file and what to do when it cannot be used; never repairs or
    // overwrites a file it does not understand.
    [[nodiscard]] static std::unique_ptr<DeviceStore> open(const QString &path, int busyTimeoutMs = 5000);
    ~DeviceStore();

    // Runs fn as one durable write: committed with synchronous=FULL when this returns. SQLite
    // failures become StorageError and leave nothing half-written.
    void write(const std::function<void()> &fn);
    // Runs fn as a read, translating SQLite failures alike.
    void read(const std::function<void()> &fn);

    [[nodiscard]] sqlite::Database &db() { return *m_db; }
    [[nodiscard]] sync::RecordStore &records() { return *m_records; }
    [[nodiscard]] sync::Outbox &outbox() { return *m_outbox; }
    [[nodiscard]] sync::SyncState &state() { return *m_state; }
    // The device's token and staff PIN hash, in a 0600 file beside the store; null for :memory:.
    [[nodiscard]] sync::DeviceSecrets *secrets() { return m_secrets.get(); }
    // Null on a device that does not seal (a coordinator, or one not enrolled yet).
    [[nodiscard]] sync::seal::FieldSealer *sealer() { return m_sealer->current(); }
    [[nodiscard]] QString deviceId() const { return m_deviceId; }
    // The device a contribution names as its origin: once enrolled, the id the server knows this
    // device by (the server stamps that id over any other and answers with a stamp per
    // contribution, which the device then writes back), before enrolment this store's own id.
    // Call inside write() or read().
    [[nodiscard]] QString originDeviceId();
    [[nodiscard]] QString path() const { return m_path; }

private:
    DeviceStore(QString path, std::unique_ptr<sqlite::Database> db);
    void loadIdentity();
    void moveSecretsOut();

    QString m_path;
    std::unique_ptr<sqlite::Database> m_db;
    sync::HybridClock m_clock;
    QString m_deviceId;
    std::unique_ptr<sync::RecordStore> m_records;
    std::unique_ptr<sync::Outbox> m_outbox;
    std::unique_ptr<sync::DeviceSecrets> m_secrets;
    std::unique_ptr<sync::SyncState> m_state;
    std::unique_ptr<sync::seal::DeviceSealer> m_sealer;
};

// Turns a SQLite error about `path` into words a person can act on.
[[nodiscard]] StorageError toStorageError(const sqlite::Error &error, const QString &path);

} // namespace chorus
