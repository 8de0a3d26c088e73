#pragma once
// Outreach: the workers a coordinator publishes to outreach tablets, and a worker's session of
// collecting at one place. Value types read from and written to the device store.

#include <QDateTime>
#include <QString>

namespace chorus {

struct Worker {
    QString id;
    QString name;
    QString pinHash; // libsodium crypto_pwhash_str, set on the dashboard
    bool retired = false;
};

// One of the organisation's sites, where a worker may start a session.
struct OutreachSite {
    QString id;
    QString name;
};

struct OutreachSession {
    QString id;
    QString workerId;
    QString siteId; // one of the organisation's sites, or empty with the place typed
    QString place;
    QDateTime startedAt;
    QDateTime endedAt; // invalid while the session runs
};

} // namespace chorus
