#pragma once
// The device's own settings that staff change: site name, theme, text size, inactivity timeout
// and which prompts this kiosk hides. Kept in the device store's local settings.

#include <QObject>
#include <QString>
#include <QStringList>
#include <qqmlregistration.h>

namespace chorus {

class LocalSettings;

class KioskSettings final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("KioskSettings is built by the application")
    Q_PROPERTY(QString siteName READ siteName WRITE setSiteName NOTIFY changed)
    Q_PROPERTY(QString siteId READ siteId NOTIFY changed)
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY changed)
    Q_PROPERTY(bool dyslexicFont READ dyslexicFont WRITE setDyslexicFont NOTIFY changed)
    Q_PROPERTY(double textScale READ textScale WRITE setTextScale NOTIFY changed)
    Q_PROPERTY(int inactivitySeconds READ inactivitySeconds WRITE setInactivitySeconds NOTIFY changed)
    Q_PROPERTY(QStringList hiddenPrompts READ hiddenPrompts NOTIFY changed)
    Q_PROPERTY(bool kiosk READ isKiosk CONSTANT)

public:
    KioskSettings(LocalSettings &settings, bool kiosk, QObject *parent = nullptr);

    [[nodiscard]] QString siteName() const;
    void setSiteName(const QString &name);
    [[nodiscard]] QString siteId() const;
    // Enrolment tells the device which site it serves; the site's name is what the Welcome screen
    // shows until staff change it.
    void adoptEnrolledSite(const QString &id, const QString &name);
    [[nodiscard]] bool highContrast() const;
    void setHighContrast(bool on);
    [[nodiscard]] bool dyslexicFont() const;
    void setDyslexicFont(bool on);
    [[nodiscard]] double textScale() const;
    void setTextScale(double scale);
    [[nodiscard]] int inactivitySeconds() const;
    void setInactivitySeconds(int seconds);
    [[nodiscard]] QStringList hiddenPrompts() const;
    Q_INVOKABLE void setPromptHidden(const QString &promptId, bool hidden);
    [[nodiscard]] bool isKiosk() const { return m_kiosk; }

Q_SIGNALS:
    void changed();

private:
    void store(const QString &key, const QString &value);

    LocalSettings &m_settings;
    bool m_kiosk;
};

} // namespace chorus
