// The sync engine against a fake transport: what it sends, and what the store holds after each
// kind of answer (including none, a cut-short one, and the ones that stop syncing).

#include "faketransport.h"
#include "client/mediauploader.h"
#include "client/syncengine.h"
#include "seal/keyproof.h"

#include <sodium.h>
#include "storage/contributionrepository.h"
#include "storage/devicestore.h"
#include "storage/mediastore.h"
#include "storage/promptrepository.h"
#include "sync/devicesync.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace chorus;
using namespace chorus::sync::client;
using Json = nlohmann::json;

namespace {
// A key pair of the organisation, as chorus-server keeps it.
chorus::sync::seal::KeyPair organisationKey()
{
    chorus::sync::seal::KeyPair k;
    crypto_box_keypair(k.publicKey.data(), k.secretKey.data());
    return k;
}

// The server's enrolment answer, its proof made with `prover` for the challenge the device sent and
// handing over `handed` as the organisation's public key.
FakeTransport::Responder enrolAnswer(const chorus::sync::seal::KeyPair &prover, const chorus::sync::seal::PublicKey &handed)
{
    return [prover, handed](const HttpRequest &request) {
        namespace seal = chorus::sync::seal;
        const Json sent = Json::parse(request.body);
        const Json answer = { { "device_id", "dev-9" }, { "token", "t0k" }, { "role", "kiosk" },
            { "organisation", { { "id", "o" }, { "name", "O" } } }, { "site", { { "id", "s" }, { "name", "Hall" } } },
            { "seal_key",
                { { "id", seal::keyIdOf(handed) }, { "public", seal::toHex(handed.data(), handed.size()) },
                    { "proof", seal::KeyChallenge::prove(prover, sent.value("seal_challenge", "")) } } } };
        return HttpReply { 200, answer.dump(), {}, {} };
    };
}
} // namespace

namespace {

struct Device {
    QTemporaryDir dir;
    std::unique_ptr<DeviceStore> store = DeviceStore::open(dir.filePath(QStringLiteral("d.db")));
    QString mediaDir = dir.filePath(QStringLiteral("media"));
    MediaStore media { *store, mediaDir };
    FakeTransport net;
    SyncEngine engine { DeviceSync::engineStore(*store, mediaDir), net };

    void enrolDirectly()
    {
        store->write([&] { store->state().set(statekey::kToken, "tok"); });
    }
    QStringList addContributions(int n)
    {
        QStringList refs;
        Contribution draft;
        draft.promptId = QStringLiteral("p-1");
        draft.text = QStringLiteral("The bus is late");
        ContributionRepository repo(*store);
        for (int i = 0; i < n; ++i)
            refs << repo.save(draft).reference;
        return refs;
    }
    std::vector<std::string> outboxIds()
    {
        std::vector<std::string> ids;
        for (const auto &p : store->outbox().peek(1000))
            ids.push_back(p.change.changeId);
        return ids;
    }
    QString addMedia(const QByteArray &bytes)
    {
        const QString temp = media.temporaryPath(QStringLiteral("ogg"));
        QFile f(temp);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        f.close();
        return media.adopt(temp, QStringLiteral("audio/ogg"), 1000);
    }
    std::string cursor() { return store->state().get(statekey::kCursor).value_or(""); }
};

std::string acceptAll(const std::vector<std::string> &ids)
{
    return Json {
        { "batch", "b" }, { "accepted", ids }, { "refused", Json::array() }, { "clamped", Json::array() }
    }.dump();
}

Json promptChange(const std::string &id, const std::string &record, int position)
{
    return { { "id", id }, { "kind", "prompt" }, { "record", record },
        { "fields",
            { { "position", { { "value", position }, { "version", "0000019b2c3d4e5f.00000000.srv" }, { "base", "" } } },
                { "text",
                    { { "value", { { "en", "How was it?" } } }, { "version", "0000019b2c3d4e5f.00000000.srv" },
                        { "base", "" } } } } } };
}

std::string page(const Json &changes, const std::string &cursor, bool more = false)
{
    return Json {
        { "changes", changes }, { "cursor", cursor }, { "more", more }, { "server_time", 1764130000000 }
    }.dump();
}

} // namespace

