// bench_sync: helpers for bench/run's whole-process figures (never run by ctest).
//   fill --db FILE --count N [--voice-notes K --voice-bytes B]   realistic contributions into a device store
//   baseline --dir DIR --count N                                 the same rows straight into SQLite, one transaction
//   devices --server URL --codes FILE --dir DIR [--contributions 50 --voice-bytes B --seconds S --settle S]
//                                                                many enrolled devices syncing at once (S: a soak)
//   media --db FILE --server URL [--bytes B]                     5 MB voice upload, then a cut at its middle and resume

#include "benchsync.h"
#include "storage/storageerror.h"

#include <QCoreApplication>

#include <cstdio>
#include <exception>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: bench_sync fill|baseline|devices|media [--name value ...]\n");
        return 2;
    }
    const QString command = args.takeFirst();
    const auto opt = chorus::bench::options(args);
    try {
        if (command == QLatin1String("fill"))
            return chorus::bench::runFill(opt);
        if (command == QLatin1String("baseline"))
            return chorus::bench::runBaseline(opt);
        if (command == QLatin1String("devices"))
            return chorus::bench::runDevices(opt);
        if (command == QLatin1String("media"))
            return chorus::bench::runMedia(opt);
    } catch (const chorus::StorageError &e) {
        std::fprintf(stderr, "bench_sync: %s\n", qPrintable(e.userMessage()));
        return 1;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "bench_sync: %s\n", e.what());
        return 1;
    }
    std::fprintf(stderr, "bench_sync: unknown command %s\n", qPrintable(command));
    return 2;
}
