// Retention: the organisation's period (admin sets it, audited), a purge on demand (the server also
// runs it hourly), and the anonymous counts purged answers leave for the charts.

#include "apierror.h"
#include "apis.h"
#include "clock/hlc.h"
#include "retentionpurge.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

void installRetentionApi(Router &router)
{
    router.get("/dashboard/api/retention", [](Call &call) -> Json {
        return { { "months", RetentionPurge::months(call.db, call.session.orgId) },
            { "default_months", RetentionPurge::kDefaultMonths } };
    });
    router.post(
        "/dashboard/api/retention",
        [](Call &call) -> Json {
            const Json months = call.body().value("months", Json());
            if (!months.is_number_integer() || months.get<int>() < 1 || months.get<int>() > RetentionPurge::kMaxMonths)
                throw ApiError(ErrorCode::BadRequest,
                    "months is a whole number from 1 to " + std::to_string(RetentionPurge::kMaxMonths));
            RetentionPurge::setMonths(call.db, call.session.orgId, months.get<int>());
            call.audit("retention.set", call.session.orgId, { { "months", months } });
            return { { "months", months }, { "default_months", RetentionPurge::kDefaultMonths } };
        },
        Role::Admin);
    router.post(
        "/dashboard/api/retention/purge",
        [](Call &call) -> Json {
            const int purged = RetentionPurge(call.server, call.media)
                                   .runFor(call.db, call.session.orgId, sync::HybridClock::systemWallMs());
            call.audit("retention.purge", call.session.orgId, { { "purged", purged } });
            return { { "purged", purged } };
        },
        Role::Admin);
    router.get("/dashboard/api/retained-counts", [](Call &call) -> Json {
        // Only prompt, month, format and rating are kept: a filter on anything else matches none.
        for (const char *other : { "site", "tag", "status" })
            if (!call.param(other).empty())
                return { { "counts", Json::array() }, { "applies", false } };
        std::string where = "org_id = ?1";
        std::vector<std::string> binds;
        for (const char *name : { "prompt", "format" }) {
            if (call.param(name).empty())
                continue;
            binds.push_back(call.param(name));
            where += std::string(" AND ") + (std::string(name) == "prompt" ? "prompt_id" : name) + " = ?"
                + std::to_string(binds.size() + 1);
        }
        // Counts keep only their month: a date range takes the months it touches.
        for (const char *bound : { "from", "to" }) {
            const std::string ms = call.param(bound);
            if (ms.empty())
                continue;
            if (ms.size() > 15 || ms.find_first_not_of("0123456789") != std::string::npos)
                throw ApiError(ErrorCode::BadRequest, std::string(bound) + " must be a whole number");
            const std::int64_t at = std::stoll(ms) - (std::string(bound) == "to" ? 1 : 0);
            binds.push_back(RetentionPurge::monthOf(at));
            where += std::string(" AND month ") + (std::string(bound) == "from" ? ">=" : "<=") + " ?"
                + std::to_string(binds.size() + 1);
        }
        const std::string rating = call.param("rating");
        if (!rating.empty() && (rating.size() > 2 || rating.find_first_not_of("0123456789") != std::string::npos))
            throw ApiError(ErrorCode::BadRequest, "rating must be a whole number");
        auto s = call.db.prepare("SELECT prompt_id, month, format, rating, n FROM retained_counts WHERE " + where
            + (rating.empty() ? "" : " AND rating = " + rating) + " ORDER BY month, prompt_id, format, rating");
        s.bind(1, call.session.orgId);
        for (std::size_t i = 0; i < binds.size(); ++i)
            s.bind(static_cast<int>(i) + 2, binds[i]);
        Json counts = Json::array();
        while (s.step())
            counts.push_back({ { "prompt_id", s.text(0) }, { "month", s.text(1) }, { "format", s.text(2) },
                { "rating", s.integer(3) == 0 ? Json() : Json(s.integer(3)) }, { "count", s.integer(4) } });
        return { { "counts", counts }, { "applies", true } };
    });
}

} // namespace chorus::server::dashboard
