// chorus-cli: a headless tool over the same core as the kiosk, for administrators, tests and benchmarks.

#include "cli/commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chorus-cli"));
    return chorus::cli::run(QCoreApplication::arguments());
}
