#include "storage/localsettings.h"

#include "storage/devicestore.h"

namespace chorus {

LocalSettings::LocalSettings(DeviceStore &store)
    : m_store(store)
{
}

QString LocalSettings::value(const QString &key, const QString &fallback)
{
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
    m_store.write([&] {
        auto &s = m_store.db().cached("INSERT INTO local_settings (key, value) VALUES (?1, ?2)"
                                      " ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        sqlite::StatementReset reset(s);
        s.bind(1, key.toStdString()).bind(2, value.toStdString());
        s.run();
    });
}

} // namespace chorus
