#include "quicktestsetup.h"

#include <QDir>
#include <QQmlEngine>
#include <QQuickStyle>

namespace chorus::test {

QuickTestSetup::QuickTestSetup(Prepare prepare)
    : m_prepare(std::move(prepare))
{ }

QuickTestSetup::~QuickTestSetup() = default;

void QuickTestSetup::applicationAvailable()
{
    QQuickStyle::setStyle(QStringLiteral("Basic"));
    m_dir = std::make_unique<QTemporaryDir>();
    const QString db = m_dir->filePath(QStringLiteral("device.sqlite"));
    const QString media = m_dir->filePath(QStringLiteral("media"));
    QDir().mkpath(media);
    if (m_prepare)
        m_prepare(db);
    m_context
        = std::make_unique<KioskContext>(KioskContext::Options { db, media, QStringLiteral("none"), false, true });
    m_context->installSingletons();
    m_probe = std::make_unique<StoreProbe>(db, media);
    // What a pull brings shows without a restart, as SyncController::contentChanged makes it.
    connect(m_probe.get(), &StoreProbe::contentArrived, this, [this] { m_context->reloadContent(); });
}

void QuickTestSetup::qmlEngineAvailable(QQmlEngine *engine)
{
    engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
    qmlRegisterSingletonInstance("ChorusTest", 1, 0, "Store", m_probe.get());
}

void QuickTestSetup::cleanupTestCase()
{
    m_probe.reset();
    m_context.reset();
    m_dir.reset();
}

} // namespace chorus::test
