// Withdrawal on request: find a contribution by the reference a person was given, withdraw it
// everywhere in one action, and see which devices have pulled past the withdrawal.

#include "apierror.h"
#include "apis.h"
#include "model/schema.h"
#include "recordreader.h"
#include "recordwriter.h"
#include "referencecode.h"
#include "secrets.h"

#include <filesystem>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
Json status(Call &call, const std::string &id)
{
    auto w = call.db.prepare(
        "SELECT seq FROM changelog WHERE kind = 'contribution' AND record_id = ?1 AND withdrawal = 1 AND org_id = ?2");
    w.bind(1, id).bind(2, call.session.orgId);
    if (!w.step())
        throw ApiError(ErrorCode::NotFound, "no withdrawal of this contribution");
    const std::int64_t seq = w.integer(0);
    w.reset();
    std::string origin;
    {
        auto o
            = call.db.prepare("SELECT origin_device FROM record_owners WHERE kind = 'contribution' AND record_id = ?1");
        o.bind(1, id);
        if (o.step())
            origin = o.text(0);
    }
    auto m = call.db.prepare("SELECT count(*) FROM media WHERE org_id = ?1 AND sha256 IN (SELECT sha256 FROM "
                             "purged_media WHERE org_id = ?1)");
    m.bind(1, call.session.orgId);
    const bool mediaLeft = m.step() && m.integer(0) > 0;
    m.reset();
    Json devices = Json::array();
    int waiting = 0;
    auto d
        = call.db.prepare("SELECT d.id, d.name, d.role, s.name, d.pull_cursor, d.revoked_at IS NOT NULL, d.last_pull_at"
                          " FROM devices d JOIN sites s ON s.id = d.site_id WHERE d.org_id = ?1 ORDER BY d.created_at");
    d.bind(1, call.session.orgId);
    while (d.step()) {
        // Only coordinator devices and the device it came from ever held the content.
        const bool held = d.text(2) == "coordinator" || d.text(0) == origin;
        const bool confirmed = d.integer(4) >= seq;
        if (held && !confirmed && d.integer(5) == 0)
            ++waiting;
        devices.push_back({ { "id", d.text(0) }, { "name", d.text(1) }, { "role", d.text(2) }, { "site", d.text(3) },
            { "held", held }, { "confirmed", confirmed }, { "revoked", d.integer(5) != 0 },
            { "last_pull_at", d.isNull(6) ? Json() : Json(d.integer(6)) } });
    }
    return { { "id", id }, { "withdrawn", true }, { "log_sequence", seq }, { "server_purged", !mediaLeft },
        { "devices", devices }, { "devices_waiting", waiting } };
}
} // namespace

void installWithdrawalApi(Router &router)
{
    router.get("/dashboard/api/withdrawal/find", [](Call &call) -> Json {
        const std::string ref = normaliseReference(call.param("reference"));
        if (ref.empty() || ref.size() > 16)
            throw ApiError(ErrorCode::BadRequest, "type the reference code the person was given");
        RecordReader reader(call.db, call.session.orgId);
        Json found
            = reader.list(sync::kinds::Contribution, kReferenceMatches, { ref });
        if (found.empty())
            throw ApiError(ErrorCode::NotFound, "no contribution has this reference (it may already be withdrawn)");
        // Codes are unique per device only: two devices may, very rarely, give the same one. Every
        // match is shown, so staff check which is the person's; nothing acts on the first.
        Json matches = Json::array();
        for (const Json &c : found) {
            call.audit("withdrawal.find", c["id"]);
            matches.push_back({ { "id", c["id"] }, { "reference", c["reference"] }, { "created_at", c["created_at"] },
                { "prompt_id", c["prompt_id"] }, { "site_id", c["site_id"] }, { "format", c["format"] } });
        }
        return { { "matches", matches } };
    });
    router.post(R"(/dashboard/api/contributions/([A-Za-z0-9_-]{1,64})/withdraw)", [](Call &call) -> Json {
        const std::string id = call.match(1);
        const Json c = RecordReader(call.db, call.session.orgId).get(sync::kinds::Contribution, id);
        if (!(c["withdrawn"] == true))
            RecordWriter(call.server, call.db, call.media, call.session.orgId)
                .write(sync::kinds::Contribution, id, { { "withdrawn", true } });
        call.audit("contribution.withdraw", id);
        return status(call, id);
    });
    router.get(R"(/dashboard/api/withdrawals/([A-Za-z0-9_-]{1,64}))", [](Call &call) -> Json {
        (void)RecordReader(call.db, call.session.orgId).get(sync::kinds::Contribution, call.match(1));
        return status(call, call.match(1));
    });
    router.get(
        "/dashboard/api/audit",
        [](Call &call) -> Json {
            return { { "entries", AuditLog(call.db).list(call.session.orgId, 500) } };
        },
        Role::Admin);
}

} // namespace chorus::server::dashboard
