#include "store/recordstore.h"

#include "merge/mergerules.h"
#include "merge/tagset.h"
#include "model/jsontext.h"
#include "seal/fieldsealer.h"

#include <algorithm>
#include <stdexcept>
#include <unordered_map>

namespace chorus::sync {

namespace {
constexpr std::string_view kPicturePrefix = "picture:";

bool isRedactable(std::string_view field)
{
    return field == fields::Text || field == fields::Media;
}

void bindValue(sql::Statement &s, int index, const FieldSpec &spec, const nlohmann::json &value)
{
    if (value.is_null()) {
        s.bindNull(index);
        return;
    }
    // A sealed value is kept as its JSON text whatever the column's type (see readValue).
    if (spec.sealed && seal::isSealedValue(value)) {
        s.bind(index, jsontext::dump(value));
        return;
    }
    switch (spec.type) {
    case FieldType::Text:
        s.bind(index, value.get_ref<const std::string &>());
        break;
    case FieldType::Integer:
        s.bind(index, value.get<std::int64_t>());
        break;
    case FieldType::Boolean:
        s.bind(index, value.get<bool>());
        break;
    case FieldType::Json:
        s.bind(index, jsontext::dump(value));
        break;
    }
}

nlohmann::json readValue(const sql::Statement &s, int column, const FieldSpec &spec)
{
    if (s.isNull(column))
        return nullptr;
    if (spec.sealed) {
        std::string text = s.text(column);
        if (text.rfind("{\"$sealed\"", 0) == 0)
            if (auto sealed = nlohmann::json::parse(text, nullptr, false); seal::isSealedValue(sealed))
                return sealed;
        if (spec.type == FieldType::Text)
            return text;
    }
    switch (spec.type) {
    case FieldType::Text:
        return s.text(column);
    case FieldType::Integer:
        return s.integer(column);
    case FieldType::Boolean:
        return s.integer(column) != 0;
    case FieldType::Json:
        return nlohmann::json::parse(s.text(column), nullptr, false);
    }
    return nullptr;
}

// The statements that read and insert a whole record of a kind, written once: building them for
// every change applied cost more than running them.
struct KindSql {
    std::string select;
    std::string insert;
};

const KindSql &sqlFor(const KindSpec &kind)
{
    static const auto all = [] {
        std::unordered_map<const KindSpec *, KindSql> out;
        for (const auto &k : Schema::instance().kinds()) {
            KindSql sql{"SELECT versions", "INSERT INTO " + k.table + " (id, versions"};
            std::string params = "?1, ?2";
            for (size_t i = 0; i < k.fields.size(); ++i) {
                sql.select += ", " + k.fields[i].name;
                sql.insert += ", " + k.fields[i].name;
                params += ", ?" + std::to_string(i + 3);
            }
            sql.select += " FROM " + k.table + " WHERE id = ?1";
            sql.insert += ") VALUES (" + params + ")";
            out.emplace(&k, std::move(sql));
        }
        return out;
    }();
    return all.at(&kind);
}

} // namespace

std::string validateFieldValue(const FieldSpec &spec, const nlohmann::json &value)
{
    if (value.is_null())
        return {};
    if (spec.sealed && seal::isBoxMarker(value))
        return {}; // the value is in its change's box, which the server opens before checking it
    if (spec.sealed && seal::isSealedValue(value)) {
        // A sealed value is checked by its size alone here; the server checks what it holds once opened.
        // JSON escapes can make the sealed text up to six times the value.
        const std::size_t limit = (spec.maxBytes * 6 + seal::kFieldHeaderBytes + 64) * 4 / 3 + 4;
        if (value.at(std::string(seal::kSealedKey)).get_ref<const std::string &>().size() > limit)
            return spec.name + " is longer than " + std::to_string(spec.maxBytes) + " bytes";
        return {};
    }
    switch (spec.type) {
    case FieldType::Text:
        if (!value.is_string())
            return spec.name + " must be text";
        if (value.get_ref<const std::string &>().size() > spec.maxBytes)
            return spec.name + " is longer than " + std::to_string(spec.maxBytes) + " bytes";
        return {};
    case FieldType::Integer:
        if (!value.is_number_integer())
            return spec.name + " must be a whole number";
        return {};
    case FieldType::Boolean:
        if (!value.is_boolean())
            return spec.name + " must be true or false";
        return {};
    case FieldType::Json:
        if (!value.is_object() && !value.is_array())
            return spec.name + " must be an object or a list";
        if (jsontext::dump(value).size() > spec.maxBytes)
            return spec.name + " is longer than " + std::to_string(spec.maxBytes) + " bytes";
        return {};
    }
    return {};
}

RecordStore::RecordStore(sql::Connection &db, HybridClock &clock, std::string deviceId, ConflictRole role)
    : m_db(db)
    , m_clock(clock)
    , m_deviceId(std::move(deviceId))
    , m_conflictRole(role)
{
}

RecordStore::Held RecordStore::load(const KindSpec &kind, const std::string &recordId)
{
    Held held;
    auto &s = m_db.cached(sqlFor(kind).select);
    sql::StatementReset reset(s);
    s.bind(1, recordId);
    if (!s.step())
        return held;
    held.exists = true;
    held.versions = nlohmann::json::parse(s.text(0), nullptr, false);
    if (!held.versions.is_object())
        held.versions = nlohmann::json::object();
    for (size_t i = 0; i < kind.fields.size(); ++i)
        held.values[kind.fields[i].name] = readValue(s, static_cast<int>(i) + 1, kind.fields[i]);
    return held;
}

void RecordStore::save(const KindSpec &kind, const std::string &recordId, const Held &held,
                       const std::vector<std::string> &changed)
{
    if (changed.empty())
        return;
    if (!held.exists) {
        auto &s = m_db.cached(sqlFor(kind).insert);
        sql::StatementReset reset(s);
        s.bind(1, recordId).bind(2, jsontext::dump(held.versions));
        for (size_t i = 0; i < kind.fields.size(); ++i) {
            auto it = held.values.find(kind.fields[i].name);
            bindValue(s, static_cast<int>(i) + 3, kind.fields[i], it == held.values.end() ? nlohmann::json() : *it);
        }
        s.run();
        return;
    }
    std::string sql = "UPDATE " + kind.table + " SET versions = ?2";
    std::vector<const FieldSpec *> specs;
    for (const auto &name : changed) {
        specs.push_back(kind.field(name));
        sql += ", " + name + " = ?" + std::to_string(specs.size() + 2);
    }
    auto &s = m_db.cached(sql + " WHERE id = ?1");
    sql::StatementReset reset(s);
    s.bind(1, recordId).bind(2, jsontext::dump(held.versions));
    for (size_t i = 0; i < specs.size(); ++i)
        bindValue(s, static_cast<int>(i) + 3, *specs[i], held.values.at(specs[i]->name));
    s.run();
}

void RecordStore::recordConflict(const std::string &kind, const std::string &recordId, const ConflictNote &note)
{
    auto &s = m_db.cached(
        "INSERT INTO conflicts (kind, record_id, field, losing_value, losing_version, winning_version)"
        " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT DO NOTHING");
    sql::StatementReset reset(s);
    s.bind(1, kind)
        .bind(2, recordId)
        .bind(3, note.field)
        .bind(4, note.losingValue.dump())
        .bind(5, note.losingVersion)
        .bind(6, note.winningVersion);
    s.run();
}

void RecordStore::judgeConflict(const Change &change, ConflictNote note, ApplyResult &result)
{
    if (m_conflictRole != ConflictRole::Judge)
        return;
    ++result.conflicts;
    recordConflict(change.kind, change.recordId, note);
    result.effective.conflicts.push_back(std::move(note));
}

bool RecordStore::markSettled(const std::string &kind, const std::string &recordId, const SettledNote &note)
{
    auto &s = m_db.cached("UPDATE conflicts SET settled = 1 WHERE kind = ?1 AND record_id = ?2 AND field = ?3"
                          " AND losing_version = ?4 AND settled = 0");
    sql::StatementReset reset(s);
    s.bind(1, kind).bind(2, recordId).bind(3, note.field).bind(4, note.losingVersion);
    s.run();
    return m_db.changes() > 0;
}

void RecordStore::applyNotes(const Change &change, ApplyResult &result)
{
    if (m_conflictRole == ConflictRole::Follow) {
        for (const auto &note : change.conflicts) {
            ++result.conflicts;
            recordConflict(change.kind, change.recordId, note);
            result.effective.conflicts.push_back(note);
        }
    }
    // A follower marks what the judge settled; the judge takes a coordinator's settlement of a
    // conflict it holds open and passes on only those, so a replay or a stale request adds nothing.
    for (const auto &note : change.settled)
        if (markSettled(change.kind, change.recordId, note) || m_conflictRole == ConflictRole::Follow)
            result.effective.settled.push_back(note);
}

std::vector<SettledNote> RecordStore::settle(const std::string &kind, const std::string &recordId, const std::string &field)
{
    std::vector<SettledNote> out;
    {
        auto &s = m_db.cached("SELECT losing_version FROM conflicts WHERE kind = ?1 AND record_id = ?2 AND field = ?3"
                              " AND settled = 0 ORDER BY losing_version");
        sql::StatementReset reset(s);
        s.bind(1, kind).bind(2, recordId).bind(3, field);
        while (s.step())
            out.push_back({field, s.text(0)});
    }
    for (const auto &note : out)
        markSettled(kind, recordId, note);
    return out;
}

void RecordStore::forgetRedactedConflicts(const std::string &recordId, ApplyResult &result)
{
    auto &s = m_db.cached("DELETE FROM conflicts WHERE kind = 'contribution' AND record_id = ?1"
                          " AND field IN ('text', 'media')");
    sql::StatementReset reset(s);
    s.bind(1, recordId);
    s.run();
    std::erase_if(result.effective.conflicts, [](const ConflictNote &n) { return isRedactable(n.field); });
}

bool RecordStore::isWithdrawn(const std::string &recordId)
{
    auto &s = m_db.cached("SELECT 1 FROM withdrawals WHERE record_id = ?1");
    sql::StatementReset reset(s);
    s.bind(1, recordId);
    return s.step();
}

Change RecordStore::writeLocal(const std::string &kind, const std::string &recordId, const nlohmann::json &fields,
                               const std::string &changeId)
{
    const KindSpec *spec = Schema::instance().kind(kind);
    if (!spec)
        throw std::invalid_argument("unknown kind " + kind);
    Held held = load(*spec, recordId);
    Change change{changeId, kind, recordId, {}};
    seal::FieldSealer *sealer = m_sealerSource ? m_sealerSource() : nullptr;
    for (const auto &[name, value] : fields.items()) {
        const FieldSpec *f = spec->field(name);
        if (!f)
            throw std::invalid_argument("unknown field " + kind + "." + name);
        if (auto error = validateFieldValue(*f, value); !error.empty())
            throw std::invalid_argument(error);
        if (name == fields::Tags && value.is_array()) {
            // The app hands over the whole list it wants; the wire carries only what changed.
            std::vector<std::string> desired;
            for (const auto &t : value)
                if (t.is_string())
                    desired.push_back(t.get<std::string>());
            nlohmann::json op = TagSet::fromState(held.versions.value(name, nlohmann::json::object())).diffTo(desired);
            if (!op.empty())
                change.fields.emplace(name, FieldChange{op, Version{m_clock.now(), m_deviceId}.toString(), {}});
            continue;
        }
        std::string base;
        if (auto v = held.versions.find(name); v != held.versions.end() && v->is_object())
            base = v->value("v", "");
        const std::string version = Version{m_clock.now(), m_deviceId}.toString();
        change.fields.emplace(name, FieldChange{value, version, base});
    }
    if (sealer)
        sealer->sealChange(change);
    ApplyResult result = apply(change);
    if (result.refused)
        throw std::invalid_argument("record " + recordId + " was withdrawn and can no longer be changed");
    return change;
}

ApplyResult RecordStore::apply(const Change &change)
{
    const KindSpec *spec = Schema::instance().kind(change.kind);
    if (!spec)
        throw std::invalid_argument("unknown kind " + change.kind);
    ApplyResult result;
    result.effective = Change{change.changeId, change.kind, change.recordId, {}};

    for (const auto &[name, f] : change.fields) {
        const FieldSpec *fs = spec->field(name);
        if (!fs)
            throw std::invalid_argument("unknown field " + change.kind + "." + name);
        if (auto error = validateFieldValue(*fs, f.value); !error.empty())
            throw std::invalid_argument(error);
        const auto version = Version::parse(f.version);
        if (!version || f.version.empty() || !Version::parse(f.base))
            throw std::invalid_argument("bad version on " + change.kind + "." + name);
        m_clock.observe(version->hlc);
    }

    if (spec->withdrawable && isWithdrawn(change.recordId)) {
        // Withdrawal is final: only another withdrawal is taken, and only to settle its version.
        auto w = change.fields.find(std::string(fields::Withdrawn));
        if (w != change.fields.end() && w->second.value == true) {
            if (purge(*spec, change.recordId, w->second.version))
                result.effective.fields.emplace(w->first, FieldChange{true, w->second.version, {}});
            else
                result.duplicates = 1;
        }
        result.refused = change.fields.size() > (w == change.fields.end() ? 0u : 1u);
        return result;
    }

    Held held = load(*spec, change.recordId);
    std::vector<std::string> changed;
    // A redaction holds: while a record is redacted, what it rewrote changes only with a change that
    // lifts the redaction (the server lets only coordinators send one). A redaction beats every
    // concurrent edit of what it rewrites, whatever the clocks say, and leaves no conflict holding
    // the words it removed.
    const auto redactedField = change.fields.find(std::string(fields::Redacted));
    const auto heldFlag = held.values.find(std::string(fields::Redacted));
    const bool heldRedacted = spec->withdrawable && heldFlag != held.values.end() && *heldFlag == true;
    const bool redacting = spec->withdrawable && redactedField != change.fields.end() && redactedField->second.value == true;
    const bool lifting = heldRedacted && redactedField != change.fields.end() && redactedField->second.value == false;
    const nlohmann::json mediaBefore = held.values.value(std::string(fields::Media), nlohmann::json::array());
    for (const auto &[name, f] : change.fields) {
        const bool guarded = isRedactable(name) || name == fields::Redacted;
        if (heldRedacted && guarded && !redacting && !lifting) {
            ++result.stale;
            continue;
        }
        if (name == fields::Tags) {
            TagSet set = TagSet::fromState(held.versions.value(name, nlohmann::json::object()));
            if (!set.apply(f.value, f.version)) {
                ++result.duplicates;
                continue;
            }
            // No single version for the set: a "latest" would depend on which replays carried news.
            held.values[name] = set.visible();
            held.versions[name] = set.state();
            changed.push_back(name);
            result.effective.fields.emplace(name, f);
            continue;
        }
        std::optional<FieldState> current;
        if (auto v = held.versions.find(name); v != held.versions.end() && v->is_object())
            current = FieldState{v->value("v", ""), v->value("b", "")};
        MergeDecision d = decideField(current, FieldState{f.version, f.base});
        // Withdrawing consent beats every concurrent edit, whatever the clocks say.
        const bool withdrawing = spec->withdrawable && name == fields::Withdrawn && f.value == true;
        if (withdrawing && d.outcome == MergeOutcome::Stale)
            d = {MergeOutcome::Apply, false};
        if (redacting && guarded) {
            if (!heldRedacted)
                d = {MergeOutcome::Apply, false};
            d.conflict = false;
        }
        switch (d.outcome) {
        case MergeOutcome::Duplicate:
            ++result.duplicates;
            break;
        case MergeOutcome::Stale:
            ++result.stale;
            if (d.conflict)
                judgeConflict(change, {name, f.value, f.version, current->version}, result);
            break;
        case MergeOutcome::Apply:
            if (d.conflict)
                judgeConflict(change, {name, held.values.value(name, nlohmann::json()), current->version, f.version},
                              result);
            held.values[name] = f.value;
            held.versions[name] = {{"v", f.version}, {"b", f.base}};
            changed.push_back(name);
            result.effective.fields.emplace(name, f);
            break;
        }
    }

    applyNotes(change, result);
    if (redacting && result.effective.fields.count(std::string(fields::Redacted))) {
        result.redacted = true;
        forgetRedactedConflicts(change.recordId, result);
        // Media the redaction took out of the record is purged like a withdrawn contribution's.
        const nlohmann::json mediaAfter = held.values.value(std::string(fields::Media), nlohmann::json::array());
        if (mediaBefore.is_array())
            for (const auto &m : mediaBefore)
                if (m.is_string() && !(mediaAfter.is_array() && std::find(mediaAfter.begin(), mediaAfter.end(), m) != mediaAfter.end()))
                    result.purgedMedia.push_back(m.get<std::string>());
    }

    const auto withdrawnValue = held.values.find(std::string(fields::Withdrawn));
    if (spec->withdrawable && withdrawnValue != held.values.end() && *withdrawnValue == true) {
        result.withdrawn = true;
        if (auto media = held.values.find("media"); media != held.values.end() && media->is_array())
            for (const auto &m : *media)
                if (m.is_string())
                    result.purgedMedia.push_back(m.get<std::string>());
        // A published idea showing the person's drawing names it as its symbol ("picture:<sha256>"):
        // the copy a kiosk downloaded goes with it.
        if (auto symbol = held.values.find("symbol"); symbol != held.values.end() && symbol->is_string()
            && symbol->get_ref<const std::string &>().rfind(kPicturePrefix, 0) == 0)
            result.purgedMedia.push_back(symbol->get<std::string>().substr(kPicturePrefix.size()));
        purge(*spec, change.recordId, held.versions[std::string(fields::Withdrawn)].value("v", ""));
        result.effective.fields = {{std::string(fields::Withdrawn),
                                    FieldChange{true, held.versions[std::string(fields::Withdrawn)].value("v", ""), {}}}};
        // The purge took the record's conflicts; their losing values must not travel either.
        result.effective.conflicts.clear();
        result.effective.settled.clear();
        return result;
    }
    save(*spec, change.recordId, held, changed);
    return result;
}

bool RecordStore::purge(const KindSpec &kind, const std::string &recordId, const std::string &version)
{
    // Every replica ends with the same withdrawn row whatever it held before and whichever
    // withdrawal reached it first: all fields empty but `withdrawn`, and no version, since a clamped
    // or concurrent withdrawal may carry a different one on each replica. The withdrawals table
    // keeps the highest version seen, as bookkeeping.
    auto &held = m_db.cached("SELECT version FROM withdrawals WHERE record_id = ?1");
    std::string kept;
    bool known = false;
    {
        sql::StatementReset reset(held);
        held.bind(1, recordId);
        if (held.step()) {
            known = true;
            kept = held.text(0);
        }
    }
    auto &w = m_db.cached("INSERT INTO withdrawals (record_id, version) VALUES (?1, ?2)"
                           " ON CONFLICT (record_id) DO UPDATE SET version = excluded.version");
    if (known) {
        if (version > kept) {
            sql::StatementReset reset(w);
            w.bind(1, recordId).bind(2, version);
            w.run();
        }
        return false;
    }
    {
        sql::StatementReset reset(w);
        w.bind(1, recordId).bind(2, version);
        w.run();
    }
    auto &del = m_db.cached("DELETE FROM " + kind.table + " WHERE id = ?1");
    {
        sql::StatementReset reset(del);
        del.bind(1, recordId);
        del.run();
    }
    Held row;
    row.values[std::string(fields::Withdrawn)] = true;
    save(kind, recordId, row, {std::string(fields::Withdrawn)});
    auto &c = m_db.cached("DELETE FROM conflicts WHERE record_id = ?1");
    sql::StatementReset reset(c);
    c.bind(1, recordId);
    c.run();
    return true;
}

bool RecordStore::adoptVersion(const std::string &kind, const std::string &recordId, const std::string &field,
                               const std::string &from, const std::string &to)
{
    const KindSpec *spec = Schema::instance().kind(kind);
    if (!spec || !spec->field(field))
        return false;
    Held held = load(*spec, recordId);
    auto v = held.versions.find(field);
    if (!held.exists || v == held.versions.end() || !v->is_object())
        return false;
    // A later edit of the field may already be held, based on the clamped write: its base takes the
    // clamped form too, as the server reads it, so both keep the same {version, base}.
    bool changed = false;
    for (const char *key : {"v", "b"}) {
        if (v->value(key, "") == from) {
            (*v)[key] = to;
            changed = true;
        }
    }
    if (changed)
        save(*spec, recordId, held, {field});
    return changed;
}

bool RecordStore::adoptValue(const std::string &kind, const std::string &recordId, const std::string &field,
                             const nlohmann::json &value)
{
    const KindSpec *spec = Schema::instance().kind(kind);
    if (!spec || !spec->field(field))
        return false;
    Held held = load(*spec, recordId);
    if (!held.exists || held.values.value(std::string(fields::Withdrawn), nlohmann::json()) == true
        || held.values.value(field, nlohmann::json()) == value)
        return false;
    held.values[field] = value;
    save(*spec, recordId, held, {field});
    return true;
}

std::string RecordStore::fieldVersion(const std::string &kind, const std::string &recordId, const std::string &field)
{
    const KindSpec *spec = Schema::instance().kind(kind);
    if (!spec)
        return {};
    const Held held = load(*spec, recordId);
    const auto v = held.versions.find(field);
    return held.exists && v != held.versions.end() && v->is_object() ? v->value("v", std::string()) : std::string();
}

std::optional<nlohmann::json> RecordStore::read(const std::string &kind, const std::string &recordId)
{
    const KindSpec *spec = Schema::instance().kind(kind);
    if (!spec)
        return std::nullopt;
    Held held = load(*spec, recordId);
    if (!held.exists)
        return std::nullopt;
    held.values["id"] = recordId;
    return held.values;
}

} // namespace chorus::sync
