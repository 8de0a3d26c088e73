// chorus-cli: a headless tool over the same core as the kiosk, for administrators, tests and benchmarks.

#include "cli/commands.h"

#include <QCoreApplication>

#include <sys/stat.h>

int main(int argc, char *argv[])
{
    // A device store and its media are for this user only.
    ::umask(0077);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("chorus-cli"));
    return chorus::cli::run(QCoreApplication::arguments());
}
