#include "logger.h"

#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>

namespace chorus::server::log {

namespace {
std::mutex g_mutex;
std::atomic<bool> g_quiet { false };

void write(std::string_view level, std::string_view event, nlohmann::json fields)
{
    if (g_quiet && level == "info")
        return;
    using namespace std::chrono;
    fields["ts"] = duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
    fields["level"] = level;
    fields["event"] = event;
    // Replace, not throw, on bad UTF-8 from a client: a log line must never take the server down.
    const std::string line = fields.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    std::lock_guard lock(g_mutex);
    std::fprintf(stderr, "%s\n", line.c_str());
}
} // namespace

void info(std::string_view event, nlohmann::json fields)
{
    write("info", event, std::move(fields));
}

void warn(std::string_view event, nlohmann::json fields)
{
    write("warn", event, std::move(fields));
}

void error(std::string_view event, nlohmann::json fields)
{
    write("error", event, std::move(fields));
}

void setQuiet(bool quiet)
{
    g_quiet = quiet;
}

} // namespace chorus::server::log
