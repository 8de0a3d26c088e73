// Devices: list with site, role, last sync and waiting changes; enrolment codes (text and QR); revoke.

#include "apierror.h"
#include "apis.h"
#include "bodyfields.h"
#include "changefeed.h"
#include "directory.h"
#include "qrsvg.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

void installDevicesApi(Router &router)
{
    router.get("/dashboard/api/devices", [](Call &call) -> Json {
        Json out = Json::array();
        // Waiting counts what the device's next pull would deliver, by the same scope rule as ChangeFeed.
        auto s = call.db.prepare(
            "SELECT d.id, d.name, d.role, d.site_id, s.name, d.last_seen_at, d.last_pull_at, d.revoked_at, "
            "d.pull_cursor,"
            " (SELECT count(*) FROM changelog c WHERE c.seq > d.pull_cursor AND c.org_id = d.org_id AND ("
            + feedScopeSql("c.kind", "c.origin_device", "c.withdrawal", "d.role", "d.id")
            + "))"
              " FROM devices d JOIN sites s ON s.id = d.site_id WHERE d.org_id = ?1 ORDER BY s.name, d.name");
        s.bind(1, call.session.orgId);
        auto optional = [&](int c) { return s.isNull(c) ? Json() : Json(s.integer(c)); };
        while (s.step())
            out.push_back({ { "id", s.text(0) }, { "name", s.text(1) }, { "role", s.text(2) }, { "site_id", s.text(3) },
                { "site", s.text(4) }, { "last_seen_at", optional(5) }, { "last_pull_at", optional(6) },
                { "revoked_at", optional(7) }, { "cursor", s.integer(8) }, { "waiting", s.integer(9) } });
        return { { "devices", out } };
    });
    router.post("/dashboard/api/enrolment-codes", [](Call &call) -> Json {
        const Json body = call.body();
        auto role = sync::protocol::roleFromName(textField(body, "role", {}));
        if (!role)
            throw ApiError(ErrorCode::BadRequest, "role must be kiosk, outreach or coordinator");
        // Enrolling a coordinator device hands out every contribution: that is an administrator's call.
        if (*role == sync::protocol::Role::Coordinator && call.session.role != Role::Admin)
            throw ApiError(ErrorCode::Forbidden, "only an administrator may enrol a coordinator device");
        const std::string site = textField(body, "site", {});
        const std::int64_t ttl = wholeField(body, "ttl_minutes", 24 * 60);
        if (ttl < 1 || ttl > 60 * 24 * 14)
            throw ApiError(ErrorCode::BadRequest, "ttl_minutes must be a whole number from 1 to 20160");
        IssuedCode code;
        try {
            code = Directory(call.db).issueEnrolmentCode(call.session.orgId, site, *role, static_cast<int>(ttl));
        } catch (const std::runtime_error &e) {
            throw ApiError(ErrorCode::BadRequest, e.what());
        }
        call.audit("device.enrolment_code", site,
            { { "role", sync::protocol::roleName(*role) }, { "expires_at", code.expiresAt } });
        return { { "code", code.code }, { "expires_at", code.expiresAt }, { "qr", code.qr },
            { "qr_svg", qrSvg(code.qr, "QR code for enrolment code " + code.code) } };
    });
    router.post(R"(/dashboard/api/devices/([A-Za-z0-9_-]{1,64})/revoke)",
        [](Call &call) -> Json {
            const std::string id = call.match(1);
            auto s = call.db.prepare("SELECT 1 FROM devices WHERE id = ?1 AND org_id = ?2");
            s.bind(1, id).bind(2, call.session.orgId);
            if (!s.step())
                throw ApiError(ErrorCode::NotFound, "no such device");
            s.reset();
            (void)Directory(call.db).revokeDevice(id);
            call.audit("device.revoke", id);
            return { { "revoked", id } };
        },
        Role::Admin);
}

} // namespace chorus::server::dashboard
