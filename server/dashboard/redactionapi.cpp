// Redaction that holds: a coordinator rewrites a contribution's text and/or takes out a voice note or
// drawing. The original leaves every table, the change log, the write-ahead log, conflicts and media
// files (BatchReceiver, RecordStore); no later device write brings it back; only a coordinator lifts it.

#include "apierror.h"
#include "apis.h"
#include "model/schema.h"
#include "recordreader.h"
#include "recordwriter.h"

#include <algorithm>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
const char *const kContribution = R"(/dashboard/api/contributions/([A-Za-z0-9_-]{1,64}))";

Json heldContribution(Call &call, const std::string &id)
{
    Json c = RecordReader(call.db, call.session.orgId).get(sync::kinds::Contribution, id);
    if (c["withdrawn"] == true)
        throw ApiError(ErrorCode::NotFound, "this contribution was withdrawn");
    return c;
}

// The redaction's fields: the new text, the media list without what is taken out, and the flag.
Json redactionFields(const Json &held, const Json &body)
{
    Json fields { { std::string(sync::fields::Redacted), true } };
    const Json text = body.value("text", Json());
    if (!text.is_null() && !text.is_string())
        throw ApiError(ErrorCode::BadRequest, "text is the redacted text");
    if (text.is_string())
        fields[std::string(sync::fields::Text)] = text;
    const Json remove = body.value("remove_media", Json::array());
    if (!remove.is_array())
        throw ApiError(ErrorCode::BadRequest, "remove_media is a list of the media to take out");
    if (!remove.empty()) {
        const Json media = held.value("media", Json::array());
        Json kept = Json::array();
        for (const auto &m : media.is_array() ? media : Json::array())
            if (std::find(remove.begin(), remove.end(), m) == remove.end())
                kept.push_back(m);
        if (kept.size() + remove.size() != (media.is_array() ? media.size() : 0))
            throw ApiError(ErrorCode::BadRequest, "remove_media names media this contribution does not hold");
        fields[std::string(sync::fields::Media)] = kept;
    }
    if (fields.size() == 1)
        throw ApiError(ErrorCode::BadRequest, "send the redacted text, or the media to take out, or both");
    return fields;
}
} // namespace

void installRedactionApi(Router &router)
{
    router.post(std::string(kContribution) + "/redact", [](Call &call) -> Json {
        const std::string id = call.match(1);
        const Json fields = redactionFields(heldContribution(call, id), call.body());
        RecordWriter(call.server, call.db, call.media, call.session.orgId)
            .write(sync::kinds::Contribution, id, fields, WriteOptions { true });
        // The audit says what kind of redaction happened, never what was removed.
        call.audit("contribution.redact", id,
            { { "text", fields.contains(std::string(sync::fields::Text)) },
                { "media_removed", call.body().value("remove_media", Json::array()).size() } });
        return heldContribution(call, id);
    });
    router.post(std::string(kContribution) + "/lift-redaction", [](Call &call) -> Json {
        const std::string id = call.match(1);
        if (heldContribution(call, id)["redacted"] != true)
            throw ApiError(ErrorCode::BadRequest, "this contribution is not redacted");
        // What was removed stays removed; lifting lets the answer be changed again.
        RecordWriter(call.server, call.db, call.media, call.session.orgId)
            .write(sync::kinds::Contribution, id, { { std::string(sync::fields::Redacted), false } });
        call.audit("contribution.lift_redaction", id);
        return heldContribution(call, id);
    });
}

} // namespace chorus::server::dashboard
