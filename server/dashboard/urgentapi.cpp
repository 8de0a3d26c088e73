// Urgent concerns: the organisation's word lists (admin, audited), staff marking any answer urgent
// (audited), and the "Needs attention now" queue, oldest first, with each item's age.

#include "apierror.h"
#include "apis.h"
#include "clock/hlc.h"
#include "model/schema.h"
#include "recordreader.h"
#include "urgentwebhook.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

void installUrgentApi(Router &router)
{
    router.get("/dashboard/api/urgent-words", [](Call &call) -> Json {
        Json lists { { "en", Json::array() }, { "cy", Json::array() }, { "ar", Json::array() } };
        auto s
            = call.db.prepare("SELECT language, phrase FROM urgent_words WHERE org_id = ?1 ORDER BY language, phrase");
        s.bind(1, call.session.orgId);
        while (s.step())
            lists[s.text(0)].push_back(s.text(1));
        return { { "words", lists } };
    });
    router.post(
        "/dashboard/api/urgent-words",
        [](Call &call) -> Json {
            const Json body = call.body();
            const std::string language = body.value("language", "");
            const Json phrases = body.value("phrases", Json());
            if (language != "en" && language != "cy" && language != "ar")
                throw ApiError(ErrorCode::BadRequest, "language is en, cy or ar");
            if (!phrases.is_array() || phrases.size() > 500)
                throw ApiError(ErrorCode::BadRequest, "phrases is a list of up to 500 words or phrases");
            for (const auto &p : phrases)
                if (!p.is_string() || p.get<std::string>().empty() || p.get<std::string>().size() > 200)
                    throw ApiError(ErrorCode::BadRequest, "each phrase is 1 to 200 bytes of text");
            call.db.transaction([&] {
                call.db.prepare("DELETE FROM urgent_words WHERE org_id = ?1 AND language = ?2")
                    .bind(1, call.session.orgId)
                    .bind(2, language)
                    .run();
                for (const auto &p : phrases)
                    call.db
                        .prepare("INSERT INTO urgent_words (org_id, language, phrase) VALUES (?1, ?2, ?3)"
                                 " ON CONFLICT DO NOTHING")
                        .bind(1, call.session.orgId)
                        .bind(2, language)
                        .bind(3, p.get<std::string>())
                        .run();
            });
            call.audit(
                "urgent_words.set", call.session.orgId, { { "language", language }, { "count", phrases.size() } });
            return { { "language", language }, { "count", phrases.size() } };
        },
        Role::Admin);
    router.post(R"(/dashboard/api/contributions/([A-Za-z0-9_-]{1,64})/urgent)", [](Call &call) -> Json {
        const std::string id = call.match(1);
        const Json c = RecordReader(call.db, call.session.orgId).get(sync::kinds::Contribution, id);
        if (c["withdrawn"] == true)
            throw ApiError(ErrorCode::NotFound, "this contribution was withdrawn");
        call.db.transaction([&] {
            call.db
                .prepare("INSERT INTO urgent (record_id, org_id, marked_at, source, marked_by)"
                         " VALUES (?1, ?2, ?3, 'staff', ?4) ON CONFLICT (record_id) DO NOTHING")
                .bind(1, id)
                .bind(2, call.session.orgId)
                .bind(3, sync::HybridClock::systemWallMs())
                .bind(4, call.session.email)
                .run();
        });
        call.audit("contribution.urgent", id);
        UrgentWebhook::notify(call.server, call.db, call.session.orgId, id, "staff");
        return { { "id", id }, { "urgent", true } };
    });
    router.get(
        "/dashboard/api/urgent-webhook",
        [](Call &call) -> Json {
            return { { "url", UrgentWebhook::url(call.db, call.session.orgId) } };
        },
        Role::Admin);
    router.post(
        "/dashboard/api/urgent-webhook",
        [](Call &call) -> Json {
            const Json url = call.body().value("url", Json(""));
            if (!url.is_string())
                throw ApiError(ErrorCode::BadRequest, "url is the webhook's address, or empty to remove it");
            UrgentWebhook::setUrl(call.db, call.session.orgId, url.get<std::string>());
            call.audit("urgent_webhook.set", call.session.orgId, { { "set", !url.get<std::string>().empty() } });
            return { { "url", url } };
        },
        Role::Admin);
    router.get("/dashboard/api/urgent", [](Call &call) -> Json {
        const std::int64_t now = sync::HybridClock::systemWallMs();
        RecordReader reader(call.db, call.session.orgId);
        Json queue = Json::array();
        auto s = call.db.prepare("SELECT record_id, marked_at, source, marked_by FROM urgent WHERE org_id = ?1 ORDER "
                                 "BY marked_at, record_id");
        s.bind(1, call.session.orgId);
        std::vector<Json> marks;
        while (s.step())
            marks.push_back({ { "id", s.text(0) }, { "marked_at", s.integer(1) }, { "age_ms", now - s.integer(1) },
                { "source", s.text(2) }, { "marked_by", s.text(3) } });
        for (auto &m : marks) {
            const auto c = reader.find(sync::kinds::Contribution, m["id"]);
            if (!c || (*c)["withdrawn"] == true)
                continue;
            for (const char *f : { "text", "site_id", "created_at", "format", "reference" })
                m[f] = (*c).value(f, Json());
            queue.push_back(m);
        }
        return { { "urgent", queue } };
    });
}

} // namespace chorus::server::dashboard
