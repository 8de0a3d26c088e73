#include "codewithdrawal.h"

#include "apierror.h"
#include "auditlog.h"
#include "model/schema.h"
#include "recordreader.h"
#include "recordwriter.h"
#include "referencecode.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

Json withdrawByCode(
    ServerDb &server, sql::Connection &db, MediaStore &media, const DeviceIdentity &device, const std::string &typed)
{
    const std::string ref = normaliseReference(typed);
    // Codes are 12 characters; the six-character codes given before them still work.
    if (ref.size() != 12 && ref.size() != 6)
        throw ApiError(ErrorCode::BadRequest, "a reference code has 12 letters and digits");
    // A withdrawn answer keeps no reference, so only answers still held can match.
    const Json found = RecordReader(db, device.orgId).list(sync::kinds::Contribution, kReferenceMatches, { ref });
    // The audit names the device that asked, where a dashboard action names the coordinator.
    const Session asker { device.id, device.orgId, "device " + device.id, Role::Coordinator, {} };
    AuditLog audit(db);
    if (found.size() > 1) {
        for (const Json &c : found)
            audit.record(asker, "withdrawal.several_at_desk", c["id"], { { "matches", found.size() } });
        return { { "outcome", "several" }, { "matches", found.size() } };
    }
    if (found.empty())
        return { { "outcome", "not_found" }, { "matches", 0 } };
    const std::string id = found[0]["id"];
    RecordWriter(server, db, media, device.orgId).write(sync::kinds::Contribution, id, { { "withdrawn", true } });
    audit.record(asker, "contribution.withdraw_at_desk", id, { { "device", device.id } });
    return { { "outcome", "withdrawn" }, { "matches", 1 } };
}

} // namespace chorus::server::dashboard
