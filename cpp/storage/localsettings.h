#pragma once
// Settings that belong to this device alone and never sync: site name, theme, and the staff PIN's
// hash, which is kept in the device's secrets file (sync::DeviceSecrets), not in the store.

#include <QString>

namespace chorus::sync {
class DeviceSecrets;
}

namespace chorus {

class DeviceStore;

class LocalSettings {
public:
    explicit LocalSettings(DeviceStore &store);
    [[nodiscard]] QString value(const QString &key, const QString &fallback = {});
    void setValue(const QString &key, const QString &value);

private:
    [[nodiscard]] sync::DeviceSecrets *secretsFor(const QString &key);

    DeviceStore &m_store;
};

} // namespace chorus
