// chorus-server over loopback: enrolment, protocol versions, push and pull, idempotent replay,
// whole-or-nothing batches, scope between roles and organisations, revocation, bad input, limits.

#include "../sync/check.h"
#include "serverharness.h"

#include <zlib.h>

#include <fstream>

using namespace chorus::test;

namespace {

struct World {
    TempDir dir;
    std::string db = newServerDatabase(dir, "chorus");
    std::string orgA, siteA, orgB, siteB;
    std::unique_ptr<ServerProcess> server;
    World(std::vector<std::string> extra = {})
    {
        orgA = admin(db, { "create-org", "Org A" })["id"];
        siteA = admin(db, { "create-site", orgA, "Drop-in A" })["id"];
        orgB = admin(db, { "create-org", "Org B" })["id"];
        siteB = admin(db, { "create-site", orgB, "Drop-in B" })["id"];
        server = std::make_unique<ServerProcess>(db, dir.path() / "media", std::move(extra));
    }
};

std::string gzip(const std::string &in)
{
    z_stream z {};
    deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    std::string out(deflateBound(&z, in.size()) + 32, '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = static_cast<uInt>(in.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

std::string errorCode(const Response &r)
{
    return r.body.is_object() && r.body.contains("error") ? r.body["error"].value("code", "") : "";
}

void testEnrolment(World &w)
{
    const Json code = admin(w.db, { "enrol-code", w.orgA, w.siteA, "kiosk" });
    auto c = w.server->client();
    // Typed loosely: lower case, no dash.
    std::string loose = code["code"].get<std::string>();
    loose.erase(5, 1);
    for (auto &ch : loose)
        ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto first = c->Post("/v1/enrol", Json { { "code", loose }, { "name", "kiosk 1" } }.dump(), "application/json");
    CHECK(first && first->status == 200);
    const Json j = Json::parse(first->body);
    CHECK_EQ(j["role"], "kiosk");
    CHECK_EQ(j["organisation"]["id"], w.orgA);
    CHECK_EQ(j["token"].get<std::string>().size(), 64u);
    auto again = c->Post("/v1/enrol", Json { { "code", code["code"] } }.dump(), "application/json");
    CHECK(again && again->status == 403 && Json::parse(again->body)["error"]["code"] == "enrolment_invalid");
    auto bogus = c->Post("/v1/enrol", Json { { "code", "AAAAA-AAAAA" } }.dump(), "application/json");
    CHECK(bogus && bogus->status == 403);

    // An expired code is refused: age it in the database as time would.
    const Json old = admin(w.db, { "enrol-code", w.orgA, w.siteA, "kiosk" });
    {
        auto db = openServerDatabase(w.db);
        db->exec("UPDATE enrolment_codes SET expires_at = 1 WHERE used_at IS NULL");
    }
    auto expired = c->Post("/v1/enrol", Json { { "code", old["code"] } }.dump(), "application/json");
    CHECK(expired && expired->status == 403);

    // The token works, and only its hash is stored.
    Device d(*w.server, j["token"], j["device_id"]);
    CHECK_EQ(d.get("/v1/pull").status, 200);
    auto db = openServerDatabase(w.db);
    auto s = db->prepare("SELECT count(*) FROM devices WHERE token_hash = ?1");
    s.bind(1, j["token"].get<std::string>());
    CHECK(s.step() && s.integer(0) == 0);
    Device stranger(*w.server, std::string(64, 'a'), "x");
    CHECK_EQ(stranger.get("/v1/pull").status, 401);
}

void testProtocolVersion(World &w)
{
    auto d = enrol(*w.server, w.db, w.orgA, w.siteA, "outreach");
    httplib::Client c("127.0.0.1", w.server->port());
    auto none = c.Get("/v1/pull", { { "Authorization", "Bearer " + d->token } });
    CHECK(none && none->status == 426 && Json::parse(none->body)["error"]["code"] == "update_needed");
    auto future = c.Get("/v1/pull", { { "Authorization", "Bearer " + d->token }, { "Chorus-Protocol", "99" } });
    CHECK(future && future->status == 400 && Json::parse(future->body)["error"]["code"] == "protocol_too_new");
    auto health = c.Get("/v1/health");
    CHECK(health && health->status == 200 && Json::parse(health->body)["status"] == "ok");
}

void testPushPullReplay(World &w)
{
    auto out = enrol(*w.server, w.db, w.orgA, w.siteA, "outreach");
    out->write("contribution", "rec-1", { { "text", "The bus is late" }, { "rating", 2 }, { "format", "write" } });
    out->write("contribution", "rec-2", { { "rating", 5 }, { "format", "faces" } });
    const Json batch { { "batch", "replay-1" },
        { "changes", { chorus::sync::toJson(out->outbox[0]), chorus::sync::toJson(out->outbox[1]) } } };
    Response first = out->post("/v1/push", batch.dump());
    CHECK_EQ(first.status, 200);
    CHECK_EQ(first.body["accepted"].size(), 2u);
    Response replay = out->post("/v1/push", batch.dump());
    CHECK_EQ(replay.status, 200);
    first.body.erase("server_time");
    replay.body.erase("server_time");
    CHECK_EQ(replay.body, first.body);
    // The same changes in a new batch are accepted again without applying twice.
    Response rebatched
        = out->post("/v1/push", Json { { "batch", "replay-2" }, { "changes", batch["changes"] } }.dump());
    CHECK_EQ(rebatched.body["accepted"].size(), 2u);
    out->outbox.clear();

    auto coord = enrol(*w.server, w.db, w.orgA, w.siteA, "coordinator");
    Response pulled = coord->pullAll(1);
    CHECK_EQ(pulled.status, 200);
    CHECK_EQ(fieldOf(coord->read("contribution", "rec-1"), "text"), "The bus is late");
    CHECK_EQ(fieldOf(coord->read("contribution", "rec-2"), "rating"), 5);
    // Exactly two log entries exist for the two changes, however often they were sent.
    Response all = coord->get("/v1/pull?cursor=0&limit=1000");
    int entries = 0;
    for (const auto &c : all.body["changes"])
        entries += c["record"] == "rec-1" || c["record"] == "rec-2";
    CHECK_EQ(entries, 2);

    // gzip bodies are accepted.
    out->write("contribution", "rec-3", { { "text", "compressed" } });
    const std::string plain
        = Json { { "batch", "gz-1" }, { "changes", { chorus::sync::toJson(out->outbox[0]) } } }.dump();
    Response gz = out->post("/v1/push", gzip(plain), "gzip");
    CHECK_EQ(gz.status, 200);
    CHECK_EQ(gz.body["accepted"].size(), 1u);
    out->outbox.clear();
}

void testBatchIsWholeOrNothing(World &w)
{
    auto out = enrol(*w.server, w.db, w.orgA, w.siteA, "outreach");
    out->write("contribution", "atomic-1", { { "text", "fine" } });
    Json bad = chorus::sync::toJson(out->write("contribution", "atomic-2", { { "text", "also fine" } }));
    bad["fields"]["rating"] = { { "value", 9 }, { "version", bad["fields"]["text"]["version"] } };
    const Json batch { { "batch", "atomic" }, { "changes", { chorus::sync::toJson(out->outbox[0]), bad } } };
    Response r = out->post("/v1/push", batch.dump());
    CHECK_EQ(r.status, 422);
    CHECK_EQ(errorCode(r), "invalid_change");
    CHECK_EQ(r.body["index"], 1);
    auto coord = enrol(*w.server, w.db, w.orgA, w.siteA, "coordinator");
    coord->pullAll();
    CHECK(!coord->read("contribution", "atomic-1").has_value());
    out->outbox.clear();
}

void testScope(World &w)
{
    auto kiosk = enrol(*w.server, w.db, w.orgA, w.siteA, "kiosk");
    auto out1 = enrol(*w.server, w.db, w.orgA, w.siteA, "outreach");
    auto out2 = enrol(*w.server, w.db, w.orgA, w.siteA, "outreach");
    auto coordA = enrol(*w.server, w.db, w.orgA, w.siteA, "coordinator");
    auto coordB = enrol(*w.server, w.db, w.orgB, w.siteB, "coordinator");
    kiosk->write("contribution", "scope-k", { { "text", "kiosk secret" } });
    out1->write("contribution", "scope-o1", { { "text", "outreach one" } });
    out2->write("contribution", "scope-o2", { { "text", "outreach two" } });
    coordA->write(
        "prompt", "prompt-a", { { "text", { { "en", "How was today?" } } }, { "formats", { "write", "faces" } } });
    for (Device *d : { kiosk.get(), out1.get(), out2.get(), coordA.get() })
        CHECK_EQ(d->push().status, 200);
    for (Device *d : { kiosk.get(), out1.get(), out2.get(), coordA.get(), coordB.get() })
        CHECK_EQ(d->pullAll().status, 200);

    CHECK_EQ(kiosk->dump("contributions", "id != 'scope-k'"), "");
    CHECK(kiosk->read("prompt", "prompt-a").has_value());
    CHECK(out1->read("contribution", "scope-o1").has_value());
    CHECK(!out1->read("contribution", "scope-o2").has_value());
    CHECK(!out1->read("contribution", "scope-k").has_value());
    CHECK(coordA->read("contribution", "scope-k").has_value());
    CHECK(coordA->read("contribution", "scope-o2").has_value());
    CHECK_EQ(coordB->dump("contributions"), "");
    CHECK_EQ(coordB->dump("prompts"), "");
    // A kiosk's raw pull never carries a contribution, whatever the cursor.
    Response raw = kiosk->get("/v1/pull?cursor=0&limit=1000");
    for (const auto &c : raw.body["changes"])
        CHECK(c["kind"] != "contribution");

    // Writing outside one's role or organisation is refused whole.
    kiosk->write("prompt", "prompt-k", { { "symbol", "bus" } });
    Response kioskPrompt = kiosk->push();
    CHECK_EQ(kioskPrompt.status, 403);
    CHECK_EQ(errorCode(kioskPrompt), "forbidden");
    kiosk->outbox.clear();
    coordB->write("contribution", "scope-o1", { { "text", "hijack" } });
    CHECK_EQ(coordB->push().status, 403);
    coordB->outbox.clear();
    out2->write("contribution", "scope-o1", { { "text", "not mine" } });
    CHECK_EQ(out2->push().status, 403);
    out2->outbox.clear();
    coordA->pullAll();
    CHECK_EQ(fieldOf(coordA->read("contribution", "scope-o1"), "text"), "outreach one");
}

void testRevocation(World &w)
{
    auto out = enrol(*w.server, w.db, w.orgA, w.siteA, "outreach");
    CHECK_EQ(out->pullAll().status, 200);
    admin(w.db, { "revoke-device", out->id });
    Response pull = out->get("/v1/pull?cursor=0");
    CHECK_EQ(pull.status, 403);
    CHECK_EQ(errorCode(pull), "device_revoked");
    CHECK_EQ(pull.body["wipe"], true);
    out->write("contribution", "after-revoke", { { "text", "x" } });
    Response push = out->push();
    CHECK_EQ(push.status, 403);
    CHECK_EQ(push.body["wipe"], true);
}

void testBadInput(World &w)
{
    auto out = enrol(*w.server, w.db, w.orgA, w.siteA, "outreach");
    CHECK_EQ(errorCode(out->post("/v1/push", "{not json")), "bad_request");
    CHECK_EQ(
        errorCode(out->post("/v1/push", std::string("{\"batch\":\"b\",\"changes\":[\"\xff\xfe\"]}"))), "bad_request");
    CHECK_EQ(errorCode(out->post("/v1/push", R"({"batch":"../etc","changes":[]})")), "bad_request");
    CHECK_EQ(errorCode(out->post("/v1/push", R"({"batch":"b","changes":{}})")), "bad_request");
    Json tooMany { { "batch", "big" }, { "changes", Json::array() } };
    const Json one = chorus::sync::toJson(out->write("contribution", "many", { { "text", "x" } }));
    for (int i = 0; i < 501; ++i)
        tooMany["changes"].push_back(one);
    Response many = out->post("/v1/push", tooMany.dump());
    CHECK_EQ(many.status, 413);
    Response huge = out->post("/v1/push", std::string(9 * 1024 * 1024, ' '));
    CHECK_EQ(huge.status, 413);
    // Every kind of bad field is caught by name.
    const std::vector<std::pair<std::string, Json>> badFields { { "format", "sing" }, { "rating", 0 },
        { "language", "english!" }, { "created_at", 5 }, { "media", { "not-a-hash" } },
        { "symbols", { { { "symbol", "bus" }, { "pile", "maybe" } } } }, { "consent", { { "sell", true } } },
        { "unknown_field", 1 }, { "text", std::string(20001, 'a') } };
    for (const auto &[field, value] : badFields) {
        Json c = one;
        c["fields"] = { { field, { { "value", value }, { "version", one["fields"]["text"]["version"] } } } };
        Response r = out->post("/v1/push", Json { { "batch", "bad-" + field }, { "changes", { c } } }.dump());
        CHECK_EQ(r.status, 422);
        if (r.status != 422)
            std::fprintf(stderr, "  field %s was accepted\n", field.c_str());
    }
    Json badVersion = one;
    badVersion["fields"]["text"]["version"] = "yesterday";
    CHECK_EQ(out->post("/v1/push", Json { { "batch", "bad-v" }, { "changes", { badVersion } } }.dump()).status, 422);
    CHECK_EQ(errorCode(out->get("/v1/pull?cursor=-1")), "bad_request");
    CHECK_EQ(errorCode(out->get("/v1/pull?cursor=abc")), "bad_request");
    CHECK_EQ(errorCode(out->get("/v1/pull?limit=100000")), "bad_request");
    CHECK_EQ(out->get("/v1/nothing").status, 404);
    // After all that the server still answers.
    CHECK_EQ(out->get("/v1/health").status, 200);
    out->outbox.clear();
}

void testClockAheadIsClamped(World &w)
{
    auto out = enrol(*w.server, w.db, w.orgA, w.siteA, "outreach");
    const std::int64_t dayAhead = chorus::sync::HybridClock::systemWallMs() + 24LL * 3600 * 1000;
    out->clock.restore(chorus::sync::Hlc { dayAhead, 0 });
    out->write("contribution", "future", { { "text", "from the future" } });
    const std::string sent = out->outbox[0].fields.at("text").version;
    Response r = out->push();
    CHECK_EQ(r.status, 200);
    CHECK_EQ(r.body["clamped"].size(), 1u);
    const auto kept = chorus::sync::Version::parse(r.body["clamped"][0]["to"].get<std::string>());
    CHECK(kept
        && kept->hlc.wallMs
            <= chorus::sync::HybridClock::systemWallMs() + chorus::sync::HybridClock::kMaxForwardDriftMs);
    CHECK(kept && kept->hlc.wallMs < dayAhead);
    // The device adopted the server's version, so its next edit is not a false conflict.
    out->db->transaction([&] {});
    auto coord = enrol(*w.server, w.db, w.orgA, w.siteA, "coordinator");
    coord->pullAll();
    CHECK(r.body["clamped"][0]["from"] == sent);
    out->pullAll();
    CHECK_EQ(out->dump("contributions", "id = 'future'"), coord->dump("contributions", "id = 'future'"));
}

void testRateLimit()
{
    World w({ "--device-rate", "1", "--device-burst", "3" });
    auto out = enrol(*w.server, w.db, w.orgA, w.siteA, "outreach");
    int limited = 0;
    for (int i = 0; i < 6; ++i) {
        Response r = out->get("/v1/pull");
        limited += r.status == 429 && errorCode(r) == "rate_limited";
    }
    CHECK(limited >= 2);
}

void testCoordinatorIssuesCodes(World &w)
{
    ::setenv("CHORUS_PASSWORD", "correct horse battery", 1);
    admin(w.db, { "create-coordinator", w.orgA, "sam@example.org" });
    ::unsetenv("CHORUS_PASSWORD");
    auto c = w.server->client();
    auto wrong = c->Post("/v1/enrolment-codes",
        Json { { "email", "sam@example.org" }, { "password", "guess guess" }, { "site", w.siteA }, { "role", "kiosk" } }
            .dump(),
        "application/json");
    CHECK(wrong && wrong->status == 401);
    auto ok = c->Post("/v1/enrolment-codes",
        Json { { "email", "sam@example.org" }, { "password", "correct horse battery" }, { "site", w.siteA },
            { "role", "kiosk" } }
            .dump(),
        "application/json");
    CHECK(ok && ok->status == 200);
    if (ok && ok->status == 200) {
        auto e = c->Post("/v1/enrol", Json { { "code", Json::parse(ok->body)["code"] } }.dump(), "application/json");
        CHECK(e && e->status == 200);
    }
    // A coordinator of one organisation cannot issue codes for another's site.
    auto other = c->Post("/v1/enrolment-codes",
        Json { { "email", "sam@example.org" }, { "password", "correct horse battery" }, { "site", w.siteB },
            { "role", "kiosk" } }
            .dump(),
        "application/json");
    CHECK(other && other->status == 400);
}

void testMetricsGzipAndBackup(World &w)
{
    auto out = enrol(*w.server, w.db, w.orgA, w.siteA, "outreach");
    out->write("contribution", "backed-up", { { "text", "kept in the backup" } });
    CHECK_EQ(out->push().status, 200);
    CHECK_EQ(out->pullAll().status, 200);
    auto c = w.server->client();
    auto metrics = c->Get("/metrics");
    CHECK(metrics && metrics->status == 200);
    if (metrics) {
        CHECK(metrics->body.find("chorus_device_lag_entries{device=\"" + out->id + "\"") != std::string::npos);
        CHECK(metrics->body.find("chorus_requests_total{route=\"push\",status=\"200\"}") != std::string::npos);
        CHECK(metrics->body.find("chorus_errors_total{code=\"invalid_change\"}") != std::string::npos);
    }
    // Pull answers are compressed for clients that accept gzip.
    c->set_decompress(false);
    auto gz
        = c->Get("/v1/pull?cursor=0", { { "Authorization", "Bearer " + out->token }, { "Accept-Encoding", "gzip" } });
    CHECK(gz && gz->status == 200 && gz->get_header_value("Content-Encoding") == "gzip");

    const auto target = w.dir.path() / "backup";
    const Json done = admin(w.db, { "backup", target.string() });
    CHECK_EQ(done["backup"], target.string());
    if (usingPostgres()) {
        // pg_dump's plain SQL holds the row's text.
        std::ifstream in(target / "chorus.sql");
        const std::string dump((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        CHECK(dump.find("kept in the backup") != std::string::npos);
        return;
    }
    auto copy = chorus::sqlite::Database::open((target / "chorus.db").string(), { .create = false, .readOnly = true });
    auto s = copy->prepare("SELECT text FROM contributions WHERE id = 'backed-up'");
    CHECK(s.step() && s.text(0) == "kept in the backup");
}

// A database the server cannot use is refused with a clear message, never a password.
void testBadDatabaseUrl()
{
    auto failure = [](const std::string &url) {
        try {
            (void)admin(url, { "migrate" });
        } catch (const std::runtime_error &e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    const std::string unreachable = failure("postgresql://chorus:sekret@127.0.0.1:1/chorus");
    CHECK(unreachable.find("cannot connect to PostgreSQL at postgresql://") != std::string::npos);
    CHECK(unreachable.find("127.0.0.1:1/chorus") != std::string::npos);
    CHECK_EQ(unreachable.find("sekret"), std::string::npos);
    CHECK(failure("mysql://db/chorus").find("unknown database URL scheme") != std::string::npos);
}

void testTls()
{
    TempDir dir;
    const auto cert = dir.path() / "cert.pem", key = dir.path() / "key.pem";
    const std::string cmd
        = "openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1"
          " -keyout '"
        + key.string() + "' -out '" + cert.string() + "' >/dev/null 2>&1";
    CHECK_EQ(std::system(cmd.c_str()), 0);
    const std::string db = newServerDatabase(dir, "tls");
    admin(db, { "migrate" });
    ServerProcess server(db, dir.path() / "media", { "--tls-cert", cert.string(), "--tls-key", key.string() });
    httplib::SSLClient tls("127.0.0.1", server.port());
    tls.set_ca_cert_path(cert.c_str());
    tls.enable_server_certificate_verification(true);
    auto r = tls.Get("/v1/health");
    CHECK(r && r->status == 200);
    // Plain HTTP gets nothing useful from a TLS port.
    httplib::Client plain("127.0.0.1", server.port());
    auto p = plain.Get("/v1/health");
    CHECK(!p || p->status != 200);
}

} // namespace

int main()
{
    World w;
    testEnrolment(w);
    testProtocolVersion(w);
    testPushPullReplay(w);
    testBatchIsWholeOrNothing(w);
    testScope(w);
    testRevocation(w);
    testBadInput(w);
    testClockAheadIsClamped(w);
    testCoordinatorIssuesCodes(w);
    testMetricsGzipAndBackup(w);
    testRateLimit();
    testBadDatabaseUrl();
    testTls();
    return chorus::test::tally().finish();
}
