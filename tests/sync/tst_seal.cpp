// Sealing (sync/seal): what a device seals opens only with the organisation's secret key, only for
// the record and field it was sealed for, still after a key rotation, and never from damaged bytes;
// the enrolment proof accepts only the holder of the key handed over; a sealed field merges by its
// version like any other, and the device's store never holds the words.

#include "storage/migrations.h"
#include "check.h"
#include "clock/hlc.h"
#include "seal/fieldsealer.h"
#include "seal/keyproof.h"
#include "seal/mediasealer.h"
#include "seal/sealopener.h"
#include "sqlite/database.h"
#include "store/recordstore.h"

#include <sodium.h>

#include <filesystem>
#include <fstream>
#include <sstream>

using namespace chorus;
using namespace chorus::sync;
using Json = nlohmann::json;

namespace {

seal::KeyPair newPair()
{
    seal::KeyPair k;
    crypto_box_keypair(k.publicKey.data(), k.secretKey.data());
    return k;
}

std::string readAll(const std::filesystem::path &p)
{
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

void sealedValuesOpenOnlyWhereSealed()
{
    const auto org = newPair();
    seal::FieldSealer sealer(org.publicKey);
    const Json words = "CANARY-words about the housing office";
    const Json sealed = sealer.seal("contribution", "rec-1", "text", words);
    CHECK(seal::isSealedValue(sealed));
    CHECK(sealed.dump().find("CANARY") == std::string::npos);
    const seal::SealOpener opener({ org });
    CHECK_EQ(opener.openValue("contribution", "rec-1", "text", sealed), words);
    const Json consent = { { "anonymous", true }, { "quote", false }, { "contact", true } };
    CHECK_EQ(
        opener.openValue("contribution", "rec-1", "consent", sealer.seal("contribution", "rec-1", "consent", consent)),
        consent);

    bool moved = false, otherKey = false, damaged = false;
    try {
        (void)opener.openValue("contribution", "rec-2", "text", sealed);
    } catch (const std::invalid_argument &) {
        moved = true;
    }
    try {
        (void)seal::SealOpener({ newPair() }).openValue("contribution", "rec-1", "text", sealed);
    } catch (const std::invalid_argument &) {
        otherKey = true;
    }
    auto bytes = *seal::fromBase64(sealed["$sealed"].get<std::string>());
    bytes.back() ^= 1;
    try {
        (void)opener.openValue("contribution", "rec-1", "text", Json { { "$sealed", seal::toBase64(bytes) } });
    } catch (const std::invalid_argument &) {
        damaged = true;
    }
    CHECK(moved);
    CHECK(otherKey);
    CHECK(damaged);
}

void rotationKeepsOldItemsOpen()
{
    const auto before = newPair();
    const auto after = newPair();
    const Json old = seal::FieldSealer(before.publicKey).seal("contribution", "r", "text", "old words");
    const Json fresh = seal::FieldSealer(after.publicKey).seal("contribution", "r", "text", "new words");
    const seal::SealOpener both({ after, before });
    CHECK_EQ(both.openValue("contribution", "r", "text", old), Json("old words"));
    CHECK_EQ(both.openValue("contribution", "r", "text", fresh), Json("new words"));
    CHECK(seal::keyIdOf(before.publicKey) != seal::keyIdOf(after.publicKey));
}

void itemKeysAreReplaced()
{
    const auto org = newPair();
    seal::FieldSealer sealer(org.publicKey);
    auto itemKeyOf = [](const Json &v) {
        return seal::fromBase64(v["$sealed"].get<std::string>())->substr(1 + seal::kKeyIdBytes, seal::kSealedKeyBytes);
    };
    const std::string first = itemKeyOf(sealer.seal("contribution", "r", "text", "a"));
    for (int i = 1; i < seal::FieldSealer::kValuesPerItemKey; ++i)
        (void)sealer.seal("contribution", "r", "text", "a");
    CHECK(itemKeyOf(sealer.seal("contribution", "r", "text", "a")) != first);
}

void mediaOpensWholeOrNotAtAll()
{
    const auto org = newPair();
    const auto dir = std::filesystem::temp_directory_path() / ("tst_seal_" + std::to_string(::getpid()));
    std::filesystem::create_directories(dir);
    std::string voice;
    for (int i = 0; i < 200000; ++i)
        voice += static_cast<char>("VOICE-CANARY"[i % 12]);
    std::istringstream plain(voice);
    CHECK(seal::MediaSealer::sealStream(org.publicKey, plain, dir / "sealed"));
    CHECK(seal::MediaSealer::isSealedFile(dir / "sealed"));
    CHECK(readAll(dir / "sealed").find("VOICE-CANARY") == std::string::npos);
    CHECK((std::filesystem::status(dir / "sealed").permissions() & std::filesystem::perms::others_read)
        == std::filesystem::perms::none);
    const seal::SealOpener opener({ org });
    CHECK(opener.openFile(dir / "sealed", dir / "opened"));
    CHECK(readAll(dir / "opened") == voice);

    // Cut short at a chunk boundary: the final tag is missing, so it must not open.
    const std::string whole = readAll(dir / "sealed");
    std::ofstream(dir / "cut", std::ios::binary)
        << whole.substr(0, whole.size() - (voice.size() % seal::kMediaChunkBytes) - 17);
    CHECK(!opener.openFile(dir / "cut", dir / "opened-cut"));
    CHECK(!std::filesystem::exists(dir / "opened-cut"));
    CHECK(!seal::SealOpener({ newPair() }).openFile(dir / "sealed", dir / "opened-other"));

    std::istringstream empty("");
    CHECK(seal::MediaSealer::sealStream(org.publicKey, empty, dir / "empty"));
    CHECK(opener.openFile(dir / "empty", dir / "opened-empty"));
    CHECK(readAll(dir / "opened-empty").empty());
    std::filesystem::remove_all(dir);
}

void proofAcceptsOnlyTheKeyHolder()
{
    const auto org = newPair();
    const auto impostor = newPair();
    const seal::KeyChallenge challenge;
    const std::string proof = seal::KeyChallenge::prove(org, challenge.publicHex());
    CHECK(challenge.accepts(org.publicKey, proof));
    // The right key handed over with a proof made by another key, and the other way round.
    CHECK(!challenge.accepts(org.publicKey, seal::KeyChallenge::prove(impostor, challenge.publicHex())));
    CHECK(!challenge.accepts(impostor.publicKey, proof));
    // A proof made for another device's challenge.
    const seal::KeyChallenge other;
    CHECK(!challenge.accepts(org.publicKey, seal::KeyChallenge::prove(org, other.publicHex())));
    CHECK(!challenge.accepts(org.publicKey, ""));
}

void storeHoldsOnlySealedWordsAndMergesByVersion()
{
    const auto org = newPair();
    auto db = sqlite::Database::open(":memory:");
    chorus::migrations::migrate(*db);
    HybridClock clock;
    RecordStore store(*db, clock, "kiosk-1", ConflictRole::Follow);
    seal::FieldSealer sealer(org.publicKey);
    store.setSealerSource([&] { return &sealer; });
    const Change first = store.writeLocal("contribution", "r1",
        { { "text", "CANARY first words" }, { "rating", 4 }, { "format", "write" }, { "contact_name", nullptr } },
        "c1");
    CHECK(seal::isSealedValue(first.fields.at("text").value));
    CHECK(seal::isSealedValue(first.fields.at("rating").value));
    CHECK_EQ(first.fields.at("format").value, Json("write")); // not content: stays readable
    CHECK(first.fields.at("contact_name").value.is_null());
    const Change second = store.writeLocal("contribution", "r1", { { "text", "CANARY second words" } }, "c2");
    CHECK_EQ(second.fields.at("text").base, first.fields.at("text").version);
    const auto held = store.read("contribution", "r1");
    CHECK(held && held->dump().find("CANARY") == std::string::npos);

    // The judge (the server) opens and merges: the later version wins, as for any field.
    auto serverDb = sqlite::Database::open(":memory:");
    chorus::migrations::migrate(*serverDb);
    HybridClock serverClock;
    RecordStore server(*serverDb, serverClock, "server");
    const seal::SealOpener opener({ org });
    for (Change c : { second, first }) {
        for (auto &[name, f] : c.fields)
            if (seal::isSealedValue(f.value))
                f.value = opener.openValue(c.kind, c.recordId, name, f.value);
        (void)server.apply(c);
    }
    const Json opened = *server.read("contribution", "r1");
    CHECK_EQ(opened.at("text"), Json("CANARY second words"));
    CHECK_EQ(opened.at("rating"), Json(4));
}

} // namespace

int main()
{
    if (!seal::initialise())
        return 2;
    sealedValuesOpenOnlyWhereSealed();
    rotationKeepsOldItemsOpen();
    itemKeysAreReplaced();
    mediaOpensWholeOrNotAtAll();
    proofAcceptsOnlyTheKeyHolder();
    storeHoldsOnlySealedWordsAndMergesByVersion();
    return chorus::test::tally().finish();
}