class TestSyncEngine : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void notEnrolledSendsNothing()
    {
        Device d;
        d.addContributions(1);
        QCOMPARE(d.engine.sync().status, SyncStatus::NotEnrolled);
        QVERIFY(d.net.log().empty());
    }

    void enrolRemembersTokenAndServer()
    {
        Device d;
        const auto org = organisationKey();
        d.net.enqueueResponder(enrolAnswer(org, org.publicKey));
        const auto r = d.engine.enrol("http://srv", "chorus-enrol:ABCDE-FGHJK", "Front desk");
        QVERIFY2(r.ok, problemName(r.problem));
        QCOMPARE(d.store->state().get(statekey::kSealPublicKey).value_or(""),
            chorus::sync::seal::toHex(org.publicKey.data(), org.publicKey.size()));
        QCOMPARE(d.store->state().get(statekey::kToken).value_or(""), std::string("t0k"));
        QCOMPARE(d.store->state().get(statekey::kServerUrl).value_or(""), std::string("http://srv"));
        QVERIFY(Json::parse(d.net.log().at(0).body)["code"] == "ABCDE-FGHJK");
        d.net.enqueueJson(403, R"({"error":{"code":"enrolment_invalid","message":"used"}})");
        const auto again = d.engine.enrol("http://srv", "ABCDE-FGHJK", "x");
        QVERIFY(!again.ok);
        QCOMPARE(again.problem, SyncProblem::EnrolmentInvalid);
    }

    // A device handed a public key whose secret the server cannot prove it holds (or another key
    // than its code names) refuses to enrol and keeps nothing: answers sealed to it could never open.
    void enrolFailsLoudlyOnAWrongKey()
    {
        Device d;
        const auto org = organisationKey();
        const auto wrong = organisationKey();
        d.net.enqueueResponder(enrolAnswer(org, wrong.publicKey));
        const auto r = d.engine.enrol("http://srv", "ABCDE-FGHJK", "Front desk");
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, SyncProblem::SealKeyNotProved);
        QCOMPARE(r.detail, chorus::sync::seal::keyIdOf(wrong.publicKey));
        QVERIFY(!d.store->state().get(statekey::kToken));
        QVERIFY(!d.store->state().get(statekey::kSealPublicKey));

        // Sound proof, but not the key the QR code named.
        d.net.enqueueResponder(enrolAnswer(org, org.publicKey));
        const auto named = d.engine.enrol("http://srv", "chorus-enrol:ABCDE-FGHJK#" + chorus::sync::seal::keyIdOf(wrong.publicKey), "x");
        QVERIFY(!named.ok);
        QCOMPARE(named.problem, SyncProblem::SealKeyNotOnCode);
        QVERIFY(!d.store->state().get(statekey::kToken));

        // No key at all, from a server that does not seal: a kiosk must not enrol.
        d.net.enqueueJson(200,
            R"({"device_id":"dev-9","token":"t0k","role":"kiosk","organisation":{"id":"o","name":"O"},"site":{"id":"s","name":"Hall"}})");
        QCOMPARE(d.engine.enrol("http://srv", "ABCDE-FGHJK", "x").problem, SyncProblem::NoSealKey);
        QVERIFY(!d.store->state().get(statekey::kToken));

        d.net.enqueueResponder(enrolAnswer(org, org.publicKey));
        const auto right = d.engine.enrol("http://srv", "chorus-enrol:ABCDE-FGHJK#" + chorus::sync::seal::keyIdOf(org.publicKey), "x");
        QVERIFY2(right.ok, problemName(right.problem));
    }

    // A kiosk seals before anything reaches the disk, sends the sealed words, and once the server
    // has acknowledged them keeps none of their content; a rotated key arrives with a pull.
    void kioskSealsAndForgetsWhatWasAcknowledged()
    {
        Device d;
        const auto org = organisationKey();
        d.net.enqueueResponder(enrolAnswer(org, org.publicKey));
        QVERIFY(d.engine.enrol("http://srv", "ABCDE-FGHJK", "Front desk").ok);
        d.addContributions(2);
        const auto ids = d.outboxIds();
        auto bodies = d.store->db().prepare("SELECT body FROM outbox");
        while (bodies.step())
            QVERIFY(bodies.text(0).find("The bus is late") == std::string::npos);
        auto texts = d.store->db().prepare("SELECT text FROM contributions");
        while (texts.step())
            QCOMPARE(texts.text(0), std::string(R"({"$sealed":2})"));

        const auto rotated = organisationKey();
        Json pulled = Json::parse(page(Json::array(), "3"));
        pulled["seal_key"] = { { "id", chorus::sync::seal::keyIdOf(rotated.publicKey) },
            { "public", chorus::sync::seal::toHex(rotated.publicKey.data(), rotated.publicKey.size()) } };
        d.net.enqueueJson(200, acceptAll(ids));
        d.net.enqueueJson(200, pulled.dump());
        QCOMPARE(d.engine.sync().status, SyncStatus::Done);
        const Json pushed = Json::parse(d.net.log().at(1).body);
        const chorus::sync::seal::SealOpener opener({ org });
        auto first = chorus::sync::changeFromJson(pushed["changes"][0]);
        opener.openChange(first);
        QVERIFY(first.fields.at("text").value == Json("The bus is late"));
        auto left = d.store->db().prepare("SELECT count(*) FROM contributions WHERE text IS NULL AND rating IS NULL"
                                          " AND consent IS NULL AND reference IS NOT NULL");
        QVERIFY(left.step());
        QCOMPARE(left.integer(0), 2);
        QCOMPARE(d.store->state().get(statekey::kSealPublicKey).value_or(""),
            chorus::sync::seal::toHex(rotated.publicKey.data(), rotated.publicKey.size()));
        QCOMPARE(d.store->sealer()->keyId(), chorus::sync::seal::keyIdOf(rotated.publicKey));
    }

    // Answers taken before the kiosk was enrolled (it had no key then) are sealed at enrolment, in
    // its store and its queue, and their plain words are gone from the file and its WAL.
    void sealsWhatItHeldBeforeEnrolment()
    {
        Device d;
        d.addContributions(2);
        const auto ids = d.outboxIds();
        const auto org = organisationKey();
        d.net.enqueueResponder(enrolAnswer(org, org.publicKey));
        QVERIFY(d.engine.enrol("https://srv", "ABCDE-FGHJK", "Front desk").ok);
        QCOMPARE(d.outboxIds(), ids);
        const chorus::sync::seal::SealOpener opener({ org });
        auto bodies = d.store->db().prepare("SELECT record_id, body FROM outbox");
        int opened = 0;
        while (bodies.step()) {
            const Json change = Json::parse(bodies.text(1));
            QVERIFY(bodies.text(1).find("The bus is late") == std::string::npos);
            auto sealed = chorus::sync::changeFromJson(change);
            QCOMPARE(sealed.recordId, bodies.text(0));
            opener.openChange(sealed);
            QVERIFY(sealed.fields.at("text").value == Json("The bus is late"));
            ++opened;
        }
        QCOMPARE(opened, 2);
        for (const QString suffix : { QString(), QStringLiteral("-wal") }) {
            QFile f(d.store->path() + suffix);
            if (f.open(QIODevice::ReadOnly))
                QVERIFY2(!f.readAll().contains("The bus is late"), qPrintable(f.fileName()));
        }
    }

    // A kiosk's answers name where they came from: its own id until it is enrolled, then the id the
    // server gave it, so the server need not stamp its id over each one.
    void answersNameTheServersDeviceIdOnceEnrolled()
    {
        Device d;
        d.addContributions(1);
        const auto org = organisationKey();
        d.net.enqueueResponder(enrolAnswer(org, org.publicKey));
        QVERIFY(d.engine.enrol("http://srv", "ABCDE-FGHJK", "Front desk").ok);
        d.addContributions(1);
        QStringList origins;
        auto bodies = d.store->db().prepare("SELECT body FROM outbox");
        while (bodies.step())
            origins << QString::fromStdString(Json::parse(bodies.text(0))["fields"]["device_id"]["value"].get<std::string>());
        origins.sort();
        QStringList expected { d.store->deviceId(), QStringLiteral("dev-9") };
        expected.sort();
        QCOMPARE(origins, expected);
    }

    void pushesOutboxThenPullsAndStoresCursor()
    {
        Device d;
        d.enrolDirectly();
        d.addContributions(3);
        const auto ids = d.outboxIds();
        QCOMPARE(ids.size(), 3u);
        d.net.enqueueJson(200, acceptAll(ids));
        d.net.enqueueJson(200, page(Json::array({ promptChange("c1", "p-9", 1) }), "5"));
        const SyncResult r = d.engine.sync();
        QCOMPARE(r.status, SyncStatus::Done);
        QCOMPARE(r.pushed, 3);
        QCOMPARE(r.pulled, 1);
        QVERIFY(r.contentChanged);
        QCOMPARE(d.store->outbox().size(), 0);
        QCOMPARE(d.cursor(), std::string("5"));
        QCOMPARE(PromptRepository(*d.store).all().size(), 1);
        const auto &push = d.net.log().at(0);
        QCOMPARE(push.path, std::string("/v1/push"));
        QVERIFY(push.compressBody);
        QCOMPARE(push.headers.at("Authorization"), std::string("Bearer tok"));
        QVERIFY(Json::parse(push.body)["changes"].size() == 3);
        QCOMPARE(d.net.log().at(1).path, std::string("/v1/pull?cursor=0&limit=200"));
        QVERIFY(d.store->state().get(statekey::kLastSuccess).has_value());
    }

    void onlyWhatTheServerSettledLeavesTheOutbox()
    {
        Device d;
        d.enrolDirectly();
        d.addContributions(3);
        const auto ids = d.outboxIds();
        d.engine.setBatchSize(3);
        d.net.enqueueJson(200, acceptAll({ ids[0], ids[2] }));
        d.net.enqueueNetworkError();
        QCOMPARE(d.engine.sync().status, SyncStatus::Offline);
        QCOMPARE(d.outboxIds(), std::vector<std::string> { ids[1] });
    }

    void batchesAreBounded()
    {
        Device d;
        d.enrolDirectly();
        d.addContributions(5);
        const auto ids = d.outboxIds();
        d.engine.setBatchSize(2);
        d.net.enqueueJson(200, acceptAll({ ids[0], ids[1] }));
        d.net.enqueueJson(200, acceptAll({ ids[2], ids[3] }));
        d.net.enqueueJson(200, acceptAll({ ids[4] }));
        d.net.enqueueJson(200, page(Json::array(), "0"));
        QCOMPARE(d.engine.sync().status, SyncStatus::Done);
        QCOMPARE(d.net.log().size(), 4u);
        QVERIFY(Json::parse(d.net.log().at(2).body)["changes"].size() == 1);
    }

    void noAnswerKeepsEverything()
    {
        Device d;
        d.enrolDirectly();
        d.addContributions(2);
        d.net.enqueueNetworkError("Connection refused");
        const SyncResult r = d.engine.sync();
        QCOMPARE(r.status, SyncStatus::Offline);
        QCOMPARE(r.problem, SyncProblem::NoAnswer);
        QCOMPARE(r.detail, std::string("Connection refused"));
        QCOMPARE(d.store->outbox().size(), 2);
    }

    // An outreach tablet keeps the organisation's sites as the last pull listed them, with the page's
    // cursor; a malformed list is refused with its page, so the cursor does not pass it.
    void pullKeepsTheOrganisationsSites()
    {
        Device d;
        d.enrolDirectly();
        Json pulled = Json::parse(page(Json::array(), "4"));
        pulled["sites"] = Json::array({ { { "id", "site-1" }, { "name", "Food bank" } },
            { { "id", "site-2" }, { "name", "Hostel" } } });
        d.net.enqueueJson(200, pulled.dump());
        SyncResult r = d.engine.sync();
        QCOMPARE(r.status, SyncStatus::Done);
        QVERIFY(r.contentChanged);
        const Json kept = Json::parse(d.store->state().get(statekey::kSites).value_or("null"));
        QVERIFY(kept == pulled["sites"]);

        for (const char *bad : { R"("Food bank")", R"([{"id": "site 1", "name": "x"}])",
                 R"([{"id": "site-3", "name": ""}])", R"([{"id": "site-3"}])", R"([{"id": 3, "name": "x"}])" }) {
            Json refused = Json::parse(page(Json::array({ promptChange("c1", "p-1", 1) }), "9"));
            refused["sites"] = Json::parse(bad);
            d.net.enqueueJson(200, refused.dump());
            QVERIFY(d.engine.sync().status != SyncStatus::Done);
            QCOMPARE(d.cursor(), std::string("4"));
            QVERIFY(Json::parse(d.store->state().get(statekey::kSites).value_or("null")) == kept);
        }

        // A list without one of them replaces the one held.
        pulled = Json::parse(page(Json::array(), "5"));
        pulled["sites"] = Json::array({ { { "id", "site-2" }, { "name", "Hostel" } } });
        d.net.enqueueJson(200, pulled.dump());
        QCOMPARE(d.engine.sync().status, SyncStatus::Done);
        QVERIFY(Json::parse(d.store->state().get(statekey::kSites).value_or("null")) == pulled["sites"]);
    }

    void cutShortPullPageMovesNoCursor()
    {
        Device d;
        d.enrolDirectly();
        d.store->write([&] { d.store->state().set(statekey::kCursor, "3"); });
        const std::string full = page(Json::array({ promptChange("c1", "p-1", 1) }), "9");
        d.net.enqueueJson(200, full.substr(0, full.size() / 2));
        QCOMPARE(d.engine.sync().status, SyncStatus::Offline);
        QCOMPARE(d.cursor(), std::string("3"));
        QCOMPARE(PromptRepository(*d.store).all().size(), 0);
    }

    void pullsWhileMore()
    {
        Device d;
        d.enrolDirectly();
        d.net.enqueueJson(200, page(Json::array({ promptChange("c1", "p-1", 1) }), "1", true));
        d.net.enqueueJson(200, page(Json::array({ promptChange("c2", "p-2", 2) }), "2", false));
        const SyncResult r = d.engine.sync();
        QCOMPARE(r.status, SyncStatus::Done);
        QCOMPARE(r.pulled, 2);
        QCOMPARE(d.net.log().at(1).path, std::string("/v1/pull?cursor=1&limit=200"));
        QCOMPARE(d.cursor(), std::string("2"));
    }

    // The next page is fetched while a page is applied; a next page that does not arrive or does
    // not decode stops the sync with everything before it applied and the cursor just past it.
    void pageAfterAnAppliedPageFailsCleanly()
    {
        Device d;
        d.enrolDirectly();
        d.net.enqueueJson(200, page(Json::array({ promptChange("c1", "p-1", 1) }), "1", true));
        const std::string broken = page(Json::array({ promptChange("c2", "p-2", 2) }), "2", true);
        d.net.enqueueJson(200, broken.substr(0, broken.size() / 2));
        SyncResult r = d.engine.sync();
        QCOMPARE(r.status, SyncStatus::Offline);
        QCOMPARE(r.pulled, 1);
        QCOMPARE(d.cursor(), std::string("1"));
        QCOMPARE(PromptRepository(*d.store).all().size(), 1);

        d.net.enqueueJson(200, page(Json::array({ promptChange("c2", "p-2", 2) }), "2", true));
        d.net.enqueueNetworkError("Connection reset");
        r = d.engine.sync();
        QCOMPARE(r.status, SyncStatus::Offline);
        QCOMPARE(d.cursor(), std::string("2"));
        QCOMPARE(PromptRepository(*d.store).all().size(), 2);
        QCOMPARE(d.net.log().back().path, std::string("/v1/pull?cursor=2&limit=200"));
    }

    // A change the server refuses for good goes aside with its reason; the rest still goes up.
    void invalidChangeNamedByIndexIsQuarantined()
    {
        Device d;
        d.enrolDirectly();
        const QStringList refs = d.addContributions(4);
        const auto ids = d.outboxIds();
        d.engine.setBatchSize(4);
        const std::string refusal = Json { { "error", { { "code", "invalid_change" }, { "message", "text too long" } } },
            { "index", 2 } }.dump();
        d.net.enqueueJson(422, refusal); // [0 1 2 3]: the third is bad
        d.net.enqueueJson(200, acceptAll({ ids[0], ids[1] })); // [0 1]
        d.net.enqueueJson(422, Json { { "error", { { "code", "invalid_change" }, { "message", "text too long" } } },
            { "index", 0 } }.dump()); // [2 3]
        d.net.enqueueJson(200, acceptAll({ ids[3] })); // [3]
        d.net.enqueueJson(200, page(Json::array(), "0"));
        const SyncResult r = d.engine.sync();
        QCOMPARE(r.status, SyncStatus::Done);
        QCOMPARE(r.quarantined, 1);
        QCOMPARE(r.pushed, 3);
        QCOMPARE(d.store->outbox().size(), 0);
        const auto aside = d.store->outbox().quarantined();
        QCOMPARE(aside.size(), 1u);
        QCOMPARE(aside.at(0).changeId, ids[2]);
        QCOMPARE(aside.at(0).code, std::string("invalid_change"));
        QCOMPARE(aside.at(0).reason, std::string("text too long"));
        std::vector<std::size_t> sizes;
        for (std::size_t i = 0; i + 1 < d.net.log().size(); ++i)
            sizes.push_back(Json::parse(d.net.log().at(i).body)["changes"].size());
        QCOMPARE(sizes, (std::vector<std::size_t> { 4, 2, 2, 1 }));

        // Queued again (after an update, say), it is sent like any other change.
        d.store->write([&] { QCOMPARE(d.store->outbox().requeueQuarantined(), 1); });
        QCOMPARE(d.outboxIds(), std::vector<std::string> { ids[2] });
        QCOMPARE(d.store->outbox().quarantinedCount(), 0);
        Q_UNUSED(refs);
    }

    void forbiddenChangeIsFoundByHalving()
    {
        Device d;
        d.enrolDirectly();
        d.addContributions(3);
        const auto ids = d.outboxIds();
        d.engine.setBatchSize(3);
        const std::string forbidden = Json { { "error", { { "code", "forbidden" }, { "message", "not yours" } } } }.dump();
        d.net.enqueueJson(403, forbidden); // [0 1 2]
        d.net.enqueueJson(200, acceptAll({ ids[0] })); // [0]
        d.net.enqueueJson(403, forbidden); // [1 2]
        d.net.enqueueJson(403, forbidden); // [1]: set aside
        d.net.enqueueJson(200, acceptAll({ ids[2] })); // [2]
        d.net.enqueueJson(200, page(Json::array(), "0"));
        const SyncResult r = d.engine.sync();
        QCOMPARE(r.status, SyncStatus::Done);
        QCOMPARE(r.quarantined, 1);
        QCOMPARE(d.store->outbox().quarantined().at(0).changeId, ids[1]);
        QCOMPARE(d.net.pending(), 0u);
    }

    // A body cut short on the way is the network's fault: nothing is set aside, all is sent again.
    void badRequestIsNotQuarantined()
    {
        Device d;
        d.enrolDirectly();
        d.addContributions(2);
        d.net.enqueueJson(400,
            Json { { "error", { { "code", "bad_request" }, { "message", "the push body was cut short" } } } }.dump());
        QCOMPARE(d.engine.sync().status, SyncStatus::Failed);
        QCOMPARE(d.store->outbox().size(), 2);
        QCOMPARE(d.store->outbox().quarantinedCount(), 0);
    }

    // Withdrawal reaches changes set aside too: nothing of a withdrawn answer stays behind.
    void withdrawalPurgesQuarantinedChanges()
    {
        Device d;
        d.enrolDirectly();
        const QStringList refs = d.addContributions(1);
        d.net.enqueueJson(422, Json { { "error", { { "code", "invalid_change" }, { "message", "bad" } } }, { "index", 0 } }.dump());
        d.net.enqueueJson(200, page(Json::array(), "0"));
        QCOMPARE(d.engine.sync().quarantined, 1);
        QCOMPARE(d.store->outbox().quarantinedCount(), 1);
        QVERIFY(ContributionRepository(*d.store).withdrawByReference(refs.at(0)));
        QCOMPARE(d.store->outbox().quarantinedCount(), 0);
    }

    void refusedWithdrawnRecordLeavesOutbox()
    {
        Device d;
        d.enrolDirectly();
        d.addContributions(1);
        const auto pending = d.store->outbox().peek(10);
        const auto &c = pending.at(0).change;
        d.net.enqueueJson(200,
            Json { { "batch", "b" }, { "accepted", Json::array() },
                { "refused", { { { "id", c.changeId }, { "record", c.recordId }, { "code", "withdrawn" } } } } }
                .dump());
        d.net.enqueueJson(200, page(Json::array(), "0"));
        QCOMPARE(d.engine.sync().status, SyncStatus::Done);
        QCOMPARE(d.store->outbox().size(), 0);
    }

    void revocationWipes()
    {
        Device d;
        d.enrolDirectly();
        d.addContributions(1);
        // One change the server refused for good, set aside: it goes with the rest.
        d.net.enqueueJson(422, Json { { "error", { { "code", "invalid_change" }, { "message", "bad" } } }, { "index", 0 } }.dump());
        d.net.enqueueJson(200, page(Json::array(), "0"));
        QCOMPARE(d.engine.sync().quarantined, 1);
        d.addContributions(2);
        const QString sha = d.addMedia("voice");
        d.net.enqueueJson(403, R"({"error":{"code":"device_revoked","message":"revoked"},"wipe":true})");
        QCOMPARE(d.engine.sync().status, SyncStatus::Revoked);
        QCOMPARE(ContributionRepository(*d.store).count(), 0);
        QCOMPARE(d.store->outbox().size(), 0);
        QCOMPARE(d.store->outbox().quarantinedCount(), 0);
        QVERIFY(!d.store->state().get(statekey::kToken));
        QVERIFY(!QFile::exists(d.media.pathOf(sha)));
        QCOMPARE(d.engine.mediaWaiting(), 0);
        QVERIFY(!d.store->deviceId().isEmpty());
    }

    void updateNeededKeepsOutbox()
    {
        Device d;
        d.enrolDirectly();
        d.addContributions(2);
        d.net.enqueueJson(426, R"({"error":{"code":"update_needed","message":"old"}})");
        QCOMPARE(d.engine.sync().status, SyncStatus::UpdateNeeded);
        QCOMPARE(d.store->outbox().size(), 2);
        QVERIFY(d.store->state().get(statekey::kToken).has_value());
    }

    void unknownTokenNeedsEnrolment()
    {
        Device d;
        d.enrolDirectly();
        d.net.enqueueJson(200, page(Json::array(), "0"));
        QCOMPARE(d.engine.sync().status, SyncStatus::Done);
        d.net.enqueueJson(401, R"({"error":{"code":"unauthorized","message":"who"}})");
        QCOMPARE(d.engine.sync().status, SyncStatus::NotEnrolled);
        QVERIFY(!d.engine.enrolled());
    }

    void rateLimitCarriesRetryAfter()
    {
        Device d;
        d.enrolDirectly();
        d.net.enqueue(
            HttpReply { 429, R"({"error":{"code":"rate_limited","message":"slow"}})", { { "retry-after", "7" } }, {} });
        const SyncResult r = d.engine.sync();
        QCOMPARE(r.status, SyncStatus::RateLimited);
        QCOMPARE(r.retryAfterSeconds, 7);
    }

    void mediaResumesFromServerOffset()
    {
        Device d;
        d.enrolDirectly();
        const QByteArray bytes(MediaUploader::kChunkBytes + 100, 'v');
        const QString sha = d.addMedia(bytes);
        QCOMPARE(d.engine.mediaWaiting(), 1);
        d.net.enqueueJson(200, R"({"complete":false,"received":50})");
        // The server moved on meanwhile (an earlier PUT landed after all): resume where it says.
        d.net.enqueueJson(409, R"({"error":{"code":"offset_mismatch","message":"m"},"received":60})");
        d.net.enqueueJson(200, Json { { "complete", false }, { "received", MediaUploader::kChunkBytes + 60 } }.dump());
        d.net.enqueueJson(200, Json { { "complete", true }, { "received", bytes.size() } }.dump());
        d.net.enqueueJson(200, page(Json::array(), "0"));
        const SyncResult r = d.engine.sync();
        QCOMPARE(r.status, SyncStatus::Done);
        QCOMPARE(r.mediaSent, 1);
        QCOMPARE(d.engine.mediaWaiting(), 0);
        const auto &log = d.net.log();
        QCOMPARE(log.at(1).path, "/v1/media/" + sha.toStdString() + "?offset=50");
        QCOMPARE(log.at(2).path, "/v1/media/" + sha.toStdString() + "?offset=60");
        QCOMPARE(log.at(2).body.size(), MediaUploader::kChunkBytes);
        QCOMPARE(log.at(3).body.size(), 40u);
        QCOMPARE(log.at(3).headers.at("Chorus-Media-Size"), std::to_string(bytes.size()));
        QVERIFY(QFile::exists(d.media.pathOf(sha))); // sent, and still the device's own copy
    }

    void withdrawnMediaIsDeleted()
    {
        Device d;
        d.enrolDirectly();
        const QString sha = d.addMedia("drawing");
        d.net.enqueueJson(410, R"({"error":{"code":"media_withdrawn","message":"gone"}})");
        d.net.enqueueJson(200, page(Json::array(), "0"));
        QCOMPARE(d.engine.sync().status, SyncStatus::Done);
        QVERIFY(!QFile::exists(d.media.pathOf(sha)));
        QCOMPARE(d.engine.mediaWaiting(), 0);
    }

    void clampedVersionIsAdopted()
    {
        Device d;
        d.enrolDirectly();
        d.addContributions(1);
        const auto c = d.store->outbox().peek(1).at(0).change;
        const std::string from = c.fields.at("text").version;
        const std::string to = "0000019b2c3d4e5f.00000000." + d.store->deviceId().toStdString();
        d.net.enqueueJson(200,
            Json { { "batch", "b" }, { "accepted", { c.changeId } }, { "refused", Json::array() },
                { "clamped", { { { "id", c.changeId }, { "field", "text" }, { "from", from }, { "to", to } } } } }
                .dump());
        d.net.enqueueJson(200, page(Json::array(), "0"));
        QCOMPARE(d.engine.sync().status, SyncStatus::Done);
        auto s = d.store->db().prepare("SELECT versions FROM contributions WHERE id = ?1");
        s.bind(1, c.recordId);
        QVERIFY(s.step());
        QVERIFY(Json::parse(s.text(0))["text"]["v"] == to);
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
