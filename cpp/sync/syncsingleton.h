#pragma once
// The composition root's SyncController as the QML singleton `Sync`.

#include "controllers/qmlsingletons.h"
#include "sync/synccontroller.h"

namespace chorus {

struct SyncSingleton : SingletonInstance<SyncController> {
    Q_GADGET
    QML_FOREIGN(chorus::SyncController)
    QML_SINGLETON
    QML_NAMED_ELEMENT(Sync)
};

} // namespace chorus
