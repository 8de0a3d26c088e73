// chorus-server: the central sync server. `serve` runs it; every other subcommand is an admin task.

#include "admin.h"
#include "config.h"
#include "dashboard/dashboard.h"
#include "dashboard/retentionschedule.h"
#include "httpapi.h"
#include "logger.h"
#include "mediastore.h"
#include "secrets.h"
#include "serverdb.h"

#include <httplib.h>

#include <csignal>
#include <cstdio>
#include <fstream>
#include <memory>
#include <thread>

using namespace chorus::server;

namespace {

int serve(const ServerConfig &config)
{
    log::setQuiet(config.quiet);
    ServerDb db(config.database);
    MediaStore media(config.mediaDir);
    HttpApi api(db, media, config);

    std::unique_ptr<httplib::Server> server;
    if (!config.tlsCert.empty())
        server = std::make_unique<httplib::SSLServer>(config.tlsCert.c_str(), config.tlsKey.c_str());
    else
        server = std::make_unique<httplib::Server>();
    if (!server->is_valid()) {
        log::error("startup", { { "message", "cannot load the TLS certificate or key" } });
        return 1;
    }
    const int threads = config.threads;
    server->new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<std::size_t>(threads)); };
    // Push bodies are limited again after gzip inflation; this bounds what arrives on the wire.
    server->set_payload_max_length(chorus::sync::protocol::kMaxBatchBytes);
    server->set_read_timeout(30, 0);
    server->set_write_timeout(30, 0);
    api.install(*server);
    // After install, which creates the tables it reads; destroyed before the database and media.
    chorus::server::dashboard::RetentionSchedule retention(db, media);

    const int port = config.port == 0 ? server->bind_to_any_port(config.host)
                                      : (server->bind_to_port(config.host, config.port) ? config.port : -1);
    if (port < 0) {
        log::error("startup", { { "message", "cannot listen" }, { "host", config.host }, { "port", config.port } });
        return 1;
    }
    if (!config.portFile.empty()) {
        // Written to a temporary name and renamed, so a reader never sees half a number.
        const std::string tmp = config.portFile + ".tmp";
        std::ofstream(tmp) << port << "\n";
        std::rename(tmp.c_str(), config.portFile.c_str());
    }

    // Signals are taken by one thread with sigwait, so stopping never runs inside a signal handler.
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, nullptr);
    std::thread stopper([&] {
        int sig = 0;
        sigwait(&set, &sig);
        log::info("stopping", { { "signal", sig } });
        server->stop();
    });
    stopper.detach();

    log::info("listening",
        { { "host", config.host }, { "port", port }, { "tls", !config.tlsCert.empty() },
            { "database", db.location() } });
    const bool ok = server->listen_after_bind();
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
    if (args.empty()) {
        return runAdmin("help", {}, ServerConfig {});
    }
    const std::string command = args.front();
    args.erase(args.begin());
    try {
        ServerConfig config = parseConfig(args);
        if (command == "serve")
            return serve(config);
        if (command == "dashboard-role")
            return chorus::server::dashboard::runRoleCommand(args, config);
        return runAdmin(command, args, config);
    } catch (const std::exception &e) {
        std::fprintf(stderr, "chorus-server %s: %s\n", command.c_str(), e.what());
        return 1;
    }
}
