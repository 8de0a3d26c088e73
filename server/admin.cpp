#include "admin.h"

#include "directory.h"
#include "mediastore.h"
#include "sealkeys.h"
#include "serverdb.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <stdexcept>
#include <sys/wait.h>
#include <unistd.h>

namespace chorus::server {

namespace {
using Json = nlohmann::json;

const std::string &arg(const std::vector<std::string> &args, std::size_t i, const char *what)
{
    if (i >= args.size())
        throw std::invalid_argument(std::string("missing ") + what);
    return args[i];
}

std::string flag(const std::vector<std::string> &args, const std::string &name, const std::string &fallback)
{
    for (std::size_t i = 0; i + 1 < args.size(); ++i)
        if (args[i] == name)
            return args[i + 1];
    return fallback;
}

// PostgreSQL: pg_dump's plain SQL, from one snapshot while the server keeps serving.
void dumpPostgres(const std::string &url, const std::filesystem::path &file)
{
    const pid_t pid = ::fork();
    if (pid == 0) {
        // No shell: the URL may hold characters a shell would read.
        ::execlp("pg_dump", "pg_dump", "--no-owner", "--file", file.c_str(), url.c_str(), static_cast<char *>(nullptr));
        ::_exit(127);
    }
    int status = 0;
    if (pid < 0 || ::waitpid(pid, &status, 0) != pid || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
        throw std::runtime_error("pg_dump failed (is the PostgreSQL client installed?); no backup was written");
}

void backup(ServerDb &db, const ServerConfig &config, const std::filesystem::path &target)
{
    namespace fs = std::filesystem;
    if (fs::exists(target / "chorus.db") || fs::exists(target / "chorus.sql"))
        throw std::runtime_error(target.string() + " already holds a backup");
    fs::create_directories(target);
    if (db.dialect() == sql::Dialect::PostgreSQL) {
        dumpPostgres(config.database, target / "chorus.sql");
    } else {
        auto lease = db.lease();
        // VACUUM INTO writes a consistent copy from one read snapshot while the server keeps serving.
        auto s = lease->prepare("VACUUM INTO ?1");
        s.bind(1, (target / "chorus.db").string());
        s.run();
    }
    // Media files are immutable once complete, so copying after the snapshot misses nothing it names.
    if (fs::exists(config.mediaDir))
        fs::copy(config.mediaDir, target / "media", fs::copy_options::recursive);
}

const char *const kUsage
    = R"(usage: chorus-server <command> [--db PATH|postgresql://URL] [--media DIR] [--config FILE] ...
  serve [--host H] [--port N] [--port-file F] [--tls-cert C --tls-key K] [--threads N]
        [--device-rate N --device-burst N] [--enrol-rate N_PER_MINUTE] [--quiet]
        [--trusted-proxy ADDR]... [--metrics-token T] [--header-timeout S] [--body-timeout S]
        [--max-connections N] [--max-connections-per-address N] [--media-quota-mb N]
        [--scrub-delay S]                   (PostgreSQL: seconds from a removal to its scrub, default 600)
  migrate
  create-org NAME
  create-site ORG_ID NAME
  create-coordinator ORG_ID EMAIL           (password from CHORUS_PASSWORD or stdin)
  enrol-code ORG_ID SITE_ID kiosk|outreach|coordinator [--ttl-minutes N]
  revoke-device DEVICE_ID
  list-devices ORG_ID
  seal-key ORG_ID                           (the organisation's current public key, made if it has none)
  rotate-seal-key ORG_ID                    (a new key pair for sealed answers; the old ones still open)
  backup DIR
  sweep-media                               (serve also does this every hour)
  scrub                                     (removed content out of the database's files now; PostgreSQL:
                                             VACUUM FULL, CHECKPOINT, WAL switch; serve does it after removals)
  dashboard-role EMAIL admin|coordinator
  list-coordinators ORG_ID                  (accounts with their role and open sessions)
  end-sessions EMAIL                        (signs the account out everywhere)
  reset-password EMAIL                      (new password from CHORUS_PASSWORD or stdin; ends its sessions)
  remove-coordinator EMAIL
  reapply-removals                          (after restoring a backup: withdrawals, redactions, purges since)
)";
} // namespace

std::string readPassword()
{
    if (const char *env = std::getenv("CHORUS_PASSWORD"))
        return env;
    std::string line;
    std::getline(std::cin, line);
    return line;
}

void printUsage(std::FILE *to)
{
    std::fputs(kUsage, to);
}

int runAdmin(const std::string &command, const std::vector<std::string> &args, const ServerConfig &config)
{
    static const char *const kCommands[] = { "migrate", "create-org", "create-site", "create-coordinator", "enrol-code",
        "revoke-device", "list-devices", "backup", "sweep-media", "seal-key", "rotate-seal-key", "scrub" };
    // An unknown command touches nothing: opening the database would create one in the current folder.
    if (std::find(std::begin(kCommands), std::end(kCommands), command) == std::end(kCommands)) {
        std::fprintf(stderr, "chorus-server: unknown command %s\n", command.c_str());
        printUsage(stderr);
        return 2;
    }
    try {
        ServerDb db(config.database);
        auto lease = db.lease();
        Directory dir(*lease);
        Json out;
        if (command == "migrate") {
            out = { { "schema", ServerDb::kSchemaVersion } };
        } else if (command == "create-org") {
            out = { { "id", dir.createOrganisation(arg(args, 0, "NAME")) } };
        } else if (command == "create-site") {
            out = { { "id", dir.createSite(arg(args, 0, "ORG_ID"), arg(args, 1, "NAME")) } };
        } else if (command == "create-coordinator") {
            out = { { "id", dir.createCoordinator(arg(args, 0, "ORG_ID"), arg(args, 1, "EMAIL"), readPassword()) } };
        } else if (command == "enrol-code") {
            auto role = sync::protocol::roleFromName(arg(args, 2, "ROLE"));
            if (!role)
                throw std::invalid_argument("ROLE must be kiosk, outreach or coordinator");
            const int ttl = std::stoi(flag(args, "--ttl-minutes", "1440"));
            const IssuedCode code = dir.issueEnrolmentCode(arg(args, 0, "ORG_ID"), arg(args, 1, "SITE_ID"), *role, ttl);
            // The QR payload is for `qrencode -o code.png "<qr>"`; the device's scanner reads it back.
            out = { { "code", code.code }, { "expires_at", code.expiresAt }, { "qr", code.qr } };
        } else if (command == "seal-key") {
            const auto pair = SealKeys(*lease).current(arg(args, 0, "ORG_ID"));
            out = SealKeys::describe(pair.publicKey);
            out["fingerprint"] = sync::seal::fingerprintOf(pair.publicKey);
        } else if (command == "rotate-seal-key") {
            const std::string orgId = arg(args, 0, "ORG_ID");
            out = { { "rotated", SealKeys(*lease).rotate(orgId) } };
        } else if (command == "revoke-device") {
            if (!dir.revokeDevice(arg(args, 0, "DEVICE_ID")))
                throw std::runtime_error("no device with id " + args[0]);
            out = { { "revoked", args[0] } };
        } else if (command == "list-devices") {
            out = { { "devices", dir.listDevices(arg(args, 0, "ORG_ID")) } };
        } else if (command == "sweep-media") {
            MediaStore media(config.mediaDir);
            const MediaStore::SweepResult swept = media.sweep(*lease, nowMs());
            out = { { "stale_partial", swept.stalePartial }, { "unreferenced", swept.unreferenced } };
        } else if (command == "scrub") {
            out = { { "scrubbed", db.scrub() } };
        } else if (command == "backup") {
            backup(db, config, arg(args, 0, "DIR"));
            out = { { "backup", args[0] } };
        }
        std::printf("%s\n", out.dump().c_str());
        return 0;
    } catch (const std::invalid_argument &e) {
        std::fprintf(stderr, "chorus-server %s: %s\n%s", command.c_str(), e.what(), kUsage);
        return 2;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "chorus-server %s: %s\n", command.c_str(), e.what());
        return 1;
    }
}

} // namespace chorus::server
