#include "retentionpurge.h"

#include "model/schema.h"
#include "recordwriter.h"

#include <ctime>

namespace chorus::server::dashboard {

using Json = nlohmann::json;

namespace {
struct Expired {
    std::string id, promptId, month, format;
    std::int64_t rating = 0;
};
} // namespace

std::string RetentionPurge::monthOf(std::int64_t ms)
{
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm utc {};
    gmtime_r(&t, &utc);
    char buf[8];
    std::strftime(buf, sizeof buf, "%Y-%m", &utc);
    return buf;
}

RetentionPurge::RetentionPurge(ServerDb &server, MediaStore &media)
    : m_server(server)
    , m_media(media)
{ }

int RetentionPurge::months(sql::Connection &db, const std::string &orgId)
{
    auto s = db.prepare("SELECT months FROM org_retention WHERE org_id = ?1");
    s.bind(1, orgId);
    return s.step() ? static_cast<int>(s.integer(0)) : kDefaultMonths;
}

void RetentionPurge::setMonths(sql::Connection &db, const std::string &orgId, int months)
{
    db.transaction([&] {
        db.prepare("INSERT INTO org_retention (org_id, months) VALUES (?1, ?2)"
                   " ON CONFLICT (org_id) DO UPDATE SET months = excluded.months")
            .bind(1, orgId)
            .bind(2, months)
            .run();
    });
}

std::int64_t RetentionPurge::cutoff(std::int64_t nowMs, int months)
{
    // An average month (365.2425 / 12 days): a day either way does not matter to a 24-month period.
    return nowMs - static_cast<std::int64_t>(months) * 2629746000LL;
}

int RetentionPurge::runFor(sql::Connection &db, const std::string &orgId, std::int64_t nowMs)
{
    std::vector<Expired> expired;
    {
        auto s = db.prepare("SELECT r.id, coalesce(r.prompt_id, ''), r.created_at, coalesce(r.format, ''),"
                            " coalesce(r.rating, 0) FROM contributions r JOIN record_owners o"
                            " ON o.kind = 'contribution' AND o.record_id = r.id"
                            " WHERE o.org_id = ?1 AND r.created_at < ?2 AND (r.withdrawn IS NULL OR r.withdrawn = 0)");
        s.bind(1, orgId).bind(2, cutoff(nowMs, months(db, orgId)));
        while (s.step())
            expired.push_back({ s.text(0), s.text(1), monthOf(s.integer(2)), s.text(3), s.integer(4) });
    }
    RecordWriter writer(m_server, db, m_media, orgId);
    for (const auto &e : expired) {
        writer.write(sync::kinds::Contribution, e.id, { { "withdrawn", true } }, WriteOptions { false, false, "retention" });
        // After the purge committed: a crash between the two loses one answer's count, never
        // counts one twice.
        db.transaction([&] {
            db.prepare("INSERT INTO retained_counts (org_id, prompt_id, month, format, rating, n)"
                       " VALUES (?1, ?2, ?3, ?4, ?5, 1) ON CONFLICT (org_id, prompt_id, month, format, rating)"
                       " DO UPDATE SET n = retained_counts.n + 1")
                .bind(1, orgId)
                .bind(2, e.promptId)
                .bind(3, e.month)
                .bind(4, e.format)
                .bind(5, e.rating)
                .run();
        });
    }
    if (!expired.empty())
        m_server.forgetDeletedContent();
    return static_cast<int>(expired.size());
}

Json RetentionPurge::run(std::int64_t nowMs)
{
    auto lease = m_server.lease();
    std::vector<std::string> orgs;
    {
        auto s = lease->prepare("SELECT id FROM organisations ORDER BY id");
        while (s.step())
            orgs.push_back(s.text(0));
    }
    int purged = 0;
    for (const auto &org : orgs)
        purged += runFor(*lease, org, nowMs);
    return { { "purged", purged } };
}

} // namespace chorus::server::dashboard
