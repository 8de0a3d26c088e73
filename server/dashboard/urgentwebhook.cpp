#include "urgentwebhook.h"

#include "apierror.h"
#include "clock/hlc.h"
#include "logger.h"

#include <httplib.h>
#include <nlohmann/json.hpp>

#include <chrono>
#include <thread>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

namespace {
// "http://host:port/path" as httplib's client wants it: scheme, host and port; then the path.
bool splitUrl(const std::string &url, std::string &origin, std::string &path)
{
    const auto scheme = url.find("://");
    if (scheme == std::string::npos || (url.compare(0, scheme, "http") != 0 && url.compare(0, scheme, "https") != 0))
        return false;
    const auto slash = url.find('/', scheme + 3);
    origin = url.substr(0, slash);
    path = slash == std::string::npos ? "/" : url.substr(slash);
    return origin.size() > scheme + 3;
}

void deliver(const std::string &url, const std::string &body)
{
    std::string origin, path;
    if (!splitUrl(url, origin, path))
        return;
    auto wait = std::chrono::milliseconds(500);
    for (int attempt = 1; attempt <= UrgentWebhook::kAttempts; ++attempt) {
        httplib::Client client(origin);
        client.set_connection_timeout(5);
        client.set_read_timeout(10);
        const auto r = client.Post(path, body, "application/json");
        if (r && r->status >= 200 && r->status < 300) {
            log::info("urgent-webhook", { { "delivered", true }, { "attempts", attempt } });
            return;
        }
        log::info(
            "urgent-webhook", { { "delivered", false }, { "attempt", attempt }, { "status", r ? r->status : 0 } });
        std::this_thread::sleep_for(wait);
        wait *= 2;
    }
    log::error("urgent-webhook", { { "message", "gave up after every attempt" } });
}
} // namespace

std::string UrgentWebhook::url(sql::Connection &db, const std::string &orgId)
{
    auto s = db.prepare("SELECT url FROM org_webhook WHERE org_id = ?1");
    s.bind(1, orgId);
    return s.step() ? s.text(0) : std::string();
}

void UrgentWebhook::setUrl(sql::Connection &db, const std::string &orgId, const std::string &url)
{
    std::string origin, path;
    if (!url.empty() && (url.size() > 2000 || !splitUrl(url, origin, path)))
        throw ApiError(sync::protocol::ErrorCode::BadRequest, "the webhook is an http:// or https:// address");
    db.transaction([&] {
        db.prepare("DELETE FROM org_webhook WHERE org_id = ?1").bind(1, orgId).run();
        if (!url.empty())
            db.prepare("INSERT INTO org_webhook (org_id, url) VALUES (?1, ?2)").bind(1, orgId).bind(2, url).run();
    });
}

void UrgentWebhook::notify(
    sql::Connection &db, const std::string &orgId, const std::string &recordId, const std::string &source)
{
    const std::string target = url(db, orgId);
    if (target.empty())
        return;
    const std::string body = Json {
        { "event", "urgent" }, { "organisation", orgId }, { "contribution", recordId }, { "source", source },
        { "at", sync::HybridClock::systemWallMs() }
    }.dump();
    // Its own thread with its own copies: the request that marked the answer does not wait.
    std::thread(deliver, target, body).detach();
}

} // namespace chorus::server::dashboard
