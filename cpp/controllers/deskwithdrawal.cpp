#include "controllers/deskwithdrawal.h"

#include "client/codewithdrawals.h"
#include "controllers/localwithdrawal.h"
#include "domain/identifiers.h"
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"

#include <QLocale>

namespace chorus {

using sync::client::CodeWithdrawals;

DeskWithdrawal::DeskWithdrawal(DeviceStore &store, QString mediaDir, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_mediaDir(std::move(mediaDir))
{
    refresh();
}

QString DeskWithdrawal::spelled() const
{
    // Read one character at a time, as the Thank-you screen reads it.
    return QString(m_code).remove(QLatin1Char('-')).split(QString(), Qt::SkipEmptyParts).join(QLatin1Char(' '));
}

QString DeskWithdrawal::message() const
{
    switch (m_state) {
    case State::Idle:
        return {};
    case State::Invalid:
        return tr("That is not a code. A code has 12 letters and numbers, like K7P3-QX9A-HH2M.");
    case State::FoundHere:
        return tr("An answer with the code %1 was given on this device on %2. Withdraw it?")
            .arg(spelled(), m_foundWhen);
    case State::NotHere:
        return tr("No answer on this device has the code %1. It may have been given on another device. "
                  "Ask the server to withdraw it?")
            .arg(spelled());
    case State::WithdrawnHere:
        return tr("Your answer with the code %1 has been withdrawn. It is gone from this device and will be removed "
                  "everywhere.")
            .arg(spelled());
    case State::Queued:
        return tr("Your request to withdraw the answer with the code %1 is waiting to reach the server. It goes the "
                  "next time this device syncs.")
            .arg(spelled());
    case State::WithdrawnByServer:
        return tr("Your answer with the code %1 has been withdrawn everywhere.").arg(spelled());
    case State::NotFound:
        return tr("The server has no answer with the code %1. Check the code: it may have been withdrawn already.")
            .arg(spelled());
    case State::Several:
        return tr("More than one answer has the code %1, so none was withdrawn. Staff can choose the right one on "
                  "the dashboard's withdrawal page.")
            .arg(spelled());
    }
    return {};
}

void DeskWithdrawal::setState(State state)
{
    m_state = state;
    Q_EMIT changed();
}

void DeskWithdrawal::find(const QString &typed)
{
    m_code = normaliseReferenceCode(typed);
    m_foundId.clear();
    if (!looksLikeReferenceCode(m_code)) {
        m_code = typed.trimmed().toUpper();
        setState(State::Invalid);
        Q_EMIT answered();
        return;
    }
    ContributionRepository repository(m_store);
    if (const auto found = repository.findByReference(m_code); found && !found->withdrawn) {
        m_foundId = found->id;
        m_foundWhen = QLocale(m_language).toString(found->createdAt.toLocalTime(), QLocale::LongFormat);
        setState(State::FoundHere);
    } else {
        setState(State::NotHere);
    }
    Q_EMIT answered();
}

void DeskWithdrawal::confirm()
{
    if (m_state == State::FoundHere) {
        (void)withdrawOnThisDevice(m_store, m_mediaDir, m_foundId);
        setState(State::WithdrawnHere);
    } else if (m_state == State::NotHere) {
        const std::string code = m_code.toStdString();
        m_store.write([&] { CodeWithdrawals::queue(m_store.state(), code); });
        m_state = State::Queued;
        refresh();
    } else {
        return;
    }
    Q_EMIT answered();
    Q_EMIT syncWanted();
}

void DeskWithdrawal::reset()
{
    m_code.clear();
    m_foundId.clear();
    setState(State::Idle);
}

void DeskWithdrawal::refresh()
{
    std::vector<std::string> pending;
    std::vector<CodeWithdrawals::Result> results;
    m_store.read([&] {
        pending = CodeWithdrawals::pending(m_store.state());
        results = CodeWithdrawals::results(m_store.state());
    });
    m_waiting = int(pending.size());
    State next = m_state;
    if (m_state == State::Queued) {
        const std::string code = m_code.toStdString();
        const bool stillWaiting = std::find(pending.begin(), pending.end(), code) != pending.end();
        for (auto r = results.rbegin(); !stillWaiting && r != results.rend(); ++r) {
            if (r->code != code)
                continue;
            next = r->outcome == "withdrawn" ? State::WithdrawnByServer
                : r->outcome == "several"    ? State::Several
                : r->outcome == "invalid"    ? State::Invalid
                                             : State::NotFound;
            break;
        }
    }
    const bool answeredNow = next != m_state;
    setState(next);
    if (answeredNow)
        Q_EMIT answered();
}

} // namespace chorus
