// The organisation's "If you need help now" words (admin sets them, audited): a synced setting, so
// every kiosk of the organisation shows them on its Thank-you screen after its next pull.

#include "apierror.h"
#include "apis.h"
#include "model/schema.h"
#include "model/settingids.h"
#include "recordreader.h"
#include "recordwriter.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
// Three languages of up to 1,000 bytes each stay inside a setting's 4,096 bytes.
constexpr std::size_t kMaxWordsBytes = 1000;

Json heldWords(Call &call)
{
    const auto setting
        = RecordReader(call.db, call.session.orgId).find(sync::kinds::Setting, sync::settings::helpNowId(call.session.orgId));
    const Json value = setting ? setting->value("value", Json()) : Json();
    return value.is_object() ? value : Json::object();
}
} // namespace

void installHelpWordsApi(Router &router)
{
    router.get("/dashboard/api/help-words", [](Call &call) -> Json { return { { "words", heldWords(call) } }; });
    router.post(
        "/dashboard/api/help-words",
        [](Call &call) -> Json {
            const Json given = call.body().value("words", Json());
            if (!given.is_object())
                throw ApiError(ErrorCode::BadRequest, "words is {\"en\": ..., \"cy\": ..., \"ar\": ...}");
            Json words = Json::object();
            for (const auto &[language, text] : given.items()) {
                if (language != "en" && language != "cy" && language != "ar")
                    throw ApiError(ErrorCode::BadRequest, "words are given per language: en, cy, ar");
                if (!text.is_string() || text.get<std::string>().size() > kMaxWordsBytes)
                    throw ApiError(ErrorCode::BadRequest,
                        "the words for " + language + " are text of up to " + std::to_string(kMaxWordsBytes)
                            + " bytes");
                // Blank means "none in this language": the kiosk falls back to another.
                if (text.get<std::string>().find_first_not_of(" \t\r\n") != std::string::npos)
                    words[language] = text;
            }
            const std::string id = sync::settings::helpNowId(call.session.orgId);
            RecordWriter(call.server, call.db, call.media, call.session.orgId)
                .write(sync::kinds::Setting, id, { { "value", words } });
            Json languages = Json::array();
            for (const auto &[language, text] : words.items())
                languages.push_back(language);
            call.audit("help_words.set", id, { { "languages", languages } });
            return { { "words", heldWords(call) } };
        },
        Role::Admin);
}

} // namespace chorus::server::dashboard
