#pragma once
// The QML singletons for what people chose (help words on the Thank-you screen), kept apart from
// qmlsingletons.h so each feature adds its own.

#include "controllers/helpwords.h"
#include "controllers/qmlsingletons.h"

namespace chorus {

struct HelpWordsSingleton : SingletonInstance<HelpWords> {
    Q_GADGET
    QML_FOREIGN(chorus::HelpWords)
    QML_SINGLETON
    QML_NAMED_ELEMENT(HelpWords)
};

} // namespace chorus
