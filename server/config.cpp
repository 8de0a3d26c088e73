#include "config.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <stdexcept>

namespace chorus::server {

namespace {
void applyJson(ServerConfig &c, const nlohmann::json &j)
{
    c.database = j.value("database", c.database);
    c.mediaDir = j.value("media_dir", c.mediaDir);
    c.host = j.value("host", c.host);
    c.port = j.value("port", c.port);
    c.tlsCert = j.value("tls_cert", c.tlsCert);
    c.tlsKey = j.value("tls_key", c.tlsKey);
    c.threads = j.value("threads", c.threads);
    c.deviceRequestsPerSecond = j.value("device_requests_per_second", c.deviceRequestsPerSecond);
    c.deviceBurst = j.value("device_burst", c.deviceBurst);
    c.enrolPerMinute = j.value("enrol_per_minute", c.enrolPerMinute);
    c.trustedProxies = j.value("trusted_proxies", c.trustedProxies);
    c.metricsToken = j.value("metrics_token", c.metricsToken);
    c.headerTimeoutSeconds = j.value("header_timeout_seconds", c.headerTimeoutSeconds);
    c.bodyTimeoutSeconds = j.value("body_timeout_seconds", c.bodyTimeoutSeconds);
    c.maxConnections = j.value("max_connections", c.maxConnections);
    c.maxConnectionsPerAddress = j.value("max_connections_per_address", c.maxConnectionsPerAddress);
    c.mediaQuotaBytes = j.value("media_quota_mb", c.mediaQuotaBytes >> 20) << 20;
    c.scrubDelaySeconds = j.value("scrub_delay_seconds", c.scrubDelaySeconds);
}

int toInt(const std::string &flag, const std::string &value)
{
    try {
        std::size_t used = 0;
        const int v = std::stoi(value, &used);
        if (used == value.size())
            return v;
    } catch (const std::exception &) { }
    throw std::runtime_error(flag + " needs a whole number, not " + value);
}
} // namespace

ServerConfig parseConfig(std::vector<std::string> &args)
{
    ServerConfig c;
    std::vector<std::string> rest;
    // The config file first, so flags given anywhere on the line override it.
    for (std::size_t i = 0; i + 1 < args.size(); ++i) {
        if (args[i] != "--config")
            continue;
        std::ifstream in(args[i + 1]);
        if (!in)
            throw std::runtime_error("cannot read config file " + args[i + 1]);
        try {
            applyJson(c, nlohmann::json::parse(in));
        } catch (const nlohmann::json::exception &e) {
            throw std::runtime_error("config file " + args[i + 1] + ": " + e.what());
        }
    }
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string &a = args[i];
        auto value = [&]() -> std::string {
            if (i + 1 >= args.size())
                throw std::runtime_error(a + " needs a value");
            return args[++i];
        };
        if (a == "--config")
            (void)value();
        else if (a == "--db")
            c.database = value();
        else if (a == "--media")
            c.mediaDir = value();
        else if (a == "--host")
            c.host = value();
        else if (a == "--port")
            c.port = toInt(a, value());
        else if (a == "--port-file")
            c.portFile = value();
        else if (a == "--tls-cert")
            c.tlsCert = value();
        else if (a == "--tls-key")
            c.tlsKey = value();
        else if (a == "--threads")
            c.threads = toInt(a, value());
        else if (a == "--device-rate")
            c.deviceRequestsPerSecond = toInt(a, value());
        else if (a == "--device-burst")
            c.deviceBurst = toInt(a, value());
        else if (a == "--enrol-rate")
            c.enrolPerMinute = toInt(a, value());
        else if (a == "--trusted-proxy")
            c.trustedProxies.push_back(value());
        else if (a == "--metrics-token")
            c.metricsToken = value();
        else if (a == "--header-timeout")
            c.headerTimeoutSeconds = toInt(a, value());
        else if (a == "--body-timeout")
            c.bodyTimeoutSeconds = toInt(a, value());
        else if (a == "--max-connections")
            c.maxConnections = toInt(a, value());
        else if (a == "--max-connections-per-address")
            c.maxConnectionsPerAddress = toInt(a, value());
        else if (a == "--media-quota-mb")
            c.mediaQuotaBytes = std::int64_t(toInt(a, value())) << 20;
        else if (a == "--scrub-delay")
            c.scrubDelaySeconds = toInt(a, value());
        else if (a == "--quiet")
            c.quiet = true;
        else
            rest.push_back(a);
    }
    if (c.threads < 1 || c.threads > 256)
        throw std::runtime_error("--threads must be 1 to 256");
    if (c.headerTimeoutSeconds < 1 || c.bodyTimeoutSeconds < 1)
        throw std::runtime_error("--header-timeout and --body-timeout must be at least 1 second");
    if (c.maxConnections < 1 || c.maxConnectionsPerAddress < 1)
        throw std::runtime_error("--max-connections and --max-connections-per-address must be at least 1");
    if (c.scrubDelaySeconds < 0)
        throw std::runtime_error("--scrub-delay must be 0 or more seconds");
    if (c.mediaQuotaBytes < 1)
        throw std::runtime_error("--media-quota-mb must be at least 1");
    if (c.tlsCert.empty() != c.tlsKey.empty())
        throw std::runtime_error("TLS needs both --tls-cert and --tls-key");
    args = rest;
    return c;
}

} // namespace chorus::server
