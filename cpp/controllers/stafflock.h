#pragma once
// Guards staff mode with a PIN kept only as a libsodium password hash; wrong guesses make the
// next try wait longer and longer, and the wait survives a restart. The default PIN must be changed
// before staff mode does anything else. The hash is deliberately slow, so it runs off the UI thread.

#include "controllers/pinbackoff.h"

#include <QDateTime>
#include <QObject>
#include <QString>
#include <QThreadPool>
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
    Q_PROPERTY(bool checking READ isChecking NOTIFY changed)
    Q_PROPERTY(bool mustChangePin READ mustChangePin NOTIFY changed)

public:
    using Clock = std::function<QDateTime()>;
    // Stores the hash of `defaultPin` when the device has no PIN yet.
    StaffLock(LocalSettings &settings, const QString &defaultPin, Clock clock = {}, QObject *parent = nullptr);
    ~StaffLock() override;

    [[nodiscard]] int failures() const { return m_backOff.failures(); }
    // How long before another PIN may be tried; 0 when one may be tried now.
    [[nodiscard]] int waitSeconds() const;

    [[nodiscard]] bool isChecking() const { return m_checking; }
    // True while the PIN is still the default every device ships with (and every reader of the
    // source knows): staff mode offers nothing but choosing a new one.
    [[nodiscard]] bool mustChangePin() const { return m_mustChange; }

    // Starts checking `pin` on a worker thread: `unlocked()` or `refused()` follows. False, and nothing
    // follows, while a wait after wrong PINs runs or another PIN is still being checked, so tapping OK
    // again never gets round the wait.
    [[nodiscard]] Q_INVOKABLE bool tryUnlock(const QString &pin);
    // False for a PIN that is not 4 to 12 characters, or is the default; otherwise it is hashed on the
    // worker thread and replaces the old one when `pinChanged()` is emitted.
    [[nodiscard]] Q_INVOKABLE bool changePin(const QString &newPin);

    // The hash format is libsodium's crypto_pwhash_str; exposed for tests that check no PIN is kept.
    [[nodiscard]] static QString hashPin(const QString &pin);
    [[nodiscard]] static bool verifyPin(const QString &hash, const QString &pin);

Q_SIGNALS:
    void changed();
    void unlocked();
    void refused();
    void pinChanged();

private:
    void finishCheck(bool ok);
    // Failures and the end of the wait live in the device store, so restarting the app resets nothing.
    void saveBackOff();

    QString m_defaultPin;
    LocalSettings &m_settings;
    PinBackOff m_backOff;
    bool m_checking = false;
    bool m_mustChange = false;
    QThreadPool m_pool;
};

} // namespace chorus
