// Backups honour later removals, on SQLite and PostgreSQL: a backup is taken, then an answer is
// withdrawn and another redacted; the backup is restored (database and media, as
// platforms/server/README.md says); `reapply-removals` re-applies both from the removal ledger (kept
// beside the media folder, outside what a restore replaces) and says so; a second restore is healed
// by simply starting the server. Afterwards no table or file of the server holds the removed words
// or voice note, and the restored server refuses them if a device sends them again.

#include "../sync/check.h"
#include "canaryscan.h"
#include "dashboardsession.h"
#include "serverharness.h"

#include <cstdlib>

using namespace chorus::test;
namespace fs = std::filesystem;

namespace {
struct Backup {
    fs::path dir;
};

// Puts the backup back as the README says: the database (SQLite file, or psql into an empty
// PostgreSQL database) and the media folder. Returns what `--db` takes for the restored database.
std::string restore(const Backup &backup, const std::string &db, const TempDir &serverDir, const fs::path &media,
    const std::string &name)
{
    fs::remove_all(media);
    fs::copy(backup.dir / "media", media, fs::copy_options::recursive);
    if (!usingPostgres()) {
        fs::copy_file(backup.dir / "chorus.db", db, fs::copy_options::overwrite_existing);
        fs::remove(db + "-wal");
        fs::remove(db + "-shm");
        return db;
    }
    const std::string restored = newServerDatabase(serverDir, name);
    const std::string cmd = "psql -q -v ON_ERROR_STOP=1 -f '" + (backup.dir / "chorus.sql").string() + "' '" + restored
        + "' > /dev/null 2>&1";
    CHECK_EQ(std::system(cmd.c_str()), 0);
    return restored;
}
} // namespace

