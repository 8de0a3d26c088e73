#pragma once
// The one place a sync or enrolment problem (a code from the Qt-free engine) becomes words for
// people, translated into the kiosk's language.

#include "client/syncresult.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace chorus {

class SyncWords {
    Q_DECLARE_TR_FUNCTIONS(SyncWords)

public:
    [[nodiscard]] static QString describe(sync::client::SyncProblem problem, const std::string &detail);
};

} // namespace chorus
