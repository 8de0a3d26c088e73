// Runs the tst_*.qml Qt Quick Tests against the real wiring: a KioskContext over a temporary
// device store (demo content, silent speech), plus a StoreProbe to look at what was saved.

#include "quicktestsetup.h"

#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QTEST_SET_MAIN_SOURCE_PATH
    chorus::test::QuickTestSetup setup;
    return quick_test_main_with_setup(argc, argv, "kioskflow", QUICK_TEST_SOURCE_DIR, &setup);
}
