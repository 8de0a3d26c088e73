// Contact-back: the people who asked to be contacted, with their details, their answer and the site;
// staff mark each contacted with a note. Viewing the queue and each "contacted" are audited (the
// audit says a note was written, never what it says).

#include "apierror.h"
#include "apis.h"
#include "clock/hlc.h"
#include "model/schema.h"
#include "recordreader.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
constexpr std::size_t kMaxNote = 2000;

std::string asksForContact(sql::Dialect dialect)
{
    return std::string("coalesce(r.withdrawn, 0) = 0 AND ")
        + (dialect == sql::Dialect::PostgreSQL ? "(r.consent::jsonb ->> 'contact') = 'true'"
                                               : "json_extract(r.consent, '$.contact') = 1");
}
} // namespace

void installContactBackApi(Router &router)
{
    router.get("/dashboard/api/contact-back", [](Call &call) -> Json {
        const Json people = RecordReader(call.db, call.session.orgId)
                                .list(sync::kinds::Contribution, asksForContact(call.db.dialect()), {}, "r.created_at, r.id");
        Json waiting = Json::array(), contacted = Json::array();
        auto note = call.db.prepare(
            "SELECT contacted_at, contacted_by, note FROM contact_back WHERE record_id = ?1 AND org_id = ?2");
        for (const Json &c : people) {
            Json item { { "id", c["id"] }, { "reference", c["reference"] }, { "created_at", c["created_at"] },
                { "site_id", c["site_id"] }, { "prompt_id", c["prompt_id"] }, { "format", c["format"] },
                { "text", c["text"] }, { "contact_name", c["contact_name"] },
                { "contact_detail", c["contact_detail"] } };
            note.bind(1, c.value("id", "")).bind(2, call.session.orgId);
            if (note.step()) {
                item["contacted_at"] = note.integer(0);
                item["contacted_by"] = note.text(1);
                item["note"] = note.text(2);
                contacted.push_back(item);
            } else {
                waiting.push_back(item);
            }
            note.reset();
        }
        call.audit("contact_back.view", call.session.orgId, { { "people", people.size() } });
        return { { "waiting", waiting }, { "contacted", contacted },
            { "counts", { { "waiting", waiting.size() }, { "contacted", contacted.size() } } } };
    });
    // The counts alone, for the summary: no details, so nothing to audit.
    router.get("/dashboard/api/contact-back/counts", [](Call &call) -> Json {
        const std::int64_t asked
            = RecordReader(call.db, call.session.orgId).count(sync::kinds::Contribution, asksForContact(call.db.dialect()));
        auto s = call.db.prepare("SELECT count(*) FROM contact_back WHERE org_id = ?1");
        s.bind(1, call.session.orgId);
        const std::int64_t contacted = s.step() ? s.integer(0) : 0;
        return { { "waiting", asked - contacted }, { "contacted", contacted } };
    });
    router.post(R"(/dashboard/api/contact-back/([A-Za-z0-9_-]{1,64}))", [](Call &call) -> Json {
        const std::string id = call.match(1);
        const Json c = RecordReader(call.db, call.session.orgId).get(sync::kinds::Contribution, id);
        if (c["withdrawn"] == true || !(c.value("consent", Json::object()).value("contact", false) == true))
            throw ApiError(ErrorCode::BadRequest, "this person did not ask to be contacted");
        const Json note = call.body().value("note", Json(""));
        if (!note.is_string() || note.get<std::string>().size() > kMaxNote)
            throw ApiError(ErrorCode::BadRequest, "the note is text of up to 2000 bytes");
        call.db.transaction([&] {
            call.db
                .prepare(
                    "INSERT INTO contact_back (record_id, org_id, contacted_at, contacted_by, note)"
                    " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (record_id) DO UPDATE SET"
                    " contacted_at = excluded.contacted_at, contacted_by = excluded.contacted_by, note = excluded.note")
                .bind(1, id)
                .bind(2, call.session.orgId)
                .bind(3, sync::HybridClock::systemWallMs())
                .bind(4, call.session.email)
                .bind(5, note.get<std::string>())
                .run();
        });
        call.audit("contact_back.contacted", id, { { "note_written", !note.get<std::string>().empty() } });
        return { { "id", id }, { "contacted", true } };
    });
}

} // namespace chorus::server::dashboard
