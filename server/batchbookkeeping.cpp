#include "batchbookkeeping.h"

#include "protocol/protocol.h"

#include <map>
#include <set>

namespace chorus::server {

namespace {
constexpr int kIdsPerRead = static_cast<int>(sync::protocol::kMaxBatchChanges);

// "?<first>, ?<first + 1>, ..." for every id slot of a read; slots a batch does not fill are bound
// to NULL, which matches nothing, so one statement text serves every batch size.
std::string idSlots(int first)
{
    std::string out;
    for (int i = 0; i < kIdsPerRead; ++i)
        out += (i ? ", ?" : "?") + std::to_string(first + i);
    return out;
}

// Runs `sql` (whose id slots start at ?2, after one fixed parameter) over `ids` in reads of
// kIdsPerRead, calling `row` for each row found.
template <typename Row>
void readByIds(sql::Connection &db, const std::string &sql, const std::string &fixed, const std::vector<std::string> &ids,
    Row &&row)
{
    auto &s = db.cached(sql);
    for (std::size_t start = 0; start < ids.size(); start += kIdsPerRead) {
        sql::StatementReset reset(s);
        s.bind(1, fixed);
        for (int i = 0; i < kIdsPerRead; ++i) {
            const std::size_t at = start + static_cast<std::size_t>(i);
            if (at < ids.size())
                s.bind(i + 2, ids[at]);
            else
                s.bindNull(i + 2);
        }
        while (s.step())
            row(s);
    }
}
} // namespace

BatchBookkeeping::BatchBookkeeping(
    sql::Connection &db, const std::string &deviceId, const std::vector<sync::Change> &changes)
{
    std::vector<std::string> changeIds;
    std::map<std::string, std::set<std::string>> recordsByKind;
    for (const auto &c : changes) {
        changeIds.push_back(c.changeId);
        recordsByKind[c.kind].insert(c.recordId);
    }
    static const std::string seen = "SELECT change_id, outcome FROM received_changes WHERE device_id = ?1"
                                    " AND change_id IN ("
        + idSlots(2) + ")";
    readByIds(db, seen, deviceId, changeIds, [this](const auto &s) { m_outcomes[s.text(0)] = s.text(1); });
    static const std::string owners
        = "SELECT record_id, org_id, origin_device FROM record_owners WHERE kind = ?1 AND record_id IN (" + idSlots(2)
        + ")";
    for (const auto &entry : recordsByKind) {
        // A named reference, not a structured binding: clang 14 cannot capture one in a lambda.
        const std::string &kind = entry.first;
        const std::vector<std::string> ids(entry.second.begin(), entry.second.end());
        readByIds(db, owners, kind, ids,
            [this, &kind](const auto &s) { m_owners[key(kind, s.text(0))] = { s.text(1), s.text(2) }; });
    }
}

std::string BatchBookkeeping::key(const std::string &kind, const std::string &recordId)
{
    // Kinds are fixed words without a NUL, so this cannot join two different pairs into one key.
    return kind + '\0' + recordId;
}

std::optional<std::string> BatchBookkeeping::outcome(const std::string &changeId) const
{
    auto it = m_outcomes.find(changeId);
    return it == m_outcomes.end() ? std::nullopt : std::optional<std::string>(it->second);
}

const RecordOwner *BatchBookkeeping::owner(const std::string &kind, const std::string &recordId) const
{
    auto it = m_owners.find(key(kind, recordId));
    return it == m_owners.end() ? nullptr : &it->second;
}

void BatchBookkeeping::noteOutcome(const std::string &changeId, const std::string &outcome)
{
    m_outcomes[changeId] = outcome;
}

void BatchBookkeeping::noteOwner(const std::string &kind, const std::string &recordId, RecordOwner owner)
{
    m_owners[key(kind, recordId)] = std::move(owner);
}

} // namespace chorus::server
