#pragma once
// The outreach tablet's mode: which worker is collecting (chosen from the workers a coordinator
// publishes, proved by their PIN), their session (place, start, end), how each answer is taken
// (handed over, or assisted by the worker), the lock after a hand-over until the worker's PIN, and
// what the tablet holds in words: answers this session, last sync, storage left.

#include "controllers/pinbackoff.h"
#include "domain/outreach.h"

#include <QDateTime>
#include <QObject>
#include <QStorageInfo>
#include <QThreadPool>
#include <QTimer>
#include <QVariantList>
#include <qqmlregistration.h>

#include <functional>
#include <optional>

namespace chorus {

class DeviceStore;
class KioskSession;
class OutreachRepository;

class OutreachController final : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("OutreachController is built by the application")
    Q_PROPERTY(bool active READ isActive NOTIFY changed)
    Q_PROPERTY(QVariantList workers READ workers NOTIFY changed)
    Q_PROPERTY(bool signedIn READ isSignedIn NOTIFY changed)
    Q_PROPERTY(QString workerName READ workerName NOTIFY changed)
    Q_PROPERTY(bool checking READ isChecking NOTIFY changed)
    // After wrong PINs (any worker's, at sign-in or give-back) the next try waits this long; counts down.
    Q_PROPERTY(int waitSeconds READ waitSeconds NOTIFY changed)
    // The organisation's sites a session may start at ({id, name}, by name).
    Q_PROPERTY(QVariantList sites READ sites NOTIFY changed)
    Q_PROPERTY(bool sessionRunning READ isSessionRunning NOTIFY changed)
    Q_PROPERTY(QString place READ place NOTIFY changed)
    // The organisation's site the session is at; empty for a typed place.
    Q_PROPERTY(QString siteId READ siteId NOTIFY changed)
    Q_PROPERTY(QString sessionStartedText READ sessionStartedText NOTIFY changed)
    Q_PROPERTY(int answersThisSession READ answersThisSession NOTIFY changed)
    Q_PROPERTY(bool assisted READ isAssisted NOTIFY changed)
    Q_PROPERTY(bool awaitingReturn READ isAwaitingReturn NOTIFY changed)
    // The person handed the tablet sent an answer (not gone back or chosen not to send).
    Q_PROPERTY(bool handOverSaved READ handOverSaved NOTIFY changed)
    Q_PROPERTY(QString storageText READ storageText NOTIFY changed)
    Q_PROPERTY(bool storageLow READ isStorageLow NOTIFY changed)

public:
    // Free and total bytes where the store lives; tests give their own.
    struct Space {
        qint64 available = 0;
        qint64 total = 0;
    };
    using SpaceProbe = std::function<Space()>;
    using Clock = std::function<QDateTime()>;
    // Below this much free space (or a tenth of the disk) the home warns: a day of voice notes is
    // a few hundred megabytes, so the warning comes days before the disk is full.
    static constexpr qint64 kLowSpaceBytes = 2LL * 1024 * 1024 * 1024;

    OutreachController(DeviceStore &store, OutreachRepository &repository, KioskSession &session, SpaceProbe space,
        Clock clock = {}, QObject *parent = nullptr);
    ~OutreachController() override;

    [[nodiscard]] bool isActive() const { return m_active; }
    [[nodiscard]] QVariantList workers() const;
    [[nodiscard]] QVariantList sites() const;
    [[nodiscard]] bool isSignedIn() const { return m_worker.has_value(); }
    [[nodiscard]] QString workerName() const { return m_worker ? m_worker->name : QString(); }
    [[nodiscard]] bool isChecking() const { return m_checking; }
    [[nodiscard]] int waitSeconds() const { return m_backOff.waitSeconds(); }
    [[nodiscard]] bool isSessionRunning() const { return m_session.has_value(); }
    [[nodiscard]] QString sessionId() const { return m_session ? m_session->id : QString(); }
    [[nodiscard]] QString place() const { return m_session ? m_session->place : QString(); }
    [[nodiscard]] QString siteId() const { return m_session ? m_session->siteId : QString(); }
    [[nodiscard]] QString sessionStartedText() const;
    [[nodiscard]] int answersThisSession() const { return m_answers; }
    [[nodiscard]] bool isAssisted() const { return m_assisted; }
    [[nodiscard]] bool isAwaitingReturn() const { return m_awaitingReturn; }
    [[nodiscard]] bool handOverSaved() const { return m_handOverSaved; }
    [[nodiscard]] QString storageText() const;
    [[nodiscard]] bool isStorageLow() const;

    // Re-reads the role, the workers, a session left running (after a restart) and the counts.
    Q_INVOKABLE void refresh();
    // Checks the PIN off the UI thread; signedInChanged(true) or pinRefused() follows. False when a
    // check is already running, wrong PINs make the tablet wait, or the worker is unknown.
    [[nodiscard]] Q_INVOKABLE bool signIn(const QString &workerId, const QString &pin);
    // Ends a running session first.
    Q_INVOKABLE void signOut();
    // At a place the worker typed (it names no site).
    [[nodiscard]] Q_INVOKABLE bool startSession(const QString &place);
    // At one of `sites`, recorded by its id (and named by its name); false for any other id.
    [[nodiscard]] Q_INVOKABLE bool startSessionAtSite(const QString &siteId);
    Q_INVOKABLE void endSession();
    // How the next answer is taken: handed to the person (the give-back lock engages at once), or
    // written by the worker for them.
    Q_INVOKABLE void beginAnswer(bool assisted);
    // The answer was sent: after a hand-over the tablet waits for the worker's PIN.
    Q_INVOKABLE void answerSent();
    // The worker's PIN after a hand-over; returned() or pinRefused() follows.
    [[nodiscard]] Q_INVOKABLE bool unlockReturn(const QString &pin);
    // "just now", "5 minutes ago", "4 days ago", "never"; words for the home screen.
    [[nodiscard]] Q_INVOKABLE QString timeAgo(const QDateTime &when) const;

Q_SIGNALS:
    void changed();
    void pinRefused();
    void returned();
    // The running session's id (empty when none): started, ended, or picked up after a restart.
    void sessionIdChanged(const QString &sessionId);
    // beginAnswer(): a new answer is about to be taken.
    void answerBegun();

private:
    [[nodiscard]] bool start(const QString &siteId, const QString &place);
    [[nodiscard]] bool checkPin(const Worker &worker, const QString &pin, std::function<void()> onRight);
    // The wrong-PIN count and wait live in the store, so restarting the tablet resets nothing.
    void saveBackOff();
    [[nodiscard]] QDateTime now() const;

    DeviceStore &m_store;
    OutreachRepository &m_repository;
    KioskSession &m_kioskSession;
    SpaceProbe m_space;
    Clock m_clock;
    PinBackOff m_backOff;
    QTimer m_waitTicker;
    bool m_active = false;
    QList<Worker> m_workers;
    QList<OutreachSite> m_sites;
    std::optional<Worker> m_worker;
    std::optional<OutreachSession> m_session;
    int m_answers = 0;
    bool m_assisted = false;
    bool m_awaitingReturn = false;
    bool m_handOverSaved = false;
    bool m_checking = false;
    Space m_lastSpace;
    QThreadPool m_pool;
};

} // namespace chorus
