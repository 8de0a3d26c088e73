// Outcomes ("you said, we did"): create, edit and publish; published outcomes reach kiosks by pull.

#include "apierror.h"
#include "apis.h"
#include "bodyfields.h"
#include "model/schema.h"
#include "recordreader.h"
#include "recordwriter.h"
#include "secrets.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
Json outcomeFields(Call &call)
{
    Json fields
        = pickFields(call.body(), { "said", "did", "happened_at", "prompt_ids", "themes", "sites", "published", "idea_ids" });
    requireLanguageMap(fields, "said");
    requireLanguageMap(fields, "did");
    requireOwnSites(call, fields.value("sites", Json::array()));
    if (fields.contains("prompt_ids") && fields["prompt_ids"].is_array()) {
        RecordReader reader(call.db, call.session.orgId);
        for (const auto &p : fields["prompt_ids"])
            if (!p.is_string() || !reader.find(sync::kinds::Prompt, p.get<std::string>()))
                throw ApiError(ErrorCode::BadRequest, "linked prompts must be prompts of your organisation");
    }
    if (fields.contains("published") && !fields["published"].is_boolean())
        throw ApiError(ErrorCode::BadRequest, "published is true or false");
    return fields;
}

Json fieldNames(const Json &fields)
{
    Json names = Json::array();
    for (const auto &[k, v] : fields.items())
        names.push_back(k);
    return names;
}
} // namespace

void installOutcomesApi(Router &router)
{
    router.get("/dashboard/api/outcomes", [](Call &call) -> Json {
        return { { "outcomes",
            RecordReader(call.db, call.session.orgId).list(sync::kinds::Outcome, {}, {}, "coalesce(r.happened_at, 0) DESC") } };
    });
    router.post("/dashboard/api/outcomes", [](Call &call) -> Json {
        Json fields = outcomeFields(call);
        if (!fields.contains("said") || !fields.contains("did"))
            throw ApiError(ErrorCode::BadRequest, "an outcome says what people said and what was done");
        for (const char *list : { "prompt_ids", "themes", "sites" })
            if (!fields.contains(list))
                fields[list] = Json::array();
        if (!fields.contains("published"))
            fields["published"] = false;
        const std::string id = secrets::randomId();
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::Outcome, id, fields);
        call.audit(fields["published"] == true ? "outcome.create_published" : "outcome.create", id);
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::Outcome, id);
    });
    router.post(R"(/dashboard/api/outcomes/([A-Za-z0-9_-]{1,64}))", [](Call &call) -> Json {
        const std::string id = call.match(1);
        (void)RecordReader(call.db, call.session.orgId).get(sync::kinds::Outcome, id);
        const Json fields = outcomeFields(call);
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::Outcome, id, fields);
        call.audit("outcome.edit", id, { { "fields", fieldNames(fields) } });
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::Outcome, id);
    });
    router.post(R"(/dashboard/api/outcomes/([A-Za-z0-9_-]{1,64})/publish)", [](Call &call) -> Json {
        const std::string id = call.match(1);
        (void)RecordReader(call.db, call.session.orgId).get(sync::kinds::Outcome, id);
        const bool published = booleanField(call.body(), "published", true);
        RecordWriter(call.server, call.db, call.media, call.session.orgId)
            .write(sync::kinds::Outcome, id, { { "published", published } });
        call.audit(published ? "outcome.publish" : "outcome.unpublish", id);
        return RecordReader(call.db, call.session.orgId).get(sync::kinds::Outcome, id);
    });
}

} // namespace chorus::server::dashboard
