// Prompts: list, create, edit, schedule and retire consultation questions, and upload their pictures.

#include "apierror.h"
#include "apis.h"
#include "bodyfields.h"
#include "directory.h"
#include "model/schema.h"
#include "protocol/validation.h"
#include "recordreader.h"
#include "recordwriter.h"
#include "secrets.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

Json pickFields(const Json &body, std::initializer_list<const char *> names)
{
    Json out = Json::object();
    for (const char *n : names)
        if (body.contains(n))
            out[n] = body[n];
    return out;
}

void requireOwnSites(Call &call, const Json &sites)
{
    if (!sites.is_array())
        return;
    for (const auto &site : sites) {
        auto s = call.db.prepare("SELECT 1 FROM sites WHERE id = ?1 AND org_id = ?2");
        s.bind(1, site.is_string() ? site.get<std::string>() : std::string()).bind(2, call.session.orgId);
        if (!s.step())
            throw ApiError(ErrorCode::BadRequest, "sites must be sites of your organisation");
    }
}

namespace {
Json promptFields(Call &call)
{
    Json fields = pickFields(
        call.body(), { "text", "symbol", "formats", "cards", "active_from", "active_until", "sites", "position" });
    if (fields.contains("text")) {
        const Json &t = fields["text"];
        if (!t.is_object() || !t.contains("en") || !t["en"].is_string() || t["en"].get<std::string>().empty())
            throw ApiError(ErrorCode::BadRequest, "a prompt needs its easy-read text in English at least");
        for (const auto &[lang, value] : t.items())
            if ((lang != "en" && lang != "cy" && lang != "ar") || !value.is_string())
                throw ApiError(ErrorCode::BadRequest, "prompt text is given per language: en, cy, ar");
    }
    for (const char *time : { "active_from", "active_until" })
        if (fields.contains(time) && fields[time].is_number() && fields[time].get<std::int64_t>() == 0)
            fields[time] = nullptr;
    if (fields.contains("cards")) {
        // Card names become symbols in contributions, where the protocol requires ids.
        if (!fields["cards"].is_array() || fields["cards"].size() > 16)
            throw ApiError(ErrorCode::BadRequest, "picture cards are a list of up to 16 symbol names");
        for (const auto &c : fields["cards"])
            if (!c.is_string() || !sync::protocol::isValidId(c.get<std::string>()))
                throw ApiError(ErrorCode::BadRequest, "a picture card is a symbol name of letters, digits, - or _");
    }
    requireOwnSites(call, fields.value("sites", Json::array()));
    return fields;
}

// Picture files in the prompt's symbol are named "picture:<sha256>" so the app can tell them from symbols.
std::string mediaTypeOf(const std::string &data)
{
    if (data.rfind("\x89PNG", 0) == 0)
        return "image/png";
    if (data.rfind("\xFF\xD8\xFF", 0) == 0)
        return "image/jpeg";
    return {};
}
} // namespace

void installPromptsApi(Router &router)
{
    router.get("/dashboard/api/prompts", [](Call &call) -> Json {
        return { { "prompts",
            RecordReader(call.db, call.session.orgId)
                .list(sync::kinds::Prompt, {}, {}, std::string("coalesce(r.position, 0), ") + RecordReader::kCreationOrder) } };
    });
    router.post("/dashboard/api/prompts", [](Call &call) -> Json {
        Json fields = promptFields(call);
        if (!fields.contains("text"))
            throw ApiError(ErrorCode::BadRequest, "a prompt needs its easy-read text in English at least");
        if (!fields.contains("formats"))
            fields["formats"] = Json::array({ "speak", "write", "faces", "pictures", "draw" });
        if (!fields.contains("sites"))
            fields["sites"] = Json::array();
        fields["retired"] = false;
        const std::string id = secrets::randomId();
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::Prompt, id, fields);
        call.audit("prompt.create", id);
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::Prompt, id);
    });
    router.post(R"(/dashboard/api/prompts/([A-Za-z0-9_-]{1,64}))", [](Call &call) -> Json {
        const std::string id = call.match(1);
        (void)RecordReader(call.db, call.session.orgId).get(sync::kinds::Prompt, id);
        Json fields = promptFields(call);
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::Prompt, id, fields);
        Json names = Json::array();
        for (const auto &[k, v] : fields.items())
            names.push_back(k);
        call.audit("prompt.edit", id, { { "fields", names } });
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::Prompt, id);
    });
    router.post(R"(/dashboard/api/prompts/([A-Za-z0-9_-]{1,64})/retire)", [](Call &call) -> Json {
        const std::string id = call.match(1);
        (void)RecordReader(call.db, call.session.orgId).get(sync::kinds::Prompt, id);
        const bool retired = booleanField(call.body(), "retired", true);
        RecordWriter(call.server, call.db, call.media, call.session.orgId)
            .write(sync::kinds::Prompt, id, { { "retired", retired } });
        call.audit(retired ? "prompt.retire" : "prompt.restore", id);
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::Prompt, id);
    });
    router.post("/dashboard/api/pictures", [](Call &call) -> Json {
        const std::string &data = call.req.body;
        if (data.empty() || data.size() > sync::protocol::kMaxMediaChunkBytes)
            throw ApiError(ErrorCode::PayloadTooLarge, "a picture must be under 4 MiB");
        if (mediaTypeOf(data).empty())
            throw ApiError(ErrorCode::BadRequest, "upload a PNG or JPEG picture");
        const std::string sha = secrets::sha256Hex(data);
        DeviceIdentity writer { RecordWriter::writerId(call.session.orgId), call.session.orgId, {},
            sync::protocol::Role::Coordinator };
        (void)call.media.append(call.db, writer, sha, 0, data.size(), data);
        call.audit("picture.upload", sha);
        return { { "sha256", sha }, { "symbol", "picture:" + sha } };
    });
}

} // namespace chorus::server::dashboard
