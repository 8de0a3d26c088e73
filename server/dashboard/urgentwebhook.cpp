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

// Runs on its own thread with its own database connection: the request that marked the answer does
// not wait, and the server's connection pool may be gone by the time a retry succeeds.
void deliver(const std::string &databaseUrl, std::int64_t pendingId, const std::string &url, const std::string &body)
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
            try {
                auto db = ServerDb::connect(databaseUrl);
                db->transaction(
                    [&] { db->prepare("DELETE FROM urgent_webhook_pending WHERE id = ?1").bind(1, pendingId).run(); });
            } catch (const std::exception &e) {
                // Kept, so sent again after a restart: a receiver may see a call twice, never miss one.
                log::error("urgent-webhook", { { "message", std::string("delivered but still kept: ") + e.what() } });
            }
            return;
        }
        log::info(
            "urgent-webhook", { { "delivered", false }, { "attempt", attempt }, { "status", r ? r->status : 0 } });
        std::this_thread::sleep_for(wait);
        wait *= 2;
    }
    log::error("urgent-webhook", { { "message", "gave up after every attempt; kept for the next start" } });
}

void start(ServerDb &server, std::int64_t pendingId, const std::string &url, const std::string &body)
{
    std::thread(deliver, server.url(), pendingId, url, body).detach();
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

void UrgentWebhook::notify(ServerDb &server, sql::Connection &db, const std::string &orgId, const std::string &recordId,
    const std::string &source)
{
    const std::string target = url(db, orgId);
    if (target.empty())
        return;
    const std::string body = Json {
        { "event", "urgent" }, { "organisation", orgId }, { "contribution", recordId }, { "source", source },
        { "at", sync::HybridClock::systemWallMs() }
    }.dump();
    std::int64_t pendingId = 0;
    db.transaction([&] {
        auto insert = db.prepare(
            "INSERT INTO urgent_webhook_pending (org_id, body, created_at) VALUES (?1, ?2, ?3) RETURNING id");
        insert.bind(1, orgId).bind(2, body).bind(3, sync::HybridClock::systemWallMs());
        if (insert.step())
            pendingId = insert.integer(0);
    });
    start(server, pendingId, target, body);
}

int UrgentWebhook::resumePending(ServerDb &server)
{
    struct Pending {
        std::int64_t id;
        std::string orgId, body;
    };
    std::vector<Pending> pending;
    auto db = server.lease();
    {
        auto s = db->prepare("SELECT id, org_id, body FROM urgent_webhook_pending ORDER BY id");
        while (s.step())
            pending.push_back({ s.integer(0), s.text(1), s.text(2) });
    }
    int resumed = 0;
    for (const auto &p : pending) {
        // To the address the organisation has now; none any more: the call is dropped.
        const std::string target = url(*db, p.orgId);
        if (target.empty()) {
            db->transaction(
                [&] { db->prepare("DELETE FROM urgent_webhook_pending WHERE id = ?1").bind(1, p.id).run(); });
            continue;
        }
        start(server, p.id, target, p.body);
        ++resumed;
    }
    if (resumed > 0)
        log::info("urgent-webhook", { { "resumed", resumed } });
    return resumed;
}

} // namespace chorus::server::dashboard
