#include "batchreceiver.h"

#include "apierror.h"
#include "changelog.h"
#include "dependentwithdrawals.h"
#include "faultpoint.h"
#include "mediastore.h"
#include "clock/hlc.h"
#include "model/schema.h"
#include "protocol/batchdecoder.h"
#include "protocol/validation.h"
#include "sealkeys.h"
#include "searchindex.h"
#include "store/recordstore.h"

#include <algorithm>
#include <stdexcept>

namespace chorus::server {

using sync::protocol::ErrorCode;
using sync::protocol::Role;
using Json = nlohmann::json;

namespace {

std::vector<sync::Change> parseBatch(sync::protocol::DecodedBatch &&request, std::size_t maxChanges,
    std::string &batchId, const sync::seal::SealOpener &opener)
{
    if (!request.valid)
        throw ApiError(ErrorCode::BadRequest, "the body is not valid JSON (or not valid UTF-8, or nested too deeply)");
    if (!request.isObject)
        throw ApiError(ErrorCode::BadRequest, "a push must be a JSON object");
    const Json &batch = request.batch;
    if (!batch.is_string() || !sync::protocol::isValidId(batch.get_ref<const std::string &>()))
        throw ApiError(ErrorCode::BadRequest, "batch must be an id of 1 to 64 letters, digits, - or _");
    batchId = batch.get<std::string>();
    if (request.changesState != sync::protocol::DecodedBatch::Changes::List)
        throw ApiError(ErrorCode::BadRequest, "changes must be a list");
    if (request.count > maxChanges)
        throw ApiError(ErrorCode::PayloadTooLarge, "a batch holds at most " + std::to_string(maxChanges) + " changes");
    std::vector<sync::Change> out = std::move(request.changes);
    for (std::size_t i = 0; i < request.count; ++i) {
        const std::string where = "change " + std::to_string(i);
        // Decoding stopped at the first item that is not a well-formed change.
        if (i == out.size())
            throw ApiError(ErrorCode::InvalidChange, where + ": " + request.firstError.value_or("change must be an object"),
                { { "index", i } });
        try {
            // Sealed content (kiosks and outreach tablets seal what people say) is opened before
            // anything checks it: the server validates, merges and stores what was said, as it always has.
            opener.openChange(out[i]);
        } catch (const std::exception &e) {
            throw ApiError(ErrorCode::InvalidChange, where + ": " + e.what(), { { "index", i } });
        }
        if (auto error = sync::protocol::validateChange(out[i]); !error.empty())
            throw ApiError(
                ErrorCode::InvalidChange, where + " (" + out[i].changeId + "): " + error, { { "index", i } });
        // The server alone judges conflicts; a device that could send them could invent them.
        if (!out[i].conflicts.empty())
            throw ApiError(
                ErrorCode::InvalidChange, where + ": conflicts are sent only by the server", { { "index", i } });
    }
    return out;
}

// A version from a clock running far ahead is pulled back to the server's bound, keeping its
// counter and writer so it still sorts deterministically against everyone else's.
std::string clampVersion(const std::string &version, std::int64_t limitMs)
{
    auto v = sync::Version::parse(version);
    if (!v || v->hlc.wallMs <= limitMs)
        return version;
    v->hlc.wallMs = limitMs;
    return v->toString();
}

} // namespace

void BatchReceiver::clampVersions(sync::RecordStore &store, sync::Change &change, std::int64_t limitMs, Json &clamped)
{
    auto &lookup = m_db.cached("SELECT to_version FROM clamps WHERE device_id = ?1 AND from_version = ?2");
    for (auto &[name, f] : change.fields) {
        if (name == sync::fields::Tags)
            continue;
        if (!f.base.empty()) {
            // Written before the device adopted an earlier clamp: its base is the unclamped form.
            sql::StatementReset reset(lookup);
            lookup.bind(1, m_device.id).bind(2, f.base);
            if (lookup.step())
                f.base = lookup.text(0);
        }
        std::string fixed = clampVersion(f.version, limitMs);
        if (fixed == f.version)
            continue;
        // The writer meant this to beat what it had seen; clamping must not turn that round (two
        // edits clamped to the same bound would otherwise tie, or sort backwards).
        const auto original = sync::Version::parse(f.version);
        const auto held = sync::Version::parse(store.fieldVersion(change.kind, change.recordId, name));
        auto result = sync::Version::parse(fixed);
        if (original && held && result && *original > *held && *result <= *held) {
            result = sync::Version { { held->hlc.wallMs, held->hlc.counter + 1 }, original->deviceId };
            fixed = result->toString();
        }
        clamped.push_back({ { "id", change.changeId }, { "field", name }, { "from", f.version }, { "to", fixed } });
        m_db.cached("INSERT INTO clamps (device_id, from_version, change_id, field, to_version) VALUES (?1, ?2, ?3, ?4, ?5)"
                    " ON CONFLICT DO NOTHING")
            .bind(1, m_device.id)
            .bind(2, f.version)
            .bind(3, change.changeId)
            .bind(4, name)
            .bind(5, fixed)
            .run();
        f.version = fixed;
    }
}

void BatchReceiver::replayClamps(const std::string &changeId, Json &clamped)
{
    auto &s = m_db.cached("SELECT field, from_version, to_version FROM clamps WHERE device_id = ?1 AND change_id = ?2");
    sql::StatementReset reset(s);
    s.bind(1, m_device.id).bind(2, changeId);
    while (s.step())
        clamped.push_back({ { "id", changeId }, { "field", s.text(0) }, { "from", s.text(1) }, { "to", s.text(2) } });
}

BatchReceiver::BatchReceiver(sql::Connection &db, const DeviceIdentity &device)
    : m_db(db)
    , m_device(device)
{ }

RecordOwner BatchReceiver::checkScope(const sync::Change &change, bool withdrawalOnly, BatchBookkeeping &book)
{
    const std::string &kind = change.kind, &recordId = change.recordId;
    const bool coordinator = m_device.role == Role::Coordinator;
    // An outreach tablet writes its own collecting sessions; a group session's records (and "me too"
    // supports) come from any device; everything else but answers is coordinators'.
    const bool ownSession = kind == sync::kinds::OutreachSession && m_device.role == Role::Outreach;
    const sync::KindSpec *spec = sync::Schema::instance().kind(kind);
    if (!coordinator && !ownSession && !(spec && spec->fromAnyDevice))
        throw ApiError(ErrorCode::Forbidden, "only coordinator devices may change " + kind + " records");
    const RecordOwner *held = book.owner(kind, recordId);
    if (!held) {
        // A change with no fields only settles conflicts, which a record nobody holds cannot have.
        if (change.fields.empty())
            throw ApiError(ErrorCode::InvalidChange,
                change.changeId + ": settles conflicts of a record the server does not hold");
        RecordOwner owner { m_device.orgId, m_device.id };
        auto &insert
            = m_db.cached("INSERT INTO record_owners (kind, record_id, org_id, origin_device) VALUES (?1, ?2, ?3, ?4)");
        sql::StatementReset r2(insert);
        insert.bind(1, kind).bind(2, recordId).bind(3, owner.orgId).bind(4, owner.originDevice).run();
        book.noteOwner(kind, recordId, owner);
        return owner;
    }
    // The same answer as for a record that exists nowhere would be kinder to privacy, but a clear
    // refusal stops a device retrying for ever; ids are random, so this reveals nothing useful.
    if (held->orgId != m_device.orgId)
        throw ApiError(ErrorCode::Forbidden, "record " + recordId + " belongs to another organisation");
    // Any device may withdraw an answer (at the desk, by its code); another device's vote or support
    // is not its to touch.
    if (!coordinator && held->originDevice != m_device.id && !(withdrawalOnly && kind == sync::kinds::Contribution))
        throw ApiError(ErrorCode::Forbidden,
            "record " + recordId + " was created by another device; only withdrawing it is allowed");
    return *held;
}

void BatchReceiver::stampOrigin(sync::Change &change, const RecordOwner &owner, Json &stamped) const
{
    if (change.kind != sync::kinds::Contribution)
        return;
    const auto deviceField = change.fields.find("device_id");
    const auto siteField = change.fields.find("site_id");
    if (owner.originDevice == m_device.id) {
        // The device is told what was set, so its own copy ends up as the server's (as with clamps).
        for (const auto &[field, value] : { std::pair { deviceField, &m_device.id }, std::pair { siteField, &m_device.siteId } })
            if (field != change.fields.end() && field->second.value != Json(*value)) {
                stamped.push_back({ { "id", change.changeId }, { "field", field->first }, { "value", *value } });
                field->second.value = *value;
            }
        return;
    }
    // Someone else's contribution (a coordinator's edit): where it came from is not theirs to rewrite.
    if (deviceField != change.fields.end())
        change.fields.erase(deviceField);
    if (siteField != change.fields.end())
        change.fields.erase(siteField);
}

void BatchReceiver::keepRedactionToCoordinators(sync::RecordStore &store, sync::Change &change)
{
    const auto flag = change.fields.find(std::string(sync::fields::Redacted));
    if (flag == change.fields.end())
        return;
    // A device writes `redacted: false` with what it creates; that says nothing. Setting it, or
    // clearing it on a record held redacted (lifting), is a coordinator's alone.
    const auto held = flag->second.value == true ? std::nullopt : store.read(change.kind, change.recordId);
    if (flag->second.value == true || (held && held->value(std::string(sync::fields::Redacted), Json()) == true))
        change.fields.erase(flag);
}

void BatchReceiver::requireOwnMedia(sync::RecordStore &store, const sync::Change &change, const RecordOwner &owner)
{
    const auto media = change.fields.find("media");
    if (change.kind != sync::kinds::Contribution || media == change.fields.end() || !media->second.value.is_array())
        return;
    const auto held = store.read(change.kind, change.recordId);
    const Json named = held ? held->value("media", Json::array()) : Json::array();
    auto &s = m_db.cached("SELECT uploader FROM media WHERE org_id = ?1 AND sha256 = ?2");
    for (const auto &m : media->second.value) {
        if (!m.is_string() || (named.is_array() && std::find(named.begin(), named.end(), m) != named.end()))
            continue;
        sql::StatementReset reset(s);
        s.bind(1, m_device.orgId).bind(2, m.get<std::string>());
        // Media nobody has uploaded yet is the naming device's to send; media already here is its uploader's.
        if (s.step() && s.text(0) != m_device.id && s.text(0) != owner.originDevice)
            throw ApiError(ErrorCode::Forbidden,
                change.changeId + ": names media this device did not upload (" + m.get<std::string>() + ")");
    }
}

void BatchReceiver::requireKnownHelper(const sync::Change &change)
{
    const auto helper = change.fields.find("assisted_by");
    if (change.kind != sync::kinds::Contribution || helper == change.fields.end() || !helper->second.value.is_string())
        return;
    if (m_device.role == Role::Kiosk)
        throw ApiError(ErrorCode::Forbidden, change.changeId + ": only outreach tablets mark answers assisted");
    auto &s = m_db.cached("SELECT 1 FROM record_owners WHERE kind = 'worker' AND record_id = ?1 AND org_id = ?2");
    sql::StatementReset reset(s);
    s.bind(1, helper->second.value.get<std::string>()).bind(2, m_device.orgId);
    if (!s.step())
        throw ApiError(ErrorCode::InvalidChange, change.changeId + ": assisted_by names no worker of this organisation");
}

void BatchReceiver::requireOwnSite(const sync::Change &change)
{
    const auto site = change.fields.find("site_id");
    if (change.kind != sync::kinds::OutreachSession || site == change.fields.end() || !site->second.value.is_string())
        return;
    auto &s = m_db.cached("SELECT 1 FROM sites WHERE id = ?1 AND org_id = ?2");
    sql::StatementReset reset(s);
    s.bind(1, site->second.value.get<std::string>()).bind(2, m_device.orgId);
    if (!s.step())
        throw ApiError(ErrorCode::InvalidChange, change.changeId + ": site_id names no site of this organisation");
}

void BatchReceiver::forgetMedia(const Json &media, const std::string &recordId, PushOutcome &outcome)
{
    if (!media.is_array())
        return;
    for (const auto &m : media) {
        if (!m.is_string() || !sync::protocol::isSha256Hex(m.get_ref<const std::string &>()))
            continue;
        const std::string sha = m.get<std::string>();
        // Media belongs to whatever names it: it goes only when nothing else does.
        if (MediaStore::isNamed(m_db, m_device.orgId, sha, recordId))
            continue;
        m_db.cached("INSERT INTO purged_media (org_id, sha256) VALUES (?1, ?2) ON CONFLICT DO NOTHING")
            .bind(1, m_device.orgId)
            .bind(2, sha)
            .run();
        m_db.cached("DELETE FROM media WHERE org_id = ?1 AND sha256 = ?2").bind(1, m_device.orgId).bind(2, sha).run();
        outcome.purgedMedia.push_back(sha);
    }
}

PushOutcome BatchReceiver::receive(std::string_view body)
{
    return receive(sync::protocol::decodeBatch(body));
}

PushOutcome BatchReceiver::receive(Json request)
{
    return receive(sync::protocol::decodeBatch(std::move(request)));
}

PushOutcome BatchReceiver::receive(sync::protocol::DecodedBatch &&request)
{
    std::string batchId;
    const sync::seal::SealOpener opener(SealKeys(m_db).all(m_device.orgId));
    std::vector<sync::Change> changes = parseBatch(std::move(request), m_maxChanges, batchId, opener);
    PushOutcome outcome;
    m_db.transaction([&] {
        outcome = PushOutcome {};
        {
            auto &s = m_db.cached("SELECT answer FROM batches WHERE device_id = ?1 AND batch_id = ?2");
            sql::StatementReset reset(s);
            s.bind(1, m_device.id).bind(2, batchId);
            if (s.step()) {
                outcome.answer = Json::parse(s.text(0));
                return;
            }
        }
        sync::HybridClock clock;
        sync::RecordStore store(m_db, clock, "server");
        const std::int64_t limit = sync::HybridClock::systemWallMs() + sync::HybridClock::kMaxForwardDriftMs;
        Json accepted = Json::array(), refused = Json::array(), clamped = Json::array(), stamped = Json::array();
        BatchBookkeeping book(m_db, m_device.id, changes);
        DependentWithdrawals dependents(m_db, store);
        std::size_t done = 0;
        for (auto &change : changes) {
            // Crash tests: a batch cut short after its first change must leave none of it.
            if (done++ == 1)
                faultPoint("batch-second-change");
            if (const auto seen = book.outcome(change.changeId)) {
                // The first answer may never have arrived: the clamps it carried must come again.
                replayClamps(change.changeId, clamped);
                // So must what the server set: a change replayed is this device's, for a record it owns.
                if (const RecordOwner *owner = book.owner(change.kind, change.recordId))
                    stampOrigin(change, *owner, stamped);
                if (*seen == "accepted")
                    accepted.push_back(change.changeId);
                else
                    refused.push_back({ { "id", change.changeId }, { "record", change.recordId }, { "code", *seen } });
                continue;
            }
            if (!change.settled.empty() && m_device.role != Role::Coordinator)
                throw ApiError(ErrorCode::Forbidden, "only coordinator devices settle conflicts");
            const bool withdrawalOnly
                = change.fields.size() == 1 && change.fields.count(std::string(sync::fields::Withdrawn));
            const RecordOwner owner = checkScope(change, withdrawalOnly, book);
            stampOrigin(change, owner, stamped);
            requireOwnMedia(store, change, owner);
            requireKnownHelper(change);
            requireOwnSite(change);
            if (m_device.role != Role::Coordinator)
                keepRedactionToCoordinators(store, change);
            clampVersions(store, change, limit, clamped);
            sync::ApplyResult result;
            try {
                result = store.apply(change);
            } catch (const std::invalid_argument &e) {
                throw ApiError(ErrorCode::InvalidChange, change.changeId + ": " + e.what());
            }
            std::string verdict = "accepted";
            if (result.refused) {
                verdict = "withdrawn";
                refused.push_back({ { "id", change.changeId }, { "record", change.recordId }, { "code", verdict } });
                // Content sent for a withdrawn record must not come back through its media either.
                if (auto media = change.fields.find("media"); media != change.fields.end())
                    forgetMedia(media->second.value, change.recordId, outcome);
            } else {
                accepted.push_back(change.changeId);
            }
            if (result.withdrawn || result.redacted
                || result.effective.fields.count(std::string(sync::fields::Withdrawn))) {
                Json media = Json::array();
                for (const auto &sha : result.purgedMedia)
                    media.push_back(sha);
                forgetMedia(media, change.recordId, outcome);
            }
            const bool withdrawal = result.effective.fields.count(std::string(sync::fields::Withdrawn))
                && result.effective.fields.at(std::string(sync::fields::Withdrawn)).value == true;
            if (change.kind == sync::kinds::Contribution && !withdrawal && !result.redacted
                && result.effective.fields.count(std::string(sync::fields::Text)))
                outcome.textArrived.push_back(change.recordId);
            if (withdrawal || result.redacted) {
                RemovalNote note { owner.orgId, change.recordId, withdrawal ? "withdrawal" : "redaction" };
                note.media = result.purgedMedia;
                note.kind = change.kind;
                if (!withdrawal)
                    for (const auto &[name, f] : result.effective.fields)
                        note.fields[name] = f.value;
                outcome.removals.push_back(std::move(note));
            }
            if (withdrawal) {
                outcome.withdrew = true;
                // Earlier log entries hold the content: a device pulling later must never see it.
                m_db.cached("DELETE FROM changelog WHERE kind = ?1 AND record_id = ?2")
                    .bind(1, change.kind)
                    .bind(2, change.recordId)
                    .run();
            }
            using changelog::Removal;
            if (result.redacted) {
                outcome.redacted = true;
                // Earlier entries hold what was redacted: a device pulling from the start must not get it.
                std::vector<std::string> rewritten;
                for (const auto &[name, f] : result.effective.fields)
                    if (name != sync::fields::Redacted)
                        rewritten.push_back(name);
                changelog::forgetValues(m_db, change.kind, change.recordId, rewritten);
            }
            // A stale write that lost a race changes no field, but its conflict note must still travel;
            // so must a coordinator's settlement.
            if (!result.effective.fields.empty() || !result.effective.conflicts.empty()
                || !result.effective.settled.empty())
                changelog::append(m_db, owner.orgId, owner.originDevice, result.effective,
                    withdrawal       ? Removal::Withdrawal
                        : result.redacted ? Removal::Redaction
                                          : Removal::None);
            // What was made from a withdrawn record goes with it, and what arrives made from one goes at once.
            for (auto &note : dependents.follow(change, result)) {
                outcome.withdrew = true;
                outcome.removals.push_back(std::move(note));
            }
            if (!result.effective.fields.empty())
                ++outcome.applied;
            m_db.cached("INSERT INTO received_changes (device_id, change_id, outcome) VALUES (?1, ?2, ?3)")
                .bind(1, m_device.id)
                .bind(2, change.changeId)
                .bind(3, verdict)
                .run();
            book.noteOutcome(change.changeId, verdict);
        }
        outcome.answer
            = { { "batch", batchId }, { "accepted", accepted }, { "refused", refused }, { "clamped", clamped },
                  { "stamped", stamped } };
        m_db.cached("INSERT INTO batches (device_id, batch_id, answer, created_at) VALUES (?1, ?2, ?3, ?4)")
            .bind(1, m_device.id)
            .bind(2, batchId)
            .bind(3, outcome.answer.dump())
            .bind(4, nowMs())
            .run();
        m_db.cached("UPDATE devices SET last_seen_at = ?2 WHERE id = ?1").bind(1, m_device.id).bind(2, nowMs()).run();
        searchindex::catchUp(m_db);
        if (m_beforeCommit)
            m_beforeCommit(outcome);
    });
    return outcome;
}

} // namespace chorus::server
