#include "controllers/stafflock.h"

#include "storage/localsettings.h"

#include <sodium.h>

#include <algorithm>

namespace chorus {

namespace {
const QString pinKey = QStringLiteral("staffPinHash");
constexpr int freeTries = 3;
constexpr int maxWaitSeconds = 300;
} // namespace

StaffLock::StaffLock(LocalSettings &settings, const QString &defaultPin, Clock clock, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_clock(clock ? std::move(clock) : [] { return QDateTime::currentDateTimeUtc(); })
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    if (m_settings.value(pinKey).isEmpty())
        m_settings.setValue(pinKey, hashPin(defaultPin));
}

int StaffLock::waitSeconds() const
{
    if (!m_notBefore.isValid())
        return 0;
    const qint64 ms = m_clock().msecsTo(m_notBefore);
    return ms > 0 ? int((ms + 999) / 1000) : 0;
}

bool StaffLock::unlock(const QString &pin)
{
    if (waitSeconds() > 0)
        return false;
    if (verifyPin(m_settings.value(pinKey), pin)) {
        m_failures = 0;
        m_notBefore = {};
        Q_EMIT changed();
        return true;
    }
    ++m_failures;
    if (m_failures >= freeTries) {
        // 5 s, 10 s, 20 s … so guessing four digits would take days, while a slip costs little.
        const int wait = std::min(maxWaitSeconds, 5 << std::min(m_failures - freeTries, 6));
        m_notBefore = m_clock().addSecs(wait);
    }
    Q_EMIT changed();
    return false;
}

bool StaffLock::changePin(const QString &newPin)
{
    if (newPin.size() < 4 || newPin.size() > 12)
        return false;
    m_settings.setValue(pinKey, hashPin(newPin));
    return true;
}

QString StaffLock::hashPin(const QString &pin)
{
    const QByteArray utf8 = pin.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), quint64(utf8.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        qFatal("out of memory hashing the staff PIN");
    return QString::fromLatin1(out);
}

bool StaffLock::verifyPin(const QString &hash, const QString &pin)
{
    if (hash.isEmpty())
        return false;
    const QByteArray h = hash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return crypto_pwhash_str_verify(h.constData(), utf8.constData(), quint64(utf8.size())) == 0;
}

} // namespace chorus
