#include "storage/localsettings.h"

#include "storage/devicestore.h"

namespace chorus {

LocalSettings::LocalSettings(DeviceStore &store)
    : m_store(store)
{
}

sync::DeviceSecrets *LocalSettings::secretsFor(const QString &key)
{
    return sync::DeviceSecrets::isSecret(key.toStdString()) ? m_store.secrets() : nullptr;
}

QString LocalSettings::value(const QString &key, const QString &fallback)
{
    if (auto *secrets = secretsFor(key)) {
        const auto held = secrets->get(key.toStdString());
        return held ? QString::fromStdString(*held) : fallback;
    }
    QString out = fallback;
    m_store.read([&] {
        auto &s = m_store.db().cached("SELECT value FROM local_settings WHERE key = ?1");
        sqlite::StatementReset reset(s);
        s.bind(1, key.toStdString());
        if (s.step())
            out = QString::fromStdString(s.text(0));
    });
    return out;
}

void LocalSettings::setValue(const QString &key, const QString &value)
{
    if (auto *secrets = secretsFor(key)) {
        try {
            secrets->set(key.toStdString(), value.toStdString());
        } catch (const std::runtime_error &e) {
            throw StorageError(StorageError::Kind::ReadOnly, QString::fromUtf8(e.what()));
        }
        return;
    }
    m_store.write([&] {
        auto &s = m_store.db().cached("INSERT INTO local_settings (key, value) VALUES (?1, ?2)"
                                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        sqlite::StatementReset reset(s);
        s.bind(1, key.toStdString()).bind(2, value.toStdString());
        s.run();
    });
}

} // namespace chorus