int main()
{
    TempDir dir, backupDir;
    const std::string db = newServerDatabase(dir, "ledger");
    const fs::path media = dir.path() / "media";
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    const std::string voice = "OggS CANARY-LEDGER-VOICE withdrawn after the backup";
    const std::string sha = sha256Hex(voice);
    {
        ServerProcess server(db, media);
        DashboardSession dash(server, db, org, "admin@example.org", true);
        auto kiosk = enrol(server, db, org, site, "kiosk");
        kiosk->write("contribution", "w-1", { { "text", "CANARY-LEDGER-WITHDRAWN words" }, { "media", { sha } } });
        kiosk->write("contribution", "r-1", { { "text", "CANARY-LEDGER-REDACTED name" } });
        kiosk->write("contribution", "keep", { { "text", "kept words" } });
        CHECK_EQ(kiosk->push().status, 200);
        CHECK_EQ(kiosk
                     ->put("/v1/media/" + sha + "?offset=0", voice,
                         { { "Chorus-Media-Size", std::to_string(voice.size()) } })
                     .status,
            200);
        admin(db, { "backup", backupDir.path().string(), "--media", media.string() });

        // After the backup: one withdrawn, one redacted.
        CHECK_EQ(dash.post("/dashboard/api/contributions/w-1/withdraw").status, 200);
        CHECK_EQ(dash.post("/dashboard/api/contributions/r-1/redact", { { "text", "[name removed]" } }).status, 200);
    }
    CHECK(fs::exists(media.string() + ".removals"));

    // Restore, and see that the backup did bring them back.
    const Backup backup { backupDir.path() };
    std::string restored = restore(backup, db, dir, media, "restored1");
    CHECK(!whereCanaryIs(restored, dir.path(), "CANARY-LEDGER-WITHDRAWN").empty());
    CHECK(!filesContaining(media, "CANARY-LEDGER-VOICE").empty());

    // The command re-applies both and says so; a second run finds nothing left to do.
    const Json replayed = admin(restored, { "reapply-removals", "--media", media.string() });
    CHECK_EQ(replayed.value("reapplied", -1), 2);
    CHECK_EQ(replayed["by_action"].value("withdrawal", 0), 1);
    CHECK_EQ(replayed["by_action"].value("redaction", 0), 1);
    CHECK_EQ(admin(restored, { "reapply-removals", "--media", media.string() }).value("reapplied", -1), 0);
    for (const char *canary : { "CANARY-LEDGER-WITHDRAWN", "CANARY-LEDGER-REDACTED", "CANARY-LEDGER-VOICE" })
        CHECK(whereCanaryIs(restored, dir.path(), canary).empty());

    // Restored again, and the server simply started: it re-applies them before serving.
    restored = restore(backup, db, dir, media, "restored2");
    {
        ServerProcess server(restored, media);
        DashboardSession dash(server, restored, org, "after@example.org");
        CHECK_EQ(dash.get("/dashboard/api/contributions/w-1").status, 404);
        CHECK_EQ(dash.get("/dashboard/api/contributions/r-1").body.value("text", ""), std::string("[name removed]"));
        CHECK_EQ(dash.get("/dashboard/api/contributions/keep").body.value("text", ""), std::string("kept words"));
        for (const char *canary : { "CANARY-LEDGER-WITHDRAWN", "CANARY-LEDGER-REDACTED", "CANARY-LEDGER-VOICE" })
            CHECK(whereCanaryIs(restored, dir.path(), canary).empty());
        // A device enrolled afterwards never receives them.
        auto late = enrol(server, restored, org, site, "coordinator");
        CHECK(late->get("/v1/pull?cursor=0&limit=1000").raw.find("CANARY-LEDGER") == std::string::npos);
    }

    // A crash right after a removal commits (the server SIGKILLs itself there: fault point
    // "push-committed") loses nothing: the ledger line was written before the commit. A backup from
    // before the removal, restored, is healed when the server starts.
    TempDir crashBackupDir;
    std::unique_ptr<Device> kiosk;
    {
        ServerProcess server(restored, media);
        kiosk = enrol(server, restored, org, site, "kiosk");
        kiosk->write("contribution", "crash-1", { { "text", "CANARY-LEDGER-CRASH words" } });
        CHECK_EQ(kiosk->push().status, 200);
    }
    admin(restored, { "backup", crashBackupDir.path().string(), "--media", media.string() });
    ::setenv("CHORUS_FAULT_POINT", "push-committed", 1);
    {
        ServerProcess server(restored, media);
        ::unsetenv("CHORUS_FAULT_POINT");
        kiosk->server = &server;
        kiosk->write("contribution", "crash-1", { { "withdrawn", true } });
        CHECK_EQ(kiosk->push().status, 0); // no answer: the server died as the withdrawal committed
    }
    restored = restore(Backup { crashBackupDir.path() }, restored, dir, media, "restored3");
    CHECK(!whereCanaryIs(restored, dir.path(), "CANARY-LEDGER-CRASH").empty()); // the backup brought it back
    {
        ServerProcess server(restored, media);
        DashboardSession dash(server, restored, org, "crash@example.org");
        CHECK_EQ(dash.get("/dashboard/api/contributions/crash-1").status, 404);
        CHECK(whereCanaryIs(restored, dir.path(), "CANARY-LEDGER-CRASH").empty());
    }

    // The other order: killed after the ledger line is written and before the withdrawal commits
    // (fault point "ledger-appended"). The database never saw the withdrawal; the next start
    // re-applies the line, which is what the person asked for.
    ::setenv("CHORUS_FAULT_POINT", "ledger-appended", 1);
    {
        ServerProcess server(restored, media);
        ::unsetenv("CHORUS_FAULT_POINT");
        auto other = enrol(server, restored, org, site, "kiosk");
        other->write("contribution", "crash-2", { { "text", "CANARY-LEDGER-TORN words" } });
        CHECK_EQ(other->push().status, 200);
        other->write("contribution", "crash-2", { { "withdrawn", true } });
        CHECK_EQ(other->push().status, 0); // no answer: the server died before the commit
    }
    CHECK(!whereCanaryIs(restored, dir.path(), "CANARY-LEDGER-TORN").empty()); // not withdrawn yet
    {
        ServerProcess server(restored, media);
        DashboardSession dash(server, restored, org, "torn@example.org");
        CHECK_EQ(dash.get("/dashboard/api/contributions/crash-2").status, 404);
        CHECK(whereCanaryIs(restored, dir.path(), "CANARY-LEDGER-TORN").empty());
    }
    return tally().finish();
}
