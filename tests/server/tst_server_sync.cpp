// chorus-server end to end: withdrawal reaching a device back from 90 days offline, resumable media
// cut at a random byte, a pull cursor that never skips a change committed late by a second server
// instance, devices syncing in random interleavings ending with identical data, and conflicts
// recorded alike on the server and every device.

#include "../sync/check.h"
#include "canaryscan.h"
#include "model/schema.h"
#include "serverharness.h"

#include <sodium.h>

#include <arpa/inet.h>
#include <atomic>
#include <fstream>
#include <random>
#include <set>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

using namespace chorus::test;
namespace fs = std::filesystem;

namespace {

struct World {
    TempDir dir;
    std::string db = newServerDatabase(dir, "chorus");
    fs::path media = dir.path() / "media";
    std::string org, site;
    std::unique_ptr<ServerProcess> server;
    World()
    {
        org = admin(db, { "create-org", "Org" })["id"];
        site = admin(db, { "create-site", org, "Centre" })["id"];
        server = std::make_unique<ServerProcess>(db, media);
    }
};


bool anyFileContains(const fs::path &dir, const std::string &needle)
{
    return !filesContaining(dir, needle).empty();
}

// Sends a PUT whose body stops after `sent` of `declared` bytes, then drops the connection.
void putAndDrop(int port, const std::string &token, const std::string &sha, std::size_t offset, const std::string &part,
    std::size_t chunkLength, std::size_t total)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr {};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(static_cast<uint16_t>(port));
    ::inet_pton(AF_INET, "127.0.0.1", &addr.sin_addr);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return;
    }
    const std::string head = "PUT /v1/media/" + sha + "?offset=" + std::to_string(offset)
        + " HTTP/1.1\r\nHost: x\r\n"
          "Chorus-Protocol: 1\r\nAuthorization: Bearer "
        + token + "\r\nChorus-Media-Size: " + std::to_string(total)
        + "\r\nContent-Type: application/octet-stream\r\nContent-Length: " + std::to_string(chunkLength) + "\r\n\r\n";
    (void)!::write(fd, head.data(), head.size());
    (void)!::write(fd, part.data(), part.size());
    ::close(fd);
}

void testWithdrawalReachesDeviceBackFrom90DaysOffline(World &w)
{
    auto tablet = enrol(*w.server, w.db, w.org, w.site, "outreach");
    auto kiosk = enrol(*w.server, w.db, w.org, w.site, "kiosk");
    auto coord = enrol(*w.server, w.db, w.org, w.site, "coordinator");
    const std::string voice = "OggS fake voice note with a secret: Fatima at 12 Elm Street";
    const std::string sha = sha256Hex(voice);
    tablet->write("contribution", "w-1",
        { { "text", "my neighbour Fatima is unwell" }, { "media", { sha } }, { "format", "speak" } });
    kiosk->write("contribution", "w-k", { { "text", "kiosk words to withdraw" } });
    CHECK_EQ(tablet->push().status, 200);
    CHECK_EQ(kiosk->push().status, 200);
    CHECK_EQ(
        tablet->put("/v1/media/" + sha + "?offset=0", voice, { { "Chorus-Media-Size", std::to_string(voice.size()) } })
            .status,
        200);
    CHECK_EQ(tablet->pullAll().status, 200);
    CHECK_EQ(coord->pullAll().status, 200);
    CHECK_EQ(fieldOf(coord->read("contribution", "w-1"), "text"), "my neighbour Fatima is unwell");

    // The tablet goes offline for 90 days and keeps editing; meanwhile the person withdraws.
    const std::string offlineCursor = tablet->cursor;
    tablet->write("contribution", "w-1", { { "text", "my neighbour Fatima is unwell, edited offline" } });
    coord->write("contribution", "w-1", { { "withdrawn", true } });
    coord->write("contribution", "w-k", { { "withdrawn", true } });
    CHECK_EQ(coord->push().status, 200);
    // Lots of unrelated traffic over 90 days.
    for (int i = 0; i < 30; ++i)
        coord->write(
            "outcome", "o-" + std::to_string(i), { { "published", true }, { "happened_at", 1760000000000LL + i } });
    CHECK_EQ(coord->push().status, 200);

    // Back online: pull first (the engine's order), then push what was queued.
    tablet->cursor = offlineCursor;
    Response raw = tablet->get("/v1/pull?cursor=" + offlineCursor + "&limit=1000");
    CHECK(raw.raw.find("Fatima") == std::string::npos);
    CHECK_EQ(tablet->pullAll().status, 200);
    CHECK(tablet->store->isWithdrawn("w-1"));
    CHECK(fieldOf(tablet->read("contribution", "w-1"), "text").is_null());
    Response late = tablet->push();
    CHECK_EQ(late.status, 200);
    CHECK_EQ(late.body["refused"].size(), 1u);
    CHECK_EQ(late.body["refused"][0]["code"], "withdrawn");
    // The kiosk, which never receives contributions, still receives the withdrawal of its own.
    kiosk->pullAll();
    CHECK(kiosk->store->isWithdrawn("w-k"));
    CHECK(fieldOf(kiosk->read("contribution", "w-k"), "text").is_null());

    // Nowhere on the server: not in any row, the log, the media folder, or the bytes of the files.
    coord->pullAll();
    CHECK(fieldOf(coord->read("contribution", "w-1"), "text").is_null());
    Response status = tablet->get("/v1/media/" + sha + "/status");
    CHECK_EQ(status.status, 410);
    Response again = tablet->put(
        "/v1/media/" + sha + "?offset=0", voice, { { "Chorus-Media-Size", std::to_string(voice.size()) } });
    CHECK_EQ(again.status, 410);
    CHECK(!anyFileContains(w.media, "Elm Street"));
    CHECK(!anyFileContains(w.dir.path(), "Fatima"));
    CHECK(!anyFileContains(w.dir.path(), "kiosk words"));
}

