// chorus-server: the central sync server. `serve` runs it; every other subcommand is an admin task.

#include "admin.h"
#include "config.h"
#include "dashboard/accountcommands.h"
#include "dashboard/dashboard.h"
#include "dashboard/removalreplay.h"
#include "dashboard/retentionschedule.h"
#include "httpapi.h"
#include "logger.h"
#include "mediastore.h"
#include "net/connectionthreads.h"
#include "net/guardedserver.h"
#include "postgres/pgscrub.h"
#include "scrubschedule.h"
#include "secrets.h"
#include "serverdb.h"

#include <httplib.h>

#include <condition_variable>
#include <csignal>
#include <cstdio>
#include <fstream>
#include <memory>
#include <mutex>
#include <sys/socket.h>
#include <thread>

using namespace chorus::server;

namespace {

int serve(const ServerConfig &config)
{
    log::setQuiet(config.quiet);
    // Signals are taken by one thread with sigwait, so stopping never runs inside a signal handler.
    // Blocked before any thread starts (the retention schedule, the connection threads): a thread
    // started earlier would inherit an open mask, and SIGTERM delivered to it would kill the process.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    ServerDb db(config.database);
    // Twice the warm threads: database work is short, and PostgreSQL's connections are few.
    db.setPoolLimit(static_cast<std::size_t>(config.threads) * 2);
    MediaStore media(config.mediaDir);
    media.setQuota(config.mediaQuotaBytes);
    HttpApi api(db, media, config);

    std::unique_ptr<httplib::Server> server;
    net::GuardedServer *guarded = nullptr;
    if (!config.tlsCert.empty()) {
        // cpp-httplib's TLS server bounds only the wait for each next byte; in front of the public,
        // terminate TLS at the shipped proxy, which buffers whole requests (platforms/server).
        server = std::make_unique<httplib::SSLServer>(config.tlsCert.c_str(), config.tlsKey.c_str());
    } else {
        net::ConnectionLimits limits;
        limits.header = std::chrono::seconds(config.headerTimeoutSeconds);
        limits.body = std::chrono::seconds(config.bodyTimeoutSeconds);
        limits.perAddress = static_cast<std::size_t>(config.maxConnectionsPerAddress);
        auto plain = std::make_unique<net::GuardedServer>(limits, ClientAddress(config.trustedProxies));
        guarded = plain.get();
        server = std::move(plain);
    }
    if (!server->is_valid()) {
        log::error("startup", { { "message", "cannot load the TLS certificate or key" } });
        return 1;
    }
    // `threads` stay warm; a connection beyond them gets a thread of its own, up to the cap.
    const auto warm = static_cast<std::size_t>(config.threads);
    const auto most = static_cast<std::size_t>(config.maxConnections);
    server->new_task_queue = [warm, most] { return new net::ConnectionThreads(warm, most); };
    // Push bodies are limited again after gzip inflation; this bounds what arrives on the wire.
    server->set_payload_max_length(chorus::sync::protocol::kMaxBatchBytes);
    // For the TLS server, which waits this long for each next byte; GuardedServer bounds whole requests.
    server->set_read_timeout(30, 0);
    server->set_write_timeout(30, 0);
    api.install(*server);
    // After a restore, every removal made since the backup is made again before anyone is served.
    if (const auto replayed = chorus::server::dashboard::replayRemovals(db, media); replayed.value("reapplied", 0) > 0)
        log::info("removals-reapplied",
            { { "message", "re-applied removals the restored database did not show (made after its backup)" },
                { "reapplied", replayed["reapplied"] }, { "by_action", replayed["by_action"] } });
    // After install, which creates the tables it reads; destroyed before the database and media.
    chorus::server::dashboard::RetentionSchedule retention(db, media);
    ScrubSchedule scrubs(db, config.scrubDelaySeconds);
    if (db.dialect() == chorus::sql::Dialect::PostgreSQL && postgres::recyclesWal(*db.lease()))
        log::warn("startup",
            { { "message",
                "PostgreSQL runs with wal_recycle = on: old WAL segments are renamed for reuse with their bytes "
                "intact, so removed answers can outlive the scrub in them. Set wal_recycle = off "
                "(docs/operations.md)." } });

    const int port = config.port == 0 ? server->bind_to_any_port(config.host)
                                      : (server->bind_to_port(config.host, config.port) ? config.port : -1);
    if (port < 0) {
        log::error("startup", { { "message", "cannot listen" }, { "host", config.host }, { "port", config.port } });
        return 1;
    }
    if (guarded)
        guarded->widenBacklog(SOMAXCONN);
    if (!config.portFile.empty()) {
        // Written to a temporary name and renamed, so a reader never sees half a number.
        const std::string tmp = config.portFile + ".tmp";
        std::ofstream(tmp) << port << "\n";
        std::rename(tmp.c_str(), config.portFile.c_str());
    }

    std::thread stopper([&] {
        int sig = 0;
        sigwait(&set, &sig);
        log::info("stopping", { { "signal", sig } });
        server->stop();
    });
    stopper.detach();

    // Abandoned partial uploads and media nothing names are swept away hourly, so the disk cannot fill.
    std::mutex sweepMutex;
    std::condition_variable sweepWake;
    bool stopping = false;
    std::thread sweeper([&] {
        std::unique_lock lock(sweepMutex);
        while (!sweepWake.wait_for(lock, std::chrono::hours(1), [&] { return stopping; })) {
            lock.unlock();
            try {
                auto lease = db.lease();
                const auto swept = media.sweep(*lease, nowMs());
                log::info(
                    "media_swept", { { "stale_partial", swept.stalePartial }, { "unreferenced", swept.unreferenced } });
            } catch (const std::exception &e) {
                log::error("media_sweep", { { "message", e.what() } });
            }
            lock.lock();
        }
    });

    log::info("listening",
        { { "host", config.host }, { "port", port }, { "tls", !config.tlsCert.empty() },
            { "database", db.location() } });
    const bool ok = server->listen_after_bind();
    {
        std::lock_guard lock(sweepMutex);
        stopping = true;
    }
    sweepWake.notify_all();
    sweeper.join();
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    std::signal(SIGPIPE, SIG_IGN);
    if (!secrets::init()) {
        std::fprintf(stderr, "chorus-server: libsodium failed to initialise\n");
        return 1;
    }
    std::vector<std::string> args(argv + 1, argv + argc);
    // Asking for help never opens (and so never creates) a database.
    if (args.empty()) {
        printUsage(stderr);
        return 2;
    }
    for (const auto &a : args)
        if (a == "--help" || a == "-h" || a == "help") {
            printUsage(stdout);
            return 0;
        }
    const std::string command = args.front();
    args.erase(args.begin());
    try {
        ServerConfig config = parseConfig(args);
        if (command == "serve")
            return serve(config);
        if (command == "reapply-removals")
            return chorus::server::dashboard::runReplayCommand(config.database, config.mediaDir);
        if (chorus::server::dashboard::isAccountCommand(command))
            return chorus::server::dashboard::runAccountCommand(command, args, config);
        return runAdmin(command, args, config);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "chorus-server %s: %s\n", command.c_str(), e.what());
        return 1;
    }
}
