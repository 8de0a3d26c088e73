// Runs the tst_*.qml Qt Quick Tests against the real wiring: a KioskContext over a temporary
// device store (demo content, silent speech), plus a StoreProbe to look at what was saved.

#include "controllers/kioskcontext.h"
#include "storeprobe.h"

#include <QQmlEngine>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

class Setup : public QObject {
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        QQuickStyle::setStyle(QStringLiteral("Basic"));
        m_dir = std::make_unique<QTemporaryDir>();
        const QString db = m_dir->filePath(QStringLiteral("device.sqlite"));
        const QString media = m_dir->filePath(QStringLiteral("media"));
        QDir().mkpath(media);
        m_context = std::make_unique<chorus::KioskContext>(
            chorus::KioskContext::Options{db, media, QStringLiteral("none"), false, true});
        m_context->installSingletons();
        m_probe = std::make_unique<chorus::StoreProbe>(db, media);
        // What a pull brings shows without a restart, as SyncController::contentChanged makes it.
        connect(m_probe.get(), &chorus::StoreProbe::contentArrived, this, [this] { m_context->reloadContent(); });
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        qmlRegisterSingletonInstance("ChorusTest", 1, 0, "Store", m_probe.get());
    }

    void cleanupTestCase()
    {
        m_probe.reset();
        m_context.reset();
        m_dir.reset();
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<chorus::KioskContext> m_context;
    std::unique_ptr<chorus::StoreProbe> m_probe;
};

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QTEST_SET_MAIN_SOURCE_PATH
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "kioskflow", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_kioskflow.moc"
