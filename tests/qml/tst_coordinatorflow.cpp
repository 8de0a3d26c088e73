// Runs tests/qmlcoordinator/tst_*.qml against the real wiring of a coordinator device: a KioskContext
// over a temporary device store enrolled as a coordinator, plus a StoreProbe.

#include "quicktestsetup.h"

#include "client/enginestore.h"
#include "storage/devicestore.h"

#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QTEST_SET_MAIN_SOURCE_PATH
    chorus::test::QuickTestSetup setup([](const QString &db) {
        auto store = chorus::DeviceStore::open(db);
        store->write([&] { store->state().set(chorus::sync::client::statekey::kRole, "coordinator"); });
    });
    return quick_test_main_with_setup(argc, argv, "coordinatorflow", QUICK_TEST_SOURCE_DIR, &setup);
}
