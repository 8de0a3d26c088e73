// bench_sync devices: many enrolled devices, each with its own store of contributions and a voice
// note, all syncing at once against one chorus-server; every request is timed. With --seconds S it
// is a soak: each device keeps writing --contributions more and syncing until S seconds have
// passed, then syncs once more so that nothing is left in its outbox (retrying that last sync for up
// to --settle seconds). A failed sync is followed by a 1–2 s pause, as the app backs off.

#include "benchsync.h"
#include "client/curltransport.h"
#include "client/syncengine.h"
#include "storage/devicestore.h"
#include "sync/devicesync.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <latch>
#include <random>
#include <thread>

namespace chorus::bench {

namespace {

QString storePath(const QString &dir, int device)
{
    return QDir(dir).filePath(QStringLiteral("device-%1/store.db").arg(device));
}

// Runs fn(i) for i in [0, n) on `threads` threads.
template<typename Fn>
void parallelFor(int n, int threads, Fn fn)
{
    std::atomic<int> next { 0 };
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
        pool.emplace_back([&] {
            for (int i = next++; i < n; i = next++)
                fn(i);
        });
    for (auto &t : pool)
        t.join();
}

} // namespace

int runDevices(const std::map<QString, QString> &opt)
{
    const QString server = opt.at(QStringLiteral("server"));
    const QString dir = opt.at(QStringLiteral("dir"));
    const int contributions
        = opt.count(QStringLiteral("contributions")) ? opt.at(QStringLiteral("contributions")).toInt() : 50;
    const qint64 voiceBytes
        = opt.count(QStringLiteral("voice-bytes")) ? opt.at(QStringLiteral("voice-bytes")).toLongLong() : 64 * 1024;
    const double soakSeconds = opt.count(QStringLiteral("seconds")) ? opt.at(QStringLiteral("seconds")).toDouble() : 0;
    // How long a device keeps retrying its last sync (after a busy server or a lost instance).
    const double settleSeconds = opt.count(QStringLiteral("settle")) ? opt.at(QStringLiteral("settle")).toDouble() : 0;
    QFile codesFile(opt.at(QStringLiteral("codes")));
    if (!codesFile.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read the codes file");
    const QStringList codes = QString::fromUtf8(codesFile.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const int n = static_cast<int>(codes.size());

    // Untimed: every device gets its store, contributions, voice note and enrolment.
    std::atomic<int> setupErrors { 0 };
    const auto setupStart = Clock::now();
    parallelFor(n, 4, [&](int i) {
        const QString path = storePath(dir, i);
        QDir().mkpath(QFileInfo(path).absolutePath());
        auto store = DeviceStore::open(path);
        const QString media = DeviceSync::defaultMediaDir(path);
        QDir().mkpath(media);
        fillStore(*store, media, 0, contributions, contributions, 1, voiceBytes);
        auto transport = DeviceSync::transport(server, {});
        sync::client::SyncEngine engine(DeviceSync::engineStore(*store, media), *transport);
        const auto r
            = engine.enrol(server.toStdString(), codes[i].trimmed().toStdString(), "bench device " + std::to_string(i));
        if (!r.ok) {
            ++setupErrors;
            std::fprintf(stderr, "bench_sync devices: enrolment %d failed: %s\n", i, r.message.c_str());
        }
    });
    const double setupSeconds = secondsSince(setupStart);

    std::vector<double> millis;
    std::mutex mutex;
    std::atomic<int> errors { 0 };
    // Errors of each device's last sync: a device whose last sync failed has not converged.
    std::atomic<int> finalErrors { 0 };
    std::atomic<int> pushed { 0 };
    std::atomic<int> media { 0 };
    std::atomic<int> syncs { 0 };
    std::atomic<int> written { n * contributions };
    std::string firstError;
    std::latch ready(n + 1);
    std::vector<std::thread> devices;
    devices.reserve(static_cast<size_t>(n));
    Clock::time_point start;
    for (int i = 0; i < n; ++i)
        devices.emplace_back([&, i] {
            const QString path = storePath(dir, i);
            auto store = DeviceStore::open(path);
            const QString mediaDir = DeviceSync::defaultMediaDir(path);
            auto transport = DeviceSync::transport(server, {});
            TimedTransport timed(*transport, millis, mutex);
            sync::client::SyncEngine engine(DeviceSync::engineStore(*store, mediaDir), timed);
            ready.arrive_and_wait();
            std::minstd_rand jitter(static_cast<unsigned>(i) + 1);
            // Returns whether the sync finished; after a failure the device waits 1 to 2 s, as the
            // app's scheduler backs off, rather than hammering a server that said it is busy.
            auto syncOnce = [&]() -> bool {
                const auto r = engine.sync();
                ++syncs;
                pushed += r.pushed;
                media += r.mediaSent;
                if (r.status == sync::client::SyncStatus::Done)
                    return true;
                {
                    std::lock_guard lock(mutex);
                    if (errors++ == 0)
                        firstError = std::string(sync::client::statusName(r.status)) + ": " + r.message;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(1000 + jitter() % 1000));
                return false;
            };
            // The last sync, retried for up to --settle seconds after the run.
            auto settle = [&] {
                const auto end = Clock::now() + std::chrono::milliseconds(static_cast<long>(settleSeconds * 1000));
                bool done = syncOnce();
                while (!done && Clock::now() < end)
                    done = syncOnce();
                if (!done)
                    ++finalErrors;
            };
            if (soakSeconds <= 0) {
                settle();
                return;
            }
            syncOnce();
            for (int round = 1; secondsSince(start) < soakSeconds; ++round) {
                fillStore(*store, mediaDir, round * contributions, contributions, contributions);
                written += contributions;
                syncOnce();
            }
            settle();
        });
    start = Clock::now();
    ready.arrive_and_wait();
    for (auto &t : devices)
        t.join();
    const double seconds = secondsSince(start);
    std::sort(millis.begin(), millis.end());
    std::printf("%s\n",
        nlohmann::json { { "devices", n }, { "setup_errors", setupErrors.load() }, { "setup_seconds", setupSeconds },
            { "errors", errors.load() }, { "final_errors", finalErrors.load() }, { "first_error", firstError }, { "pushed", pushed.load() },
            { "media_sent", media.load() }, { "syncs", syncs.load() }, { "written", written.load() },
            { "requests", millis.size() }, { "p50_ms", quantile(millis, 0.50) },
            { "p99_ms", quantile(millis, 0.99) }, { "max_ms", millis.empty() ? 0.0 : millis.back() },
            { "seconds", seconds }, { "contributions_per_second", pushed.load() / seconds } }
            .dump()
            .c_str());
    return errors.load() == 0 && setupErrors.load() == 0 ? 0 : 1;
}

} // namespace chorus::bench
