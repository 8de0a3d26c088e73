#include "dashboard.h"

#include "apis.h"
#include "dashboardschema.h"
#include "embeddedweb.h"
#include "privacyschema.h"
#include "router.h"

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
    {
        auto lease = db.lease();
        ensureSchema(*lease);
        ensurePrivacySchema(*lease);
    }
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
    installSummaryApi(*router);
    installThemesApi(*router);
    installCoproductionApi(*router);
    server.Get("/dashboard", [](const httplib::Request &, httplib::Response &res) { res.set_redirect("/dashboard/"); });
    server.Get(R"(/dashboard/([A-Za-z0-9_.-]*))", serveFile);
}

int runRoleCommand(const std::vector<std::string> &args, const ServerConfig &config)
{
    if (args.size() < 2 || (args[1] != "admin" && args[1] != "coordinator")) {
        std::fputs("usage: chorus-server dashboard-role EMAIL admin|coordinator [--db PATH]\n", stderr);
        return 2;
    }
    try {
        ServerDb db(config.database);
        auto lease = db.lease();
        ensureSchema(*lease);
        bool found = false;
        lease->transaction([&] {
            auto s = lease->prepare("SELECT id FROM coordinators WHERE lower(email) = lower(?1)");
            s.bind(1, args[0]);
            if (!s.step())
                return;
            const std::string id = s.text(0);
            s.reset();
            found = true;
            lease
                ->prepare("INSERT INTO dashboard_roles (coordinator_id, role) VALUES (?1, ?2)"
                          " ON CONFLICT (coordinator_id) DO UPDATE SET role = excluded.role")
                .bind(1, id)
                .bind(2, args[1])
                .run();
        });
        if (!found) {
            std::fprintf(stderr, "chorus-server dashboard-role: no coordinator with email %s\n", args[0].c_str());
            return 1;
        }
        std::printf("%s\n", nlohmann::json { { "email", args[0] }, { "role", args[1] } }.dump().c_str());
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "chorus-server dashboard-role: %s\n", e.what());
        return 1;
    }
}

} // namespace chorus::server::dashboard
