#pragma once
// The QML singletons for what people chose (help words on the Thank-you screen, withdrawal at the
// desk in staff mode), kept apart from
// qmlsingletons.h so each feature adds its own.

#include "controllers/deskwithdrawal.h"
#include "controllers/helpwords.h"
#include "controllers/qmlsingletons.h"

namespace chorus {

struct HelpWordsSingleton : SingletonInstance<HelpWords> {
    Q_GADGET
    QML_FOREIGN(chorus::HelpWords)
    QML_SINGLETON
    QML_NAMED_ELEMENT(HelpWords)
};

struct DeskWithdrawalSingleton : SingletonInstance<DeskWithdrawal> {
    Q_GADGET
    QML_FOREIGN(chorus::DeskWithdrawal)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Withdrawal)
};

} // namespace chorus
