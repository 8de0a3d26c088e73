#include "sync/syncwords.h"

namespace chorus {

using sync::client::SyncProblem;
using sync::client::SyncStatus;

QString SyncWords::describe(SyncProblem problem, const std::string &detail)
{
    const QString quoted = QString::fromStdString(detail);
    switch (problem) {
    case SyncProblem::None:
        return {};
    case SyncProblem::NoAnswer:
        return tr("Could not reach the server (%1). Everything is kept and will be sent later.").arg(quoted);
    case SyncProblem::ServerFailed:
        return tr("The server had a problem (HTTP %1). It will be tried again later.").arg(quoted);
    case SyncProblem::UpdateNeeded:
        return tr("This app is too old for the server. Ask for it to be updated; nothing it holds is lost.");
    case SyncProblem::ServerTooOld:
        return tr("The server is older than this app. Ask for the server to be updated.");
    case SyncProblem::Unauthorized:
        return tr("The server no longer knows this device. Enrol it again with a new code.");
    case SyncProblem::DeviceRevoked:
        return tr("This device was removed from the organisation, so its synced data has been deleted.");
    case SyncProblem::EnrolmentInvalid:
        return tr("That enrolment code is unknown, expired or already used. Ask a coordinator for a new one.");
    case SyncProblem::RateLimited:
        return tr("The server is busy. Sync will try again shortly.");
    case SyncProblem::ServerError:
        return tr("The server had a problem. It will be tried again later.");
    case SyncProblem::Refused:
        return tr("The server refused the sync: %1").arg(quoted);
    case SyncProblem::UnreadableAnswer:
        return tr("The server's answer could not be read: %1").arg(quoted);
    case SyncProblem::NotEnrolled:
        return tr("This device is not enrolled yet. Enter an enrolment code from a coordinator.");
    case SyncProblem::NothingSettled:
        return tr("The server settled none of the changes sent. It will be tried again later.");
    case SyncProblem::NoSealKey:
        return tr("The server gave no organisation key to seal answers with. Update the server before enrolling "
                  "kiosks or outreach tablets.");
    case SyncProblem::SealKeyDamaged:
        return tr("The organisation key the server gave is damaged. Nothing was stored; ask for a new code.");
    case SyncProblem::SealKeyNotOnCode: {
        const QStringList ids = quoted.split(u' ');
        return tr("The organisation key the server gave (%1) is not the one on the enrolment code (%2). Nothing was "
                  "stored: check the server address and ask for a new code.")
            .arg(ids.value(0), ids.value(1));
    }
    case SyncProblem::SealKeyNotProved:
        return tr("The server could not prove it holds the organisation key it gave (%1). Nothing was stored: "
                  "answers sealed to it could never be read. Ask for a new code.")
            .arg(quoted);
    }
    return {};
}

QString SyncWords::status(SyncStatus status, const QString &problem)
{
    switch (status) {
    case SyncStatus::Done:
    case SyncStatus::Cancelled:
        return {};
    case SyncStatus::Offline:
        return tr("Could not reach the server. Everything is kept here and will be sent when the connection is back.");
    case SyncStatus::RateLimited:
        return tr("The server is busy. Sync will try again shortly.");
    case SyncStatus::Failed:
        return tr("Sync did not finish: %1 It will try again later.").arg(problem);
    case SyncStatus::NotEnrolled:
        return tr("This device is not enrolled. Enter the server address and an enrolment code from a coordinator.");
    case SyncStatus::UpdateNeeded:
        return tr("This app is too old for the server. Ask for it to be updated. Nothing here is lost.");
    case SyncStatus::Revoked:
        return tr("This device was removed from the organisation, so its synced data has been deleted.");
    }
    return {};
}

} // namespace chorus
