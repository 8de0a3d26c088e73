// A removal leaves the server's files by itself, without anyone running `chorus-server scrub`: on
// PostgreSQL, `serve` runs the scrub once the removal has waited --scrub-delay (here 1 s), and only
// then is the withdrawn answer gone from the cluster's files (tables, indexes, WAL); the server
// goes on taking answers afterwards. On SQLite the withdrawal clears its traces at once.

#include "../sync/check.h"
#include "canaryscan.h"
#include "dashboardsession.h"
#include "serverharness.h"

#include <chrono>
#include <fstream>
#include <thread>

using namespace chorus::test;
namespace fs = std::filesystem;

namespace {
const std::string kCanary = "CANARY-SCRUB-Rowan owes rent on flat 9";

std::string readAll(const fs::path &file)
{
    std::ifstream in(file);
    return { std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>() };
}
} // namespace

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "scrubschedule");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    const fs::path log = dir.path() / "server.log";
    ServerProcess server(db, dir.path() / "media", { "--scrub-delay", "1" }, log);
    DashboardSession dash(server, db, org, "admin@example.org", true);
    auto kiosk = enrol(server, db, org, site, "kiosk");

    kiosk->write("contribution", "s-1", { { "text", kCanary }, { "format", "write" } });
    CHECK_EQ(kiosk->push().status, 200);
    CHECK_EQ(dash.post("/dashboard/api/contributions/s-1/withdraw").status, 200);
    CHECK(tablesContaining(db, "CANARY-SCRUB").empty());

    if (usingPostgres()) {
        // The withdrawal committed, but its bytes are still in the cluster's files until the scrub.
        bool gone = false;
        for (int i = 0; i < 600 && !gone; ++i) {
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
            gone = postgresFilesContaining(db, "CANARY-SCRUB").empty();
        }
        CHECK(gone);
        // Failures are logged even by a quiet server: there were none.
        CHECK(readAll(log).find("\"event\":\"scrub\"") == std::string::npos);
        // The test cluster deletes old WAL segments, so serve did not warn about recycling.
        CHECK(readAll(log).find("wal_recycle") == std::string::npos);
    } else {
        CHECK(filesContaining(dir.path(), "CANARY-SCRUB").empty());
    }

    // Still taking answers after the scrub rewrote its tables.
    kiosk->write("contribution", "s-2", { { "text", "after the scrub" }, { "format", "write" } });
    CHECK_EQ(kiosk->push().status, 200);
    return tally().finish();
}
