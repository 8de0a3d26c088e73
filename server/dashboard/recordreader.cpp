#include "recordreader.h"

#include "apierror.h"
#include "model/schema.h"
#include "postgres/pgconnection.h"

namespace chorus::server::dashboard {

using Json = nlohmann::json;
using sync::protocol::ErrorCode;

namespace {
const sync::KindSpec &specOf(const std::string &kind)
{
    const sync::KindSpec *spec = sync::Schema::instance().kind(kind);
    if (!spec)
        throw ApiError(ErrorCode::BadRequest, "unknown kind " + kind);
    return *spec;
}
} // namespace

RecordReader::RecordReader(sql::Connection &db, std::string orgId)
    : m_db(db)
    , m_orgId(std::move(orgId))
{ }

sql::Prepared RecordReader::query(const std::string &select, const std::string &kind, const std::string &where,
    const std::vector<Json> &binds, const std::string &tail)
{
    const sync::KindSpec &spec = specOf(kind);
    // SQLite's CROSS JOIN keeps the records as the outer loop, so a list in an indexed order walks that
    // index and stops after its page, checking each record's owner on the way; left to itself the
    // planner would read every record of the organisation and sort them. PostgreSQL plans by its
    // statistics (and has no CROSS JOIN … ON).
    const char *join = m_db.dialect() == sql::Dialect::SQLite ? " r CROSS JOIN" : " r JOIN";
    std::string sql = "SELECT " + select + " FROM " + spec.table + join + " record_owners o ON o.kind = '" + spec.name
        + "' AND o.record_id = r.id WHERE o.org_id = ?1";
    if (!where.empty())
        sql += " AND (" + where + ")";
    // SQLite steps row by row anyway; libpq would hand over the whole result at once.
    auto s = m_streaming && m_db.dialect() == sql::Dialect::PostgreSQL
        ? static_cast<postgres::PgConnection &>(m_db).prepareStreaming(sql + tail)
        : m_db.prepare(sql + tail);
    s.bind(1, m_orgId);
    for (std::size_t i = 0; i < binds.size(); ++i) {
        const int index = static_cast<int>(i) + 2;
        if (binds[i].is_number_integer())
            s.bind(index, binds[i].get<std::int64_t>());
        else
            s.bind(index, binds[i].get<std::string>());
    }
    return s;
}

std::int64_t RecordReader::count(
    const std::string &kind, const std::string &where, const std::vector<Json> &binds, std::int64_t cap)
{
    if (cap < 0) {
        auto s = query("count(*)", kind, where, binds, {});
        return s.step() ? s.integer(0) : 0;
    }
    // Counting stops at the cap, so its cost does too; the query is wrapped by hand since query()
    // writes only the inner SELECT.
    auto inner = query("1", kind, where, binds, " LIMIT " + std::to_string(cap));
    std::int64_t n = 0;
    while (inner.step())
        ++n;
    return n;
}

Json RecordReader::list(const std::string &kind, const std::string &where, const std::vector<Json> &binds,
    const std::string &order, ListPage page)
{
    Json out = Json::array();
    each(
        kind, where, binds, order,
        [&](Json &&r) {
            out.push_back(std::move(r));
            return true;
        },
        page);
    return out;
}

void RecordReader::each(const std::string &kind, const std::string &where, const std::vector<Json> &binds,
    const std::string &order, const std::function<bool(Json &&)> &row, ListPage page)
{
    const sync::KindSpec &spec = specOf(kind);
    std::string select = "r.id";
    for (const auto &f : spec.fields)
        select += ", r." + f.name;
    std::string tail = " ORDER BY " + order;
    if (page.limit >= 0)
        tail += " LIMIT " + std::to_string(page.limit) + " OFFSET " + std::to_string(page.offset);
    auto s = query(select, kind, where, binds, tail);
    while (s.step()) {
        Json r { { "id", s.text(0) } };
        for (std::size_t i = 0; i < spec.fields.size(); ++i) {
            const int c = static_cast<int>(i) + 1;
            const auto &f = spec.fields[i];
            if (s.isNull(c))
                r[f.name] = nullptr;
            else if (f.type == sync::FieldType::Integer)
                r[f.name] = s.integer(c);
            else if (f.type == sync::FieldType::Boolean)
                r[f.name] = s.integer(c) != 0;
            else if (f.type == sync::FieldType::Json)
                r[f.name] = Json::parse(s.text(c), nullptr, false);
            else
                r[f.name] = s.text(c);
        }
        if (!row(std::move(r)))
            return;
    }
}

std::optional<Json> RecordReader::find(const std::string &kind, const std::string &recordId)
{
    Json rows = list(kind, "r.id = ?2", { recordId });
    if (rows.empty())
        return std::nullopt;
    return rows[0];
}

Json RecordReader::get(const std::string &kind, const std::string &recordId)
{
    auto r = find(kind, recordId);
    if (!r)
        throw ApiError(ErrorCode::NotFound, "no such " + kind);
    return *r;
}

} // namespace chorus::server::dashboard
