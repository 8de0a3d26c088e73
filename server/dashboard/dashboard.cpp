#include "dashboard.h"

#include "apis.h"
#include "embeddedweb.h"
#include "router.h"
#include "urgentwebhook.h"

#include <nlohmann/json.hpp>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace chorus::server::dashboard {

namespace fs = std::filesystem;

namespace {
std::string contentType(const fs::path &p)
{
    const std::string ext = p.extension().string();
    if (ext == ".html")
        return "text/html; charset=utf-8";
    if (ext == ".css")
        return "text/css; charset=utf-8";
    if (ext == ".js")
        return "text/javascript; charset=utf-8";
    if (ext == ".svg")
        return "image/svg+xml";
    if (ext == ".png")
        return "image/png";
    return "application/octet-stream";
}

void sendPage(httplib::Response &res, std::string data, const std::string &type)
{
    res.set_header("Content-Security-Policy",
        "default-src 'self'; img-src 'self' data:; media-src 'self'; style-src 'self';"
        " script-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
    res.set_header("X-Content-Type-Options", "nosniff");
    res.set_header("Referrer-Policy", "no-referrer");
    res.set_header("Cache-Control", "no-cache");
    res.set_content(std::move(data), type.c_str());
}

void serveFile(const httplib::Request &req, httplib::Response &res)
{
    std::string rel = req.matches.size() > 1 ? req.matches[1].str() : std::string();
    if (rel.empty())
        rel = "index.html";
    const fs::path dir = webRoot();
    if (dir.empty()) {
        const auto &files = embeddedWebFiles();
        if (auto it = files.find(rel); it != files.end())
            return sendPage(res, std::string(it->second), contentType(rel));
        return Router::sendError(res, 404, "not_found", "no such page");
    }
    const fs::path root = fs::weakly_canonical(dir);
    const fs::path file = fs::weakly_canonical(root / rel);
    // Only files inside the web folder: ".." and symlinks out of it are not served.
    const auto [r, f] = std::mismatch(root.begin(), root.end(), file.begin(), file.end());
    std::ifstream in(file, std::ios::binary);
    if (r != root.end() || !fs::is_regular_file(file) || !in)
        return Router::sendError(res, 404, "not_found", "no such page");
    sendPage(
        res, std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>()), contentType(file));
}
} // namespace

fs::path webRoot()
{
    if (const char *dir = std::getenv("CHORUS_DASHBOARD_DIR"); dir && *dir)
        return dir;
    return {};
}

void install(httplib::Server &server, ServerDb &db, MediaStore &media, const ServerConfig &config)
{
    // Webhook calls still pending when the server last stopped.
    (void)UrgentWebhook::resumePending(db);
    auto router
        = std::make_shared<Router>(server, db, media, !config.tlsCert.empty(), ClientAddress(config.trustedProxies));
    router->installSessionRoutes();
    installPromptsApi(*router);
    installReviewApi(*router);
    installOutcomesApi(*router);
    installWithdrawalApi(*router);
    installDevicesApi(*router);
    installExportApi(*router);
    installConflictsApi(*router);
    installCoordinatorsApi(*router);
    installRedactionApi(*router);
    installRetentionApi(*router);
    installSubjectAccessApi(*router);
    installContactBackApi(*router);
    installUrgentApi(*router);
    installHelpWordsApi(*router);
    installSummaryApi(*router);
    installReportApi(*router);
    installThemesApi(*router);
    installWorkersApi(*router);
    installOutreachSessionsApi(*router);
    installCoproductionApi(*router);
    installPictureCardsApi(*router);
    server.Get("/dashboard", [](const httplib::Request &, httplib::Response &res) { res.set_redirect("/dashboard/"); });
    server.Get(R"(/dashboard/([A-Za-z0-9_.-]*))", serveFile);
}

} // namespace chorus::server::dashboard
