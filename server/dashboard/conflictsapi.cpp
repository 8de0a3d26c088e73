// Conflicts: edits to prompts and outcomes made concurrently (two coordinator devices offline, or a
// device and the dashboard) shown side by side, and settled by keeping one value.

#include "apierror.h"
#include "apis.h"
#include "bodyfields.h"
#include "conflictsettlement.h"
#include "recordreader.h"
#include "recordwriter.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
// Contribution content is not offered here: its losing values may hold what a redaction removed.
const char *const kSettleable = "('prompt', 'outcome')";

Json conflictRow(Call &call, std::int64_t id)
{
    auto s = call.db.prepare(
        std::string("SELECT c.id, c.kind, c.record_id, c.field, c.losing_value, c.losing_version, c.winning_version")
        + " FROM conflicts c JOIN record_owners o ON o.kind = c.kind AND o.record_id = c.record_id"
        + " WHERE c.id = ?1 AND o.org_id = ?2 AND c.settled = 0 AND c.kind IN " + kSettleable);
    s.bind(1, id).bind(2, call.session.orgId);
    if (!s.step())
        throw ApiError(ErrorCode::NotFound, "no such open conflict");
    return { { "id", s.integer(0) }, { "kind", s.text(1) }, { "record", s.text(2) }, { "field", s.text(3) },
        { "other_value", Json::parse(s.text(4), nullptr, false) }, { "other_version", s.text(5) },
        { "kept_version", s.text(6) } };
}
} // namespace

void installConflictsApi(Router &router)
{
    router.get("/dashboard/api/conflicts", [](Call &call) -> Json {
        auto s = call.db.prepare(
            std::string(
                "SELECT c.id FROM conflicts c JOIN record_owners o ON o.kind = c.kind AND o.record_id = c.record_id")
            + " WHERE o.org_id = ?1 AND c.settled = 0 AND c.kind IN " + kSettleable + " ORDER BY c.id");
        s.bind(1, call.session.orgId);
        std::vector<std::int64_t> ids;
        while (s.step())
            ids.push_back(s.integer(0));
        s.reset();
        Json out = Json::array();
        RecordReader reader(call.db, call.session.orgId);
        for (auto id : ids) {
            Json row = conflictRow(call, id);
            const Json record = reader.get(row["kind"], row["record"]);
            row["kept_value"] = record.value(row["field"].get<std::string>(), Json());
            out.push_back(std::move(row));
        }
        return { { "conflicts", out } };
    });
    router.post(R"(/dashboard/api/conflicts/([0-9]{1,18})/settle)", [](Call &call) -> Json {
        const Json row = conflictRow(call, std::stoll(call.match(1)));
        const std::string keep = textField(call.body(), "keep", {});
        if (keep != "kept" && keep != "other")
            throw ApiError(ErrorCode::BadRequest, "keep is kept or other");
        // Choosing the other value is a new edit, so every replica converges on it by the usual rules.
        if (keep == "other")
            RecordWriter(call.server, call.db, call.media, call.session.orgId)
                .write(row["kind"], row["record"], { { row["field"].get<std::string>(), row["other_value"] } });
        call.db.transaction([&] { (void)settleConflicts(call.db, row["kind"], row["record"], row["field"]); });
        call.audit(
            "conflict.settle", row["record"], { { "kind", row["kind"] }, { "field", row["field"] }, { "keep", keep } });
        return RecordReader(call.db, call.session.orgId).get(row["kind"], row["record"]);
    });
}

} // namespace chorus::server::dashboard
