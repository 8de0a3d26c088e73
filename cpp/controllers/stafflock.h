#pragma once
// Guards staff mode with a PIN kept only as a libsodium password hash; wrong guesses make the
// next try wait longer and longer.

#include <QDateTime>
#include <QObject>
#include <QString>
#include <qqmlregistration.h>

#include <functional>

namespace chorus {

class LocalSettings;

class StaffLock final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("StaffLock is built by the application")
    Q_PROPERTY(int failures READ failures NOTIFY changed)
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY changed)

public:
    using Clock = std::function<QDateTime()>;
    // Stores the hash of `defaultPin` when the device has no PIN yet.
    StaffLock(LocalSettings &settings, const QString &defaultPin, Clock clock = {}, QObject *parent = nullptr);

    [[nodiscard]] int failures() const { return m_failures; }
    // How long before another PIN may be tried; 0 when one may be tried now.
    [[nodiscard]] int waitSeconds() const;

    [[nodiscard]] Q_INVOKABLE bool unlock(const QString &pin);
    [[nodiscard]] Q_INVOKABLE bool changePin(const QString &newPin);

    // The hash format is libsodium's crypto_pwhash_str; exposed for tests that check no PIN is kept.
    [[nodiscard]] static QString hashPin(const QString &pin);
    [[nodiscard]] static bool verifyPin(const QString &hash, const QString &pin);

Q_SIGNALS:
    void changed();

private:
    LocalSettings &m_settings;
    Clock m_clock;
    int m_failures = 0;
    QDateTime m_notBefore;
};

} // namespace chorus
