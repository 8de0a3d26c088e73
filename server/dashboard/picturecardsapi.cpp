// Picture cards: a coordinator adds a picture (uploaded at /dashboard/api/pictures) with its words in
// English, Welsh and Arabic; kiosks get it by sync and offer it for picture sorting when a prompt
// names it in its cards.

#include "apierror.h"
#include "apis.h"
#include "bodyfields.h"
#include "model/schema.h"
#include "protocol/validation.h"
#include "recordreader.h"
#include "recordwriter.h"
#include "secrets.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
constexpr std::string_view kPicturePrefix = "picture:";

// A card is only useful with words a person can hear in each of the kiosk's languages.
void requireWordsInEveryLanguage(const Json &words)
{
    requireLanguageMap(Json { { "words", words } }, "words");
    for (const char *lang : { "en", "cy", "ar" }) {
        const auto it = words.find(lang);
        if (it == words.end() || !it->is_string() || it->get_ref<const std::string &>().empty())
            throw ApiError(ErrorCode::BadRequest, std::string("a picture card needs its words in ") + lang);
        if (it->get_ref<const std::string &>().size() > 200)
            throw ApiError(ErrorCode::BadRequest, "a picture card's words are at most 200 bytes in each language");
    }
}

// The picture must be one this organisation uploaded, so kiosks can fetch it.
void requireUploadedPicture(Call &call, const Json &symbol)
{
    const std::string s = symbol.is_string() ? symbol.get<std::string>() : std::string();
    const std::string sha = s.rfind(kPicturePrefix, 0) == 0 ? s.substr(kPicturePrefix.size()) : std::string();
    if (!sync::protocol::isSha256Hex(sha))
        throw ApiError(ErrorCode::BadRequest, "a picture card needs a picture uploaded first (picture:<sha256>)");
    auto q = call.db.prepare("SELECT 1 FROM media WHERE org_id = ?1 AND sha256 = ?2 AND complete = 1");
    q.bind(1, call.session.orgId).bind(2, sha);
    if (!q.step())
        throw ApiError(ErrorCode::BadRequest, "that picture has not been uploaded");
}

Json cardFields(Call &call, bool creating)
{
    Json fields = pickFields(call.body(), { "words", "symbol" });
    if (creating && (!fields.contains("words") || !fields.contains("symbol")))
        throw ApiError(ErrorCode::BadRequest, "a picture card needs a picture and its words");
    if (fields.contains("words"))
        requireWordsInEveryLanguage(fields["words"]);
    if (fields.contains("symbol"))
        requireUploadedPicture(call, fields["symbol"]);
    return fields;
}
} // namespace

void installPictureCardsApi(Router &router)
{
    router.get("/dashboard/api/picture-cards", [](Call &call) -> Json {
        return { { "cards", RecordReader(call.db, call.session.orgId).list(sync::kinds::PictureCard) } };
    });
    router.post("/dashboard/api/picture-cards", [](Call &call) -> Json {
        Json fields = cardFields(call, true);
        fields["retired"] = false;
        const std::string id = secrets::randomId();
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::PictureCard, id, fields);
        call.audit("picture_card.create", id);
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::PictureCard, id);
    });
    router.post(R"(/dashboard/api/picture-cards/([A-Za-z0-9_-]{1,64}))", [](Call &call) -> Json {
        const std::string id = call.match(1);
        (void)RecordReader(call.db, call.session.orgId).get(sync::kinds::PictureCard, id);
        const Json fields = cardFields(call, false);
        if (fields.empty())
            throw ApiError(ErrorCode::BadRequest, "nothing to change: send words or symbol");
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::PictureCard, id, fields);
        call.audit("picture_card.edit", id);
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::PictureCard, id);
    });
    router.post(R"(/dashboard/api/picture-cards/([A-Za-z0-9_-]{1,64})/retire)", [](Call &call) -> Json {
        const std::string id = call.match(1);
        (void)RecordReader(call.db, call.session.orgId).get(sync::kinds::PictureCard, id);
        const bool retired = booleanField(call.body(), "retired", true);
        RecordWriter(call.server, call.db, call.media, call.session.orgId)
            .write(sync::kinds::PictureCard, id, { { "retired", retired } });
        call.audit(retired ? "picture_card.retire" : "picture_card.restore", id);
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::PictureCard, id);
    });
}

} // namespace chorus::server::dashboard
