#include "controllers/outreachcontroller.h"

#include "controllers/kiosksession.h"
#include "controllers/stafflock.h"
#include "domain/identifiers.h"
#include "storage/devicerole.h"
#include "storage/localsettings.h"
#include "storage/outreachrepository.h"

#include <QLocale>
#include <QPointer>
#include <QVariantMap>

#include <algorithm>

namespace chorus {

namespace {
const QString kFailuresKey = QStringLiteral("outreachPinFailures");
const QString kNotBeforeKey = QStringLiteral("outreachPinNotBefore");
} // namespace

OutreachController::OutreachController(DeviceStore &store, OutreachRepository &repository, KioskSession &session,
    SpaceProbe space, Clock clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_repository(repository)
    , m_kioskSession(session)
    , m_space(std::move(space))
    , m_clock(std::move(clock))
    , m_backOff([this] { return now(); })
{
    // One PIN check at a time: each takes 64 MiB and a noticeable moment.
    m_pool.setMaxThreadCount(1);
    LocalSettings settings(m_store);
    m_backOff.restore(settings.value(kFailuresKey, QStringLiteral("0")).toInt(),
        QDateTime::fromString(settings.value(kNotBeforeKey), Qt::ISODateWithMs));
    // The wait counts down on the screen.
    m_waitTicker.setInterval(1000);
    connect(&m_waitTicker, &QTimer::timeout, this, [this] {
        if (waitSeconds() == 0)
            m_waitTicker.stop();
        Q_EMIT changed();
    });
    if (waitSeconds() > 0)
        m_waitTicker.start();
    refresh();
}

void OutreachController::saveBackOff()
{
    LocalSettings settings(m_store);
    settings.setValue(kFailuresKey, QString::number(m_backOff.failures()));
    const QDateTime notBefore = m_backOff.notBefore();
    settings.setValue(kNotBeforeKey, notBefore.isValid() ? notBefore.toString(Qt::ISODateWithMs) : QString());
    if (waitSeconds() > 0)
        m_waitTicker.start();
}

OutreachController::~OutreachController()
{
    m_pool.waitForDone();
}

QDateTime OutreachController::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTimeUtc();
}

QVariantList OutreachController::workers() const
{
    QVariantList out;
    for (const Worker &w : m_workers)
        out << QVariantMap { { QStringLiteral("id"), w.id }, { QStringLiteral("name"), w.name } };
    return out;
}

QVariantList OutreachController::sites() const
{
    QVariantList out;
    for (const OutreachSite &s : m_sites)
        out << QVariantMap { { QStringLiteral("id"), s.id }, { QStringLiteral("name"), s.name } };
    return out;
}

void OutreachController::refresh()
{
    m_active = isOutreachDevice(m_store);
    m_workers = m_repository.activeWorkers();
    m_sites = m_repository.sites();
    if (!m_session) {
        // A session left running when the tablet restarted carries on; its worker signs in again.
        m_session = m_repository.openSession();
    }
    if (m_worker) {
        // Retired or changed on the dashboard since sign-in: their name, or signed out.
        m_worker = m_repository.worker(m_worker->id);
        if (m_worker && m_worker->retired)
            m_worker.reset();
    }
    m_answers = m_session ? m_repository.answersIn(m_session->id) : 0;
    if (m_space)
        m_lastSpace = m_space();
    m_kioskSession.setOutreach(m_session ? m_session->id : QString(), QString());
    Q_EMIT sessionIdChanged(m_session ? m_session->id : QString());
    Q_EMIT changed();
}

bool OutreachController::checkPin(const Worker &worker, const QString &pin, std::function<void()> onRight)
{
    if (m_checking || waitSeconds() > 0)
        return false;
    m_checking = true;
    Q_EMIT changed();
    QPointer<OutreachController> self(this);
    m_pool.start([self, hash = worker.pinHash, pin, onRight = std::move(onRight)] {
        const bool right = !hash.isEmpty() && StaffLock::verifyPin(hash, pin);
        QMetaObject::invokeMethod(
            self.data(),
            [self, right, onRight] {
                if (!self)
                    return;
                self->m_checking = false;
                if (right)
                    self->m_backOff.succeeded();
                else
                    self->m_backOff.failed();
                self->saveBackOff();
                if (right)
                    onRight();
                else
                    Q_EMIT self->pinRefused();
                Q_EMIT self->changed();
            },
            Qt::QueuedConnection);
    });
    return true;
}

bool OutreachController::signIn(const QString &workerId, const QString &pin)
{
    const auto worker = m_repository.worker(workerId);
    if (!worker || worker->retired)
        return false;
    return checkPin(*worker, pin, [this, w = *worker] {
        m_worker = w;
        // A session someone else left running is theirs: it ends when another worker signs in.
        if (m_session && m_session->workerId != w.id)
            endSession();
    });
}

void OutreachController::signOut()
{
    endSession();
    m_worker.reset();
    m_assisted = false;
    m_awaitingReturn = false;
    m_handOverSaved = false;
    Q_EMIT changed();
}

bool OutreachController::startSession(const QString &place)
{
    return start(QString(), place.trimmed());
}

bool OutreachController::startSessionAtSite(const QString &siteId)
{
    const auto site = std::find_if(m_sites.cbegin(), m_sites.cend(), [&](const OutreachSite &s) { return s.id == siteId; });
    return site != m_sites.cend() && start(site->id, site->name);
}

bool OutreachController::start(const QString &siteId, const QString &place)
{
    if (!m_worker || m_session || place.isEmpty())
        return false;
    const OutreachSession s { newUuidV7(), m_worker->id, siteId, place, now(), {} };
    m_repository.save(s);
    m_session = s;
    m_answers = 0;
    m_kioskSession.setOutreach(s.id, QString());
    Q_EMIT sessionIdChanged(s.id);
    Q_EMIT changed();
    return true;
}

void OutreachController::endSession()
{
    if (!m_session)
        return;
    m_session->endedAt = now();
    m_repository.save(*m_session);
    m_session.reset();
    m_answers = 0;
    m_kioskSession.setOutreach(QString(), QString());
    Q_EMIT sessionIdChanged(QString());
    Q_EMIT changed();
}

void OutreachController::beginAnswer(bool assisted)
{
    m_assisted = assisted && m_worker;
    // Handed over, the tablet is the person's until the worker's PIN, whether they send, go back,
    // choose not to send or walk away: the worker's home (and this session's answers) stay shut.
    if (!m_assisted && m_worker) {
        m_awaitingReturn = true;
        m_handOverSaved = false;
    }
    m_kioskSession.setOutreach(m_session ? m_session->id : QString(), m_assisted ? m_worker->id : QString());
    Q_EMIT answerBegun();
    Q_EMIT changed();
}

void OutreachController::answerSent()
{
    m_awaitingReturn = !m_assisted;
    m_handOverSaved = !m_assisted;
    m_assisted = false;
    // The next answer is nobody's assisted one until the worker says so.
    m_kioskSession.setOutreach(m_session ? m_session->id : QString(), QString());
    if (m_session)
        m_answers = m_repository.answersIn(m_session->id);
    Q_EMIT changed();
}

bool OutreachController::unlockReturn(const QString &pin)
{
    if (!m_worker)
        return false;
    return checkPin(*m_worker, pin, [this] {
        m_awaitingReturn = false;
        m_handOverSaved = false;
        Q_EMIT returned();
    });
}

QString OutreachController::sessionStartedText() const
{
    if (!m_session || !m_session->startedAt.isValid())
        return {};
    return tr("Started %1").arg(QLocale().toString(m_session->startedAt.toLocalTime(), QLocale::ShortFormat));
}

QString OutreachController::timeAgo(const QDateTime &when) const
{
    if (!when.isValid())
        return tr("never");
    const qint64 minutes = when.secsTo(now()) / 60;
    if (minutes < 1)
        return tr("just now");
    if (minutes < 60)
        return tr("%n minute(s) ago", nullptr, int(minutes));
    if (minutes < 24 * 60)
        return tr("%n hour(s) ago", nullptr, int(minutes / 60));
    return tr("%n day(s) ago", nullptr, int(minutes / (24 * 60)));
}

bool OutreachController::isStorageLow() const
{
    return m_lastSpace.total > 0
        && (m_lastSpace.available < kLowSpaceBytes || m_lastSpace.available * 10 < m_lastSpace.total);
}

QString OutreachController::storageText() const
{
    if (m_lastSpace.total <= 0)
        return {};
    const QString left = QLocale().formattedDataSize(m_lastSpace.available, 1, QLocale::DataSizeTraditionalFormat);
    if (isStorageLow())
        return tr("Space is running low: %1 left. Sync at base soon; voice notes and drawings take the most room.")
            .arg(left);
    return tr("%1 of space left.").arg(left);
}

} // namespace chorus
