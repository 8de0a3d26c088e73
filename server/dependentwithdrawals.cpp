#include "dependentwithdrawals.h"

#include "changelog.h"
#include "model/schema.h"
#include "secrets.h"

#include <string_view>

namespace chorus::server {

namespace {
// A record of `child` kind names its `parent` in `field`.
struct Link {
    std::string_view child;
    std::string_view field;
    std::string_view parent;
};
constexpr Link kLinks[] = {
    { sync::kinds::PublishedIdea, "source_id", sync::kinds::Contribution },
    { sync::kinds::Vote, "idea_id", sync::kinds::Contribution },
    { sync::kinds::Support, "idea_id", sync::kinds::PublishedIdea },
};

bool withdrew(const sync::ApplyResult &result)
{
    const auto w = result.effective.fields.find(std::string(sync::fields::Withdrawn));
    return result.withdrawn || (w != result.effective.fields.end() && w->second.value == true);
}
} // namespace

DependentWithdrawals::DependentWithdrawals(sql::Connection &db, sync::RecordStore &store)
    : m_db(db)
    , m_store(store)
{ }

std::vector<RemovalNote> DependentWithdrawals::follow(const sync::Change &change, const sync::ApplyResult &result)
{
    std::vector<RemovalNote> out;
    if (withdrew(result)) {
        withdrawChildren(change.kind, change.recordId, out);
        return out;
    }
    if (result.redacted && change.kind == sync::kinds::Contribution) {
        // A redaction that took a drawing out takes down the ideas showing it: kiosks hold a copy.
        for (const auto &sha : result.purgedMedia) {
            std::vector<std::string> ids;
            {
                auto s = m_db.prepare("SELECT id FROM published_ideas WHERE source_id = ?1 AND symbol = ?2"
                                      " AND coalesce(withdrawn, 0) = 0");
                s.bind(1, change.recordId).bind(2, "picture:" + sha);
                while (s.step())
                    ids.push_back(s.text(0));
            }
            for (const auto &id : ids)
                withdraw(std::string(sync::kinds::PublishedIdea), id, out);
        }
        return out;
    }
    for (const Link &link : kLinks) {
        if (link.child != change.kind)
            continue;
        const auto held = m_store.read(change.kind, change.recordId);
        const nlohmann::json parent = held ? held->value(std::string(link.field), nlohmann::json()) : nlohmann::json();
        // Made (offline, say) from something withdrawn since: it goes at once.
        if (parent.is_string() && m_store.isWithdrawn(parent.get<std::string>()))
            withdraw(change.kind, change.recordId, out);
    }
    return out;
}

void DependentWithdrawals::withdrawChildren(
    const std::string &kind, const std::string &recordId, std::vector<RemovalNote> &out)
{
    for (const Link &link : kLinks) {
        if (link.parent != kind)
            continue;
        const sync::KindSpec *child = sync::Schema::instance().kind(link.child);
        std::vector<std::string> ids;
        {
            // Only records of the parent's organisation: ids are random, but another organisation's
            // device must not be able to tie its records to ours.
            auto s = m_db.prepare("SELECT r.id FROM " + child->table + " r JOIN record_owners o ON o.kind = '"
                + child->name + "' AND o.record_id = r.id WHERE r." + std::string(link.field)
                + " = ?1 AND coalesce(r.withdrawn, 0) = 0 AND o.org_id ="
                  " (SELECT org_id FROM record_owners WHERE kind = ?2 AND record_id = ?1)");
            s.bind(1, recordId).bind(2, kind);
            while (s.step())
                ids.push_back(s.text(0));
        }
        for (const auto &id : ids)
            withdraw(child->name, id, out);
    }
}

void DependentWithdrawals::withdraw(const std::string &kind, const std::string &recordId, std::vector<RemovalNote> &out)
{
    const std::string version = sync::Version { m_store.clock().now(), "server" }.toString();
    const sync::Change change { "wd-" + secrets::randomId(), kind, recordId,
        { { std::string(sync::fields::Withdrawn),
            sync::FieldChange { true, version, m_store.fieldVersion(kind, recordId, "withdrawn") } } } };
    const sync::ApplyResult result = m_store.apply(change);
    if (!result.withdrawn)
        return;
    std::string orgId, origin;
    {
        auto s = m_db.prepare("SELECT org_id, origin_device FROM record_owners WHERE kind = ?1 AND record_id = ?2");
        s.bind(1, kind).bind(2, recordId);
        if (s.step()) {
            orgId = s.text(0);
            origin = s.text(1);
        }
    }
    // Earlier entries hold what it said (a published idea's words): a device pulling later must never see them.
    m_db.prepare("DELETE FROM changelog WHERE kind = ?1 AND record_id = ?2").bind(1, kind).bind(2, recordId).run();
    changelog::append(m_db, orgId, origin, result.effective, changelog::Removal::Withdrawal);
    RemovalNote note { orgId, recordId, "withdrawal" };
    note.kind = kind;
    out.push_back(std::move(note));
    withdrawChildren(kind, recordId, out);
}

} // namespace chorus::server
