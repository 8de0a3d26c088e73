// Runs tests/qmloutreach/tst_*.qml against the real wiring of an outreach tablet: a KioskContext
// over a temporary device store enrolled as outreach, holding two workers published as the server
// sends them (Aled, PIN 2468; Noor, PIN 97531), plus a StoreProbe to look at what was saved.

#include "outreachseed.h"
#include "quicktestsetup.h"

#include <QQuickWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(ChorusPlugin)

int main(int argc, char **argv)
{
    QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    QTEST_SET_MAIN_SOURCE_PATH
    chorus::test::QuickTestSetup setup(chorus::test::seedOutreachTablet);
    return quick_test_main_with_setup(argc, argv, "outreachflow", QUICK_TEST_SOURCE_DIR, &setup);
}
