#pragma once
// The one place a sync or enrolment problem, or how a sync ended (codes from the Qt-free engine),
// becomes words for people, translated into the kiosk's language.

#include "client/syncresult.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace chorus {

class SyncWords {
    Q_DECLARE_TR_FUNCTIONS(SyncWords)

public:
    [[nodiscard]] static QString describe(sync::client::SyncProblem problem, const std::string &detail);
    // What the sync panel says after a sync ended so; `problem` is describe()'s words for why it
    // failed. Empty when it went well or was cancelled.
    [[nodiscard]] static QString status(sync::client::SyncStatus status, const QString &problem = {});
};

} // namespace chorus
