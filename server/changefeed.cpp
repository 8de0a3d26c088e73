#include "changefeed.h"

#include "apierror.h"
#include "model/schema.h"
#include "protocol/sitelist.h"
#include "sealkeys.h"

#include <charconv>

namespace chorus::server {

using sync::protocol::ErrorCode;
using Json = nlohmann::json;

namespace {
// The first protocol whose pulls carry the server's conflict notes and settlements.
constexpr int kConflictNotesVersion = 2;

// What a person said goes to coordinator devices only. An outreach tablet gets its own
// contributions back (and a kiosk the withdrawal or redaction of its own) with every sealed field's
// value emptied (its version kept, so the device's record versions stay the server's), and
// conflicts on those fields without their losing values.
std::string withoutSealedContent(const std::string &body)
{
    Json change = Json::parse(body);
    if (change.value("kind", "") != sync::kinds::Contribution)
        return body;
    const sync::KindSpec *spec = sync::Schema::instance().kind(sync::kinds::Contribution);
    auto sealed = [&](const std::string &field) {
        const sync::FieldSpec *f = spec->field(field);
        return f && f->sealed;
    };
    bool changed = false;
    if (auto fields = change.find("fields"); fields != change.end() && fields->is_object())
        for (auto &[name, f] : fields->items())
            if (sealed(name) && f.is_object() && !f["value"].is_null()) {
                f["value"] = nullptr;
                changed = true;
            }
    if (auto notes = change.find("conflicts"); notes != change.end() && notes->is_array())
        for (auto &note : *notes)
            if (note.is_object() && sealed(note.value("field", "")) && !note["value"].is_null()) {
                note["value"] = nullptr;
                changed = true;
            }
    return changed ? change.dump() : body;
}

std::int64_t parseNumber(const std::string &text, const char *what)
{
    std::int64_t value = 0;
    auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || text.size() > 18 || ec != std::errc() || end != text.data() + text.size() || value < 0)
        throw ApiError(ErrorCode::BadRequest, std::string(what) + " must be a whole number");
    return value;
}
} // namespace

ChangeFeed::ChangeFeed(sql::Connection &db, const DeviceIdentity &device)
    : m_db(db)
    , m_device(device)
{ }

std::string feedScopeSql(const std::string &kind, const std::string &originDevice, const std::string &withdrawal,
    const std::string &role, const std::string &deviceId)
{
    // A group session, its votes and "me too" supports are the business of the device that made them
    // (and coordinators): other kiosks need only the published ideas and outcomes they show.
    const std::string ownOnly = "('group_session', 'vote', 'support')";
    return role + " = 'coordinator' OR " + kind + " NOT IN ('contribution', 'worker', 'outreach_session', "
        + ownOnly.substr(1) + " OR (" + kind + " = 'worker' AND " + role + " = 'outreach') OR (" + originDevice + " = "
        + deviceId + " AND (" + role + " = 'outreach' OR " + withdrawal + " <> 0 OR " + kind + " IN " + ownOnly + "))";
}

std::int64_t ChangeFeed::parseCursor(const std::string &cursor)
{
    return cursor.empty() ? 0 : parseNumber(cursor, "cursor");
}

Json ChangeFeed::page(const std::string &cursorText, const std::string &limitText, int protocolVersion)
{
    return Json::parse(pageText(cursorText, limitText, protocolVersion));
}

std::string ChangeFeed::pageText(const std::string &cursorText, const std::string &limitText, int protocolVersion)
{
    const std::int64_t cursor = parseCursor(cursorText);
    std::int64_t limit = limitText.empty() ? sync::protocol::kDefaultPullLimit : parseNumber(limitText, "limit");
    if (limit < 1 || limit > sync::protocol::kMaxPullLimit)
        throw ApiError(ErrorCode::BadRequest, "limit must be 1 to " + std::to_string(sync::protocol::kMaxPullLimit));

    // The answer is written as it is read: a page can be a megabyte, so it is never copied whole.
    std::string page = "{\"changes\":[";
    const std::size_t firstChange = page.size();
    std::int64_t next = cursor;
    bool more = false;
    // One snapshot for the page and the log's end: under PostgreSQL's default isolation a change
    // committed between the two reads would otherwise be jumped over.
    m_db.snapshot([&] {
        // Kiosks never receive contributions, only the withdrawal or redaction of one they created, so
        // they can purge it. Workers (with their PIN hashes) go to outreach tablets only, an outreach
        // session only back to the tablet that took it, and a group session, vote or support only
        // back to the device that made it.
        auto &s = m_db.cached("SELECT seq, body FROM changelog WHERE seq > ?1 AND org_id = ?2 AND ("
            + feedScopeSql("kind", "origin_device", "withdrawal", "?3", "?4") + ") ORDER BY seq LIMIT ?5");
        sql::StatementReset reset(s);
        s.bind(1, cursor)
            .bind(2, m_device.orgId)
            .bind(3, std::string(sync::protocol::roleName(m_device.role)))
            .bind(4, m_device.id)
            .bind(5, limit);
        std::int64_t rows = 0;
        while (s.step()) {
            ++rows;
            next = s.integer(0);
            std::string body = s.text(1);
            if (m_device.role != sync::protocol::Role::Coordinator)
                body = withoutSealedContent(body);
            if (protocolVersion < kConflictNotesVersion) {
                Json change = Json::parse(body);
                change.erase("conflicts");
                change.erase("settled");
                if (change.value("fields", Json::object()).empty())
                    continue;
                body = change.dump();
            }
            if (page.size() > firstChange)
                page += ',';
            page += body;
        }
        more = rows == limit;
        if (!more) {
            // Everything up to the log's end in this snapshot was looked at; entries out of scope
            // need not be scanned again.
            auto &end = m_db.cached("SELECT coalesce(max(seq), 0) FROM changelog");
            sql::StatementReset r2(end);
            if (end.step())
                next = std::max(next, end.integer(0));
        }
    });
    // The cursor a device sends is what it has applied: that is its acknowledged position for lag.
    m_db.transaction([&] {
        m_db.cached("UPDATE devices SET pull_cursor = CASE WHEN pull_cursor > ?2 THEN pull_cursor ELSE ?2 END,"
                    " last_pull_at = ?3, last_seen_at = ?3 WHERE id = ?1")
            .bind(1, m_device.id)
            .bind(2, cursor)
            .bind(3, nowMs())
            .run();
    });
    page += "],\"cursor\":\"" + std::to_string(next) + "\",\"more\":" + (more ? "true" : "false");
    // Devices seal to the organisation's newest key: after a rotation they learn it here.
    if (const auto key = SealKeys(m_db).currentPublicHex(m_device.orgId))
        if (const auto publicKey = sync::seal::publicKeyFromHex(*key))
            page += ",\"seal_key\":" + SealKeys::describe(*publicKey).dump();
    // A worker starts a session at one of the organisation's sites: outreach tablets get the list.
    if (m_device.role == sync::protocol::Role::Outreach)
        page += ",\"sites\":" + sync::protocol::siteListJson(organisationSites()).dump();
    page += "}";
    return page;
}

std::vector<sync::protocol::SiteEntry> ChangeFeed::organisationSites()
{
    std::vector<sync::protocol::SiteEntry> out;
    auto &s = m_db.cached("SELECT id, name FROM sites WHERE org_id = ?1 ORDER BY name, id");
    sql::StatementReset reset(s);
    s.bind(1, m_device.orgId);
    while (s.step())
        out.push_back({ s.text(0), s.text(1) });
    return out;
}

} // namespace chorus::server
