// Outreach workers: a coordinator adds a worker with a name and a short PIN, changes either, or
// retires the worker; workers reach outreach tablets by pull. Only the PIN's libsodium hash is kept
// and synced; the PIN itself is never stored, logged, audited or sent back.

#include "apierror.h"
#include "apis.h"
#include "bodyfields.h"
#include "model/schema.h"
#include "recordreader.h"
#include "recordwriter.h"
#include "secrets.h"

#include <sodium.h>

#include <algorithm>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
// 4 to 8 digits: a worker types it on the tablet many times a day.
std::string pinHash(const std::string &pin)
{
    if (pin.size() < 4 || pin.size() > 8
        || !std::all_of(pin.begin(), pin.end(), [](char c) { return c >= '0' && c <= '9'; }))
        throw ApiError(ErrorCode::BadRequest, "a worker's PIN is 4 to 8 digits");
    // The same parameters the tablet's staff PIN uses, so checking one on the tablet costs the same.
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(
            hash, pin.data(), pin.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        throw ApiError(ErrorCode::Internal, "could not hash the PIN");
    return hash;
}

Json workerFields(const Json &body)
{
    Json fields = Json::object();
    if (body.contains("name")) {
        const std::string name = textField(body, "name", {});
        if (name.empty() || name.size() > 200)
            throw ApiError(ErrorCode::BadRequest, "a worker's name is 1 to 200 bytes");
        fields["name"] = name;
    }
    if (body.contains("pin"))
        fields["pin_hash"] = pinHash(textField(body, "pin", {}));
    if (body.contains("retired"))
        fields["retired"] = booleanField(body, "retired", false);
    return fields;
}

// What the browser sees of a worker: never the hash.
Json publicWorker(const Json &w)
{
    return { { "id", w["id"] }, { "name", w["name"] }, { "retired", w.value("retired", Json()) == true },
        { "has_pin", w["pin_hash"].is_string() && !w["pin_hash"].get<std::string>().empty() } };
}
} // namespace

void installWorkersApi(Router &router)
{
    router.get("/dashboard/api/workers", [](Call &call) -> Json {
        Json out = Json::array();
        for (const auto &w : RecordReader(call.db, call.session.orgId).list(sync::kinds::Worker, {}, {}, "r.name, r.id"))
            out.push_back(publicWorker(w));
        return { { "workers", out } };
    });
    router.post("/dashboard/api/workers", [](Call &call) -> Json {
        Json fields = workerFields(call.body());
        if (!fields.contains("name") || !fields.contains("pin_hash"))
            throw ApiError(ErrorCode::BadRequest, "a worker needs a name and a PIN");
        fields["retired"] = false;
        const std::string id = secrets::randomId();
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::Worker, id, fields);
        call.audit("worker.create", id);
        return publicWorker(RecordReader(call.db, call.session.orgId).get(sync::kinds::Worker, id));
    });
    router.post(R"(/dashboard/api/workers/([A-Za-z0-9_-]{1,64}))", [](Call &call) -> Json {
        const std::string id = call.match(1);
        (void)RecordReader(call.db, call.session.orgId).get(sync::kinds::Worker, id);
        const Json fields = workerFields(call.body());
        if (fields.empty())
            throw ApiError(ErrorCode::BadRequest, "change the name, the PIN or whether the worker is retired");
        RecordWriter(call.server, call.db, call.media, call.session.orgId).write(sync::kinds::Worker, id, fields);
        Json changed = Json::array();
        for (const auto &[k, v] : fields.items())
            changed.push_back(k == "pin_hash" ? "pin" : k);
        call.audit("worker.edit", id, { { "fields", changed } });
        return publicWorker(RecordReader(call.db, call.session.orgId).get(sync::kinds::Worker, id));
    });
}

} // namespace chorus::server::dashboard
