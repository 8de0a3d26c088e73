#include "controllers/stafflock.h"

#include "storage/localsettings.h"

#include <sodium.h>

namespace chorus {

namespace {
const QString pinKey = QStringLiteral("staffPinHash");
const QString defaultKey = QStringLiteral("staffPinIsDefault");
const QString failuresKey = QStringLiteral("staffPinFailures");
const QString notBeforeKey = QStringLiteral("staffPinNotBefore");
} // namespace

StaffLock::StaffLock(LocalSettings &settings, const QString &defaultPin, Clock clock, QObject *parent)
    : QObject(parent)
    , m_defaultPin(defaultPin)
    , m_settings(settings)
    , m_backOff(std::move(clock))
{
    if (sodium_init() < 0)
        qFatal("libsodium failed to initialise");
    // One hash at a time: a second check could otherwise race the limiter, and each takes 64 MiB.
    m_pool.setMaxThreadCount(1);
    if (m_settings.value(pinKey).isEmpty()) {
        m_settings.setValue(pinKey, hashPin(defaultPin));
        m_settings.setValue(defaultKey, QStringLiteral("1"));
    }
    const QString isDefault = m_settings.value(defaultKey);
    m_mustChange = isDefault != QLatin1String("0");
    if (isDefault.isEmpty()) {
        // Set up before this was recorded: find out once, off the UI thread, whether it is the default.
        m_pool.start([this, hash = m_settings.value(pinKey), defaultPin] {
            const bool same = verifyPin(hash, defaultPin);
            QMetaObject::invokeMethod(
                this,
                [this, same] {
                    m_settings.setValue(defaultKey, same ? QStringLiteral("1") : QStringLiteral("0"));
                    m_mustChange = same;
                    Q_EMIT changed();
                },
                Qt::QueuedConnection);
        });
    }
    m_backOff.restore(m_settings.value(failuresKey, QStringLiteral("0")).toInt(),
        QDateTime::fromString(m_settings.value(notBeforeKey), Qt::ISODateWithMs));
}

void StaffLock::saveBackOff()
{
    m_settings.setValue(failuresKey, QString::number(m_backOff.failures()));
    const QDateTime notBefore = m_backOff.notBefore();
    m_settings.setValue(notBeforeKey, notBefore.isValid() ? notBefore.toString(Qt::ISODateWithMs) : QString());
}

StaffLock::~StaffLock()
{
    // A hash still running reports to this object; let it finish first.
    m_pool.waitForDone();
}

int StaffLock::waitSeconds() const
{
    return m_backOff.waitSeconds();
}

bool StaffLock::tryUnlock(const QString &pin)
{
    if (m_checking || waitSeconds() > 0)
        return false;
    m_checking = true;
    Q_EMIT changed();
    m_pool.start([this, hash = m_settings.value(pinKey), pin] {
        const bool ok = verifyPin(hash, pin);
        QMetaObject::invokeMethod(
            this, [this, ok] { finishCheck(ok); }, Qt::QueuedConnection);
    });
    return true;
}

void StaffLock::finishCheck(bool ok)
{
    m_checking = false;
    if (ok) {
        m_backOff.succeeded();
        saveBackOff();
        Q_EMIT changed();
        Q_EMIT unlocked();
        return;
    }
    m_backOff.failed();
    saveBackOff();
    Q_EMIT changed();
    Q_EMIT refused();
}

bool StaffLock::changePin(const QString &newPin)
{
    if (newPin.size() < 4 || newPin.size() > 12 || newPin == m_defaultPin)
        return false;
    m_pool.start([this, newPin] {
        const QString hash = hashPin(newPin);
        QMetaObject::invokeMethod(
            this,
            [this, hash] {
                m_settings.setValue(pinKey, hash);
                m_settings.setValue(defaultKey, QStringLiteral("0"));
                m_mustChange = false;
                Q_EMIT changed();
                Q_EMIT pinChanged();
            },
            Qt::QueuedConnection);
    });
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
