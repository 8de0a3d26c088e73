#include "controllers/kiosksettings.h"

#include "storage/localsettings.h"

#include <algorithm>

namespace chorus {

KioskSettings::KioskSettings(LocalSettings &settings, bool kiosk, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_kiosk(kiosk)
{
}

QString KioskSettings::siteName() const
{
    return m_settings.value(QStringLiteral("siteName"), QStringLiteral("Chorus"));
}

void KioskSettings::setSiteName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (!trimmed.isEmpty())
        store(QStringLiteral("siteName"), trimmed);
}

QString KioskSettings::siteId() const
{
    return m_settings.value(QStringLiteral("siteId"), QStringLiteral("demo-site"));
}

void KioskSettings::adoptEnrolledSite(const QString &id, const QString &name)
{
    if (id.isEmpty())
        return;
    m_settings.setValue(QStringLiteral("siteId"), id);
    if (!name.trimmed().isEmpty())
        m_settings.setValue(QStringLiteral("siteName"), name.trimmed());
    Q_EMIT changed();
}

bool KioskSettings::highContrast() const
{
    return m_settings.value(QStringLiteral("theme")) == QLatin1String("high-contrast");
}

void KioskSettings::setHighContrast(bool on)
{
    store(QStringLiteral("theme"), on ? QStringLiteral("high-contrast") : QStringLiteral("default"));
}

bool KioskSettings::dyslexicFont() const
{
    return m_settings.value(QStringLiteral("dyslexicFont")) == QLatin1String("1");
}

void KioskSettings::setDyslexicFont(bool on)
{
    store(QStringLiteral("dyslexicFont"), on ? QStringLiteral("1") : QStringLiteral("0"));
}

double KioskSettings::textScale() const
{
    bool ok = false;
    const double scale = m_settings.value(QStringLiteral("textScale"), QStringLiteral("1")).toDouble(&ok);
    return ok ? std::clamp(scale, 1.0, 2.0) : 1.0;
}

void KioskSettings::setTextScale(double scale)
{
    store(QStringLiteral("textScale"), QString::number(std::clamp(scale, 1.0, 2.0)));
}

int KioskSettings::inactivitySeconds() const
{
    bool ok = false;
    const int seconds = m_settings.value(QStringLiteral("inactivitySeconds"), QStringLiteral("60")).toInt(&ok);
    return ok ? std::clamp(seconds, 15, 600) : 60;
}

void KioskSettings::setInactivitySeconds(int seconds)
{
    store(QStringLiteral("inactivitySeconds"), QString::number(std::clamp(seconds, 15, 600)));
}

QStringList KioskSettings::hiddenPrompts() const
{
    return m_settings.value(QStringLiteral("hiddenPrompts")).split(QLatin1Char(','), Qt::SkipEmptyParts);
}

void KioskSettings::setPromptHidden(const QString &promptId, bool hidden)
{
    QStringList ids = hiddenPrompts();
    ids.removeAll(promptId);
    if (hidden)
        ids.append(promptId);
    // Hidden locally rather than retired: the prompt list itself belongs to the central server.
    store(QStringLiteral("hiddenPrompts"), ids.join(QLatin1Char(',')));
}

void KioskSettings::store(const QString &key, const QString &value)
{
    if (m_settings.value(key) == value)
        return;
    m_settings.setValue(key, value);
    Q_EMIT changed();
}

} // namespace chorus
