#pragma once
// The setup of the Qt Quick Tests that run against the real wiring: a KioskContext over a temporary
// device store (demo content, silent speech), a StoreProbe to look at what was saved, and a hook to
// prepare the store before the context opens it (an outreach tablet's role and workers).

#include "controllers/kioskcontext.h"
#include "storeprobe.h"

#include <QObject>
#include <QTemporaryDir>

#include <functional>
#include <memory>

class QQmlEngine;

namespace chorus::test {

class QuickTestSetup : public QObject {
    Q_OBJECT

public:
    using Prepare = std::function<void(const QString &dbPath)>;
    explicit QuickTestSetup(Prepare prepare = {});
    ~QuickTestSetup() override;

public Q_SLOTS:
    void applicationAvailable();
    void qmlEngineAvailable(QQmlEngine *engine);
    void cleanupTestCase();

private:
    Prepare m_prepare;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<KioskContext> m_context;
    std::unique_ptr<StoreProbe> m_probe;
};

} // namespace chorus::test
