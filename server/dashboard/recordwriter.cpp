#include "recordwriter.h"

#include "apierror.h"
#include "batchreceiver.h"
#include "clock/hlc.h"
#include "contactnotes.h"
#include "merge/tagset.h"
#include "model/change.h"
#include "model/schema.h"
#include "secrets.h"

#include <algorithm>
#include <mutex>

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

RecordWriter::RecordWriter(ServerDb &server, sql::Connection &db, MediaStore &media, std::string orgId)
    : m_server(server)
    , m_db(db)
    , m_media(media)
    , m_orgId(std::move(orgId))
{ }

std::string RecordWriter::writerId(const std::string &orgId)
{
    return "dash-" + orgId.substr(0, 40);
}

Json RecordWriter::write(const std::string &kind, const std::string &recordId, const Json &fields, WriteOptions options)
{
    const sync::KindSpec *spec = sync::Schema::instance().kind(kind);
    if (!spec)
        throw ApiError(ErrorCode::BadRequest, "unknown kind " + kind);
    sync::Change change = changeFor(*spec, recordId, fields, options);
    if (change.fields.empty())
        return { { "changed", false } };
    const std::string changeId = change.changeId;
    if (!apply({ std::move(change) }, options).empty())
        throw ApiError(ErrorCode::NotFound, "this contribution was withdrawn and can no longer be changed");
    return { { "changed", true }, { "change", changeId } };
}

RecordWriter::ManyWritten RecordWriter::writeMany(
    const std::string &kind, const std::vector<RecordEdit> &edits, WriteOptions options)
{
    const sync::KindSpec *spec = sync::Schema::instance().kind(kind);
    if (!spec)
        throw ApiError(ErrorCode::BadRequest, "unknown kind " + kind);
    std::vector<sync::Change> changes;
    for (const auto &edit : edits) {
        sync::Change change = changeFor(*spec, edit.recordId, edit.fields, options);
        if (!change.fields.empty())
            changes.push_back(std::move(change));
    }
    ManyWritten out;
    if (changes.empty())
        return out;
    const auto total = static_cast<std::int64_t>(changes.size());
    out.withdrawn = apply(std::move(changes), options);
    out.changed = total - static_cast<std::int64_t>(out.withdrawn.size());
    return out;
}

sync::Change RecordWriter::changeFor(
    const sync::KindSpec &spec, const std::string &recordId, const Json &fields, const WriteOptions &options)
{
    Json versions = Json::object();
    {
        auto s = m_db.prepare("SELECT versions FROM " + spec.table + " WHERE id = ?1");
        s.bind(1, recordId);
        if (s.step())
            versions = Json::parse(s.text(0), nullptr, false);
        if (!versions.is_object())
            versions = Json::object();
    }
    // One clock for every dashboard edit in this process, which has also seen every version the record
    // holds: each new version is higher than those, and two edits in the same millisecond still differ.
    static std::mutex clockMutex;
    static sync::HybridClock clock;
    std::lock_guard clockLock(clockMutex);
    for (const auto &[name, state] : versions.items())
        if (state.is_object() && state.contains("v") && state["v"].is_string())
            if (auto v = sync::Version::parse(state["v"].get<std::string>()))
                clock.observe(v->hlc);
    const std::string writer = writerId(m_orgId);
    sync::Change change { "dc-" + secrets::randomId(), spec.name, recordId, {} };
    for (const auto &[name, value] : fields.items()) {
        if (name == sync::fields::Tags) {
            std::vector<std::string> wanted;
            for (const auto &t : value)
                if (t.is_string())
                    wanted.push_back(t.get<std::string>());
            Json op = sync::TagSet::fromState(versions.value(name, Json::object())).diffTo(wanted);
            if (!op.empty())
                change.fields.emplace(
                    name, sync::FieldChange { op, sync::Version { clock.now(), writer }.toString(), {} });
            continue;
        }
        sync::Hlc stamp = clock.now();
        if (options.privacyWins) {
            // Any device edit made before this one carries a version no later than its push time plus
            // the drift the server accepts, so a version at that bound wins every such edit.
            const std::int64_t bound = sync::HybridClock::systemWallMs() + sync::HybridClock::kMaxForwardDriftMs - 1000;
            if (stamp.wallMs < bound)
                stamp = { bound, 0xffff };
        }
        std::string base;
        if (auto v = versions.find(name); v != versions.end() && v->is_object())
            base = v->value("v", "");
        change.fields.emplace(name, sync::FieldChange { value, sync::Version { stamp, writer }.toString(), base });
    }
    return change;
}

std::vector<std::string> RecordWriter::apply(std::vector<sync::Change> changes, const WriteOptions &options)
{
    const std::string writer = writerId(m_orgId);
    DeviceIdentity identity { writer, m_orgId, {}, sync::protocol::Role::Coordinator };
    Json list = Json::array();
    for (const auto &change : changes)
        list.push_back(sync::toJson(change));
    const Json batch { { "batch", "db-" + secrets::randomId() }, { "changes", std::move(list) } };
    BatchReceiver receiver(m_db, identity);
    receiver.setMaxChanges(std::max(changes.size(), sync::protocol::kMaxBatchChanges));
    if (options.ledger)
        receiver.setBeforeCommit([&](PushOutcome &o) {
            for (auto &note : o.removals)
                if (!options.removalReason.empty() && note.action == "withdrawal")
                    note.action = options.removalReason;
            RemovalLedger(RemovalLedger::besideMedia(m_media.root())).append(o.removals);
        });
    PushOutcome outcome = receiver.receive(batch);
    m_media.removeFiles(m_orgId, outcome.purgedMedia);
    forgetContactNotes(m_db, outcome.removals);
    if ((outcome.withdrew || outcome.redacted) && options.forgetAtOnce) {
        // The search index and SQLite's write-ahead log still hold the purged or redacted words until
        // they are merged and checkpointed.
        m_server.forgetDeletedContent();
    }
    std::vector<std::string> withdrawn;
    for (const auto &r : outcome.answer.value("refused", Json::array()))
        withdrawn.push_back(r.value("record", ""));
    return withdrawn;
}

} // namespace chorus::server::dashboard