void testResumableMedia(World &w, unsigned seed)
{
    std::mt19937 rng(seed);
    auto tablet = enrol(*w.server, w.db, w.org, w.site, "outreach");
    auto coord = enrol(*w.server, w.db, w.org, w.site, "coordinator");
    std::string data(200000 + rng() % 50000, '\0');
    for (auto &c : data)
        c = static_cast<char>(rng());
    const std::string sha = sha256Hex(data);
    const std::string size = std::to_string(data.size());

    // First attempt: the connection drops after a random number of bytes.
    const std::size_t cut = 1 + rng() % (data.size() - 1);
    putAndDrop(w.server->port(), tablet->token, sha, 0, data.substr(0, cut), data.size(), data.size());
    std::uint64_t received = 0;
    for (int i = 0; i < 200; ++i) {
        Response s = tablet->get("/v1/media/" + sha + "/status");
        received = s.body.value("received", 0ull);
        if (received == cut)
            break;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    CHECK_EQ(received, cut);
    // A chunk at the wrong offset is refused with the offset to use.
    Response wrong
        = tablet->put("/v1/media/" + sha + "?offset=0", data.substr(0, 10), { { "Chorus-Media-Size", size } });
    CHECK_EQ(wrong.status, 409);
    CHECK_EQ(wrong.body["received"], cut);
    // Resume from where the server is, in two chunks.
    const std::size_t mid = cut + (data.size() - cut) / 2;
    Response a = tablet->put("/v1/media/" + sha + "?offset=" + std::to_string(cut), data.substr(cut, mid - cut),
        { { "Chorus-Media-Size", size } });
    CHECK_EQ(a.status, 200);
    Response b = tablet->put(
        "/v1/media/" + sha + "?offset=" + std::to_string(mid), data.substr(mid), { { "Chorus-Media-Size", size } });
    CHECK_EQ(b.status, 200);
    CHECK_EQ(b.body["complete"], true);
    // Already held: never sent again, and a resend is answered at once.
    const Response held = tablet->get("/v1/media/" + sha + "/status");
    CHECK_EQ(held.body["complete"], true);
    // The coordinator downloads exactly the bytes sent.
    auto c = w.server->client();
    auto got = c->Get("/v1/media/" + sha, { { "Authorization", "Bearer " + coord->token } });
    CHECK(got && got->status == 200 && got->body == data);

    // Corrupted bytes are caught by the hash and the partial copy dropped.
    std::string other = data;
    other[0] = static_cast<char>(other[0] ^ 1);
    const std::string claimed = sha256Hex(other + "x");
    Response bad = tablet->put("/v1/media/" + claimed + "?offset=0", other, { { "Chorus-Media-Size", size } });
    CHECK_EQ(bad.status, 422);
    const Response dropped = tablet->get("/v1/media/" + claimed + "/status");
    CHECK_EQ(dropped.body["received"], 0);
}

// Two server instances on one database take pushes at once while a coordinator pulls small pages
// from both: every change must reach the puller exactly once, none skipped by a late commit.
void testConcurrentCommitsNeverSkipped(World &w)
{
    ServerProcess second(w.db, w.media);
    auto coord = enrol(*w.server, w.db, w.org, w.site, "coordinator");
    const int writers = 4, batches = 15, perBatch = 5;
    std::vector<std::unique_ptr<Device>> devices;
    for (int i = 0; i < writers; ++i)
        devices.push_back(enrol(i % 2 ? second : *w.server, w.db, w.org, w.site, "outreach"));
    std::atomic<int> done { 0 };
    std::atomic<int> failures { 0 };
    std::vector<std::thread> threads;
    for (int i = 0; i < writers; ++i)
        threads.emplace_back([&, i] {
            Device &d = *devices[i];
            for (int b = 0; b < batches; ++b) {
                for (int k = 0; k < perBatch; ++k)
                    d.write("contribution", "cc-" + std::to_string(i) + "-" + std::to_string(b * perBatch + k),
                        { { "rating", 1 + k % 5 } });
                if (d.push().status != 200)
                    ++failures;
            }
            ++done;
        });
    std::set<std::string> seen;
    int duplicates = 0;
    std::string cursor = "0";
    int turn = 0;
    auto pullOnce = [&] {
        Device &via = *coord;
        const ServerProcess *target = (turn++ % 2) ? &second : w.server.get();
        via.server = target;
        for (;;) {
            Response r = via.get("/v1/pull?cursor=" + cursor + "&limit=7");
            if (r.status != 200) {
                ++failures;
                return;
            }
            for (const auto &c : r.body["changes"])
                if (c["record"].get<std::string>().rfind("cc-", 0) == 0
                    && !seen.insert(c["record"].get<std::string>()).second)
                    ++duplicates;
            cursor = r.body["cursor"].get<std::string>();
            if (!r.body["more"].get<bool>())
                return;
        }
    };
    while (done < writers)
        pullOnce();
    for (auto &t : threads)
        t.join();
    pullOnce();
    CHECK_EQ(failures.load(), 0);
    CHECK_EQ(duplicates, 0);
    CHECK_EQ(seen.size(), static_cast<std::size_t>(writers * batches * perBatch));
}

// Two outreach tablets and a coordinator edit offline and sync in random interleavings; at the end
// each holds exactly what the server holds for its scope, and the withdrawn record is nowhere.
void testDevicesConverge(World &w, unsigned seed)
{
    std::mt19937 rng(seed);
    auto t1 = enrol(*w.server, w.db, w.org, w.site, "outreach");
    auto t2 = enrol(*w.server, w.db, w.org, w.site, "outreach");
    auto coord = enrol(*w.server, w.db, w.org, w.site, "coordinator");
    const std::string p = "s" + std::to_string(seed) + "-";
    std::vector<Device *> all { t1.get(), t2.get(), coord.get() };
    const std::vector<std::string> statuses { "new", "reviewed", "acted_on" };
    const std::vector<std::string> tags { "housing", "food", "staff" };
    for (int step = 0; step < 60; ++step) {
        Device *d = all[rng() % all.size()];
        const int action = static_cast<int>(rng() % 5);
        if (action == 0 && d != coord.get()) {
            d->write("contribution", p + (d == t1.get() ? "a" : "b") + std::to_string(rng() % 4),
                { { "text", "words " + std::to_string(rng() % 100) }, { "rating", 1 + static_cast<int>(rng() % 5) } });
        } else if (action == 1 && d == coord.get()) {
            const std::string rec = p + (rng() % 2 ? "a" : "b") + std::to_string(rng() % 4);
            if (d->read("contribution", rec) && !d->store->isWithdrawn(rec)) {
                Json chosen = Json::array();
                for (const auto &t : tags)
                    if (rng() % 2)
                        chosen.push_back(t);
                d->write("contribution", rec, { { "status", statuses[rng() % 3] }, { "tags", chosen } });
            }
        } else if (action == 2) {
            (void)d->push(1 + rng() % 3);
        } else if (action == 3) {
            (void)d->pullAll(1 + static_cast<int>(rng() % 4));
        } else if (action == 4 && d == coord.get() && step > 40) {
            const std::string rec = p + "a0";
            if (d->read("contribution", rec) && !d->store->isWithdrawn(rec))
                d->write("contribution", rec, { { "withdrawn", true } });
        }
    }
    for (int round = 0; round < 2; ++round)
        for (Device *d : all) {
            CHECK_EQ(d->push().status, 200);
            CHECK_EQ(d->pullAll().status, 200);
        }
    const std::string mine1 = "id LIKE '" + p + "a%'", mine2 = "id LIKE '" + p + "b%'";
    CHECK(!coord->dump("contributions", mine1).empty() || !coord->dump("contributions", mine2).empty());
    CHECK_EQ(t1->dump("contributions", mine1), coord->dump("contributions", mine1));
    CHECK_EQ(t2->dump("contributions", mine2), coord->dump("contributions", mine2));
    CHECK_EQ(t1->dump("contributions", mine2), "");
    // The server's copy matches the coordinator's, row for row.
    auto server = openServerDatabase(w.db);
    // In the devices' column order: the server's later migration steps appended columns after `versions`.
    std::string columns = "id";
    for (const auto &f : chorus::sync::Schema::instance().kind("contribution")->fields)
        columns += ", " + f.name;
    auto s = server->prepare("SELECT " + columns + ", versions FROM contributions WHERE id LIKE '" + p + "%' ORDER BY 1");
    std::string serverRows;
    while (s.step()) {
        for (int i = 0; i < s.columnCount(); ++i)
            serverRows += s.text(i) + "|";
        serverRows += "\n";
    }
    CHECK_EQ(serverRows, coord->dump("contributions", "id LIKE '" + p + "%'"));
    if (coord->store->isWithdrawn(p + "a0")) {
        for (Device *d : all)
            CHECK(fieldOf(d->read("contribution", p + "a0"), "text").is_null());
    }
}

// The conflicts one replica holds on a record, settled or not, in a form every replica shares.
std::string conflictsOn(chorus::sql::Connection &db, const std::string &record)
{
    auto s = db.prepare("SELECT field, losing_value, losing_version, winning_version, settled FROM conflicts"
                        " WHERE record_id = ?1 ORDER BY field, losing_version");
    s.bind(1, record);
    std::string out;
    while (s.step())
        out += s.text(0) + "=" + s.text(1) + "@" + s.text(2) + ">" + s.text(3) + "/" + s.text(4) + "\n";
    return out;
}

// Two coordinator devices edit a prompt's text from the same base; the first edit pushed also has a
// successor on its own device, so a device that saw only what took effect could not tell the race
// apart. The server's judgement reaches both coordinators and a kiosk; a protocol-1 client gets
// pulls it can read, without conflict notes.
void testConflictsRecordedAlikeEverywhere(World &w)
{
    auto a = enrol(*w.server, w.db, w.org, w.site, "coordinator");
    auto b = enrol(*w.server, w.db, w.org, w.site, "coordinator");
    auto kiosk = enrol(*w.server, w.db, w.org, w.site, "kiosk");
    const std::string prompt = "p-conflict";
    a->write("prompt", prompt, { { "text", { { "en", "one" } } }, { "position", 1 } });
    CHECK_EQ(a->push().status, 200);
    CHECK_EQ(b->pullAll().status, 200);
    b->write("prompt", prompt, { { "text", { { "en", "from b" } } } });
    a->write("prompt", prompt, { { "text", { { "en", "from a" } } } });
    a->write("prompt", prompt, { { "text", { { "en", "from a, again" } } } });
    CHECK_EQ(b->push().status, 200);
    CHECK_EQ(a->push().status, 200);
    for (Device *d : { a.get(), b.get(), kiosk.get() })
        CHECK_EQ(d->pullAll().status, 200);

    auto server = openServerDatabase(w.db);
    const std::string judged = conflictsOn(*server, prompt);
    CHECK(!judged.empty());
    CHECK_EQ(conflictsOn(*a->db, prompt), judged);
    CHECK_EQ(conflictsOn(*b->db, prompt), judged);
    CHECK_EQ(conflictsOn(*kiosk->db, prompt), judged);
    CHECK_EQ(a->dump("prompts", "id = '" + prompt + "'"), b->dump("prompts", "id = '" + prompt + "'"));

    // Counts, over every page a kiosk pulls, the entries with conflict notes and those setting no field.
    auto notes = [&](const std::string &protocol) {
        auto c = w.server->client();
        int withNotes = 0, withoutFields = 0;
        for (std::string cursor = "0";;) {
            auto r = c->Get("/v1/pull?cursor=" + cursor + "&limit=1000",
                { { "Authorization", "Bearer " + kiosk->token }, { "Chorus-Protocol", protocol } });
            if (!r || r->status != 200)
                return std::pair { -1, -1 };
            const Json page = Json::parse(r->body);
            for (const auto &change : page["changes"]) {
                withNotes += change.contains("conflicts") ? 1 : 0;
                withoutFields += change["fields"].empty() ? 1 : 0;
            }
            if (!page["more"].get<bool>())
                return std::pair { withNotes, withoutFields };
            cursor = page["cursor"].get<std::string>();
        }
    };
    CHECK(notes("2").first > 0);
    CHECK_EQ(notes("1").first, 0);
    CHECK_EQ(notes("1").second, 0);
    // A coordinator device settles what it was shown; a kiosk may not, nor may anyone settle for a
    // record the server does not hold.
    auto settle = [&](Device &d, const std::string &record, const std::string &batch) {
        chorus::sync::Change note { batch, "prompt", record, {}, {}, {} };
        auto open = server->prepare("SELECT field, losing_version FROM conflicts WHERE record_id = ?1 AND settled = 0");
        open.bind(1, prompt);
        while (open.step())
            note.settled.push_back({ open.text(0), open.text(1) });
        if (note.settled.empty())
            note.settled.push_back({ "text", "0000000000000001.00000000.nobody" });
        return d.post("/v1/push", Json { { "batch", batch }, { "changes", { chorus::sync::toJson(note) } } }.dump());
    };
    CHECK_EQ(settle(*kiosk, prompt, "settle-by-kiosk").status, 403);
    CHECK_EQ(settle(*b, "p-nowhere", "settle-nowhere").status, 422);
    CHECK_EQ(settle(*b, prompt, "settle-by-b").status, 200);
    for (Device *d : { a.get(), b.get(), kiosk.get() })
        CHECK_EQ(d->pullAll().status, 200);
    const std::string settled = conflictsOn(*server, prompt);
    CHECK(settled.find("/0\n") == std::string::npos); // none left open
    CHECK(settled != judged);
    CHECK_EQ(conflictsOn(*a->db, prompt), settled);
    CHECK_EQ(conflictsOn(*kiosk->db, prompt), settled);

    // A device may not send conflict notes: only the server judges.
    Json forged = chorus::sync::toJson(a->write("prompt", prompt, { { "position", 2 } }));
    a->outbox.clear();
    forged["conflicts"] = Json::array({ { { "field", "position" }, { "value", 9 }, { "version", forged["fields"]["position"]["version"] },
        { "winner", forged["fields"]["position"]["version"] } } });
    const Response refused = a->post("/v1/push", Json { { "batch", "forged-notes" }, { "changes", { forged } } }.dump());
    CHECK_EQ(refused.status, 422);
    CHECK_EQ(refused.body.value("error", Json()).value("code", std::string()), std::string("invalid_change"));
}

} // namespace

int main()
{
    if (sodium_init() < 0)
        return 1;
    World w;
    testWithdrawalReachesDeviceBackFrom90DaysOffline(w);
    for (unsigned seed = 1; seed <= 5; ++seed)
        testResumableMedia(w, seed);
    testConcurrentCommitsNeverSkipped(w);
    for (unsigned seed = 1; seed <= 8; ++seed)
        testDevicesConverge(w, seed);
    testConflictsRecordedAlikeEverywhere(w);
    return chorus::test::tally().finish();
}
