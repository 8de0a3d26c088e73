#pragma once
// Settings that belong to this device alone and never sync: site name, staff PIN hash, theme.

#include <QString>

namespace chorus {

class DeviceStore;

class LocalSettings {
public:
    explicit LocalSettings(DeviceStore &store);
    [[nodiscard]] QString value(const QString &key, const QString &fallback = {});
    void setValue(const QString &key, const QString &value);

private:
    DeviceStore &m_store;
};

} // namespace chorus
