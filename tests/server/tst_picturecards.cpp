// Picture cards on SQLite and PostgreSQL: a coordinator adds a card (an uploaded picture and its words
// in English, Welsh and Arabic) on the dashboard; a card without its words in every language, without
// a picture, or naming a picture never uploaded is refused with a message and leaves nothing behind; a
// kiosk pulls the card and may fetch its picture (a contribution's media it still may not); retiring a
// card reaches the kiosk; another organisation sees none of it.

#include "../sync/check.h"
#include "dashboardsession.h"
#include "serverharness.h"

using namespace chorus::test;

namespace {
// The smallest PNG the server accepts: its signature is what it checks.
const std::string kPng = std::string("\x89PNG\r\n\x1a\n", 8) + "picture card test bytes";
const Json kWords { { "en", "The bus" }, { "cy", "Y bws" }, { "ar", "الحافلة" } };
} // namespace

int main()
{
    TempDir dir;
    const std::string db = newServerDatabase(dir, "cards");
    const std::string org = admin(db, { "create-org", "Org" })["id"];
    const std::string site = admin(db, { "create-site", org, "Centre" })["id"];
    const std::string otherOrg = admin(db, { "create-org", "Other" })["id"];
    ServerProcess server(db, dir.path() / "media");
    DashboardSession coordinator(server, db, org, "coord@example.org");
    DashboardSession stranger(server, db, otherOrg, "coord@other.org");

    const Response upload = coordinator.postBytes("/dashboard/api/pictures", kPng, "image/png");
    CHECK_EQ(upload.status, 200);
    const std::string symbol = upload.body.value("symbol", "");
    const std::string sha = upload.body.value("sha256", "");

    // Refused, each with a message, and nothing written.
    const auto refused = [&](const Json &body, const std::string &words) {
        const Response r = coordinator.post("/dashboard/api/picture-cards", body);
        CHECK_EQ(r.status, 400);
        if (r.raw.find(words) == std::string::npos)
            std::fprintf(stderr, "expected \"%s\" in %s\n", words.c_str(), r.raw.c_str());
        CHECK(r.raw.find(words) != std::string::npos);
    };
    refused({ { "words", kWords } }, "needs a picture and its words");
    refused({ { "symbol", symbol } }, "needs a picture and its words");
    refused({ { "symbol", symbol }, { "words", { { "en", "The bus" }, { "cy", "Y bws" } } } }, "words in ar");
    refused({ { "symbol", symbol }, { "words", { { "en", "The bus" }, { "cy", "" }, { "ar", "x" } } } }, "words in cy");
    refused({ { "symbol", symbol }, { "words", { { "cy", "Y bws" }, { "ar", "x" } } } }, "English");
    refused({ { "symbol", symbol }, { "words", { { "en", "a" }, { "cy", "b" }, { "ar", "c" }, { "fr", "d" } } } },
        "en, cy, ar");
    refused({ { "symbol", "bus" }, { "words", kWords } }, "uploaded first");
    refused({ { "symbol", "picture:" + std::string(64, 'a') }, { "words", kWords } }, "has not been uploaded");
    CHECK_EQ(coordinator.get("/dashboard/api/picture-cards").body["cards"].size(), 0u);
    {
        auto conn = openServerDatabase(db);
        auto rows = conn->prepare("SELECT count(*) FROM picture_cards");
        CHECK(rows.step());
        CHECK_EQ(rows.integer(0), 0);
    }

    // Made: the list shows it with its words and picture.
    const Response made = coordinator.post("/dashboard/api/picture-cards", { { "symbol", symbol }, { "words", kWords } });
    CHECK_EQ(made.status, 200);
    const std::string cardId = made.body.value("id", "");
    CHECK(!cardId.empty());
    const Response list = coordinator.get("/dashboard/api/picture-cards");
    CHECK_EQ(list.body["cards"].size(), 1u);
    CHECK_EQ(list.body["cards"][0]["words"], kWords);
    CHECK_EQ(list.body["cards"][0]["symbol"], Json(symbol));
    CHECK_EQ(list.body["cards"][0]["retired"], Json(false));
    // Another organisation neither lists nor edits it.
    CHECK_EQ(stranger.get("/dashboard/api/picture-cards").body["cards"].size(), 0u);
    CHECK_EQ(stranger.post("/dashboard/api/picture-cards/" + cardId, { { "words", kWords } }).status, 404);

    // A kiosk pulls the card, may fetch its picture, and still not a contribution's media.
    auto kiosk = enrol(server, db, org, site, "kiosk");
    CHECK_EQ(kiosk->pullAll().status, 200);
    CHECK_EQ(fieldOf(kiosk->read("picture_card", cardId), "words"), kWords);
    CHECK_EQ(fieldOf(kiosk->read("picture_card", cardId), "symbol"), Json(symbol));
    const Response fetched = kiosk->get("/v1/media/" + sha);
    CHECK_EQ(fetched.status, 200);
    CHECK(fetched.raw == kPng);

    // An edit and a retirement reach the kiosk.
    Json welsh = kWords;
    welsh["cy"] = "Y bws mawr";
    CHECK_EQ(coordinator.post("/dashboard/api/picture-cards/" + cardId, { { "words", welsh } }).status, 200);
    CHECK_EQ(coordinator.post("/dashboard/api/picture-cards/" + cardId + "/retire", { { "retired", true } }).status, 200);
    CHECK_EQ(kiosk->pullAll().status, 200);
    if (fieldOf(kiosk->read("picture_card", cardId), "words") != welsh)
        std::fprintf(stderr, "kiosk holds %s\n", kiosk->read("picture_card", cardId)->dump().c_str());
    CHECK_EQ(fieldOf(kiosk->read("picture_card", cardId), "words"), welsh);
    CHECK_EQ(fieldOf(kiosk->read("picture_card", cardId), "retired"), Json(true));

    // A device cannot make a card (a coordinator's kind) nor push one with a picture that is not a hash.
    kiosk->write("picture_card", "kiosk-card", { { "words", kWords }, { "symbol", symbol } });
    CHECK(kiosk->push().status != 200);
    auto coordDevice = enrol(server, db, org, site, "coordinator");
    coordDevice->write("picture_card", "bad-card", { { "words", kWords }, { "symbol", "../etc/passwd" } });
    const Response bad = coordDevice->push();
    CHECK(bad.raw.find("picture:<sha256>") != std::string::npos);
    return tally().finish();
}
