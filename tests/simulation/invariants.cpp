#include "invariants.h"

#include "scenario.h"
#include "model/schema.h"
#include "serverdb.h"

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <set>

namespace chorus::sim {

namespace {
using sync::protocol::Role;

// A record table's columns in the schema's order: the server's tables gained columns by migration
// (at the end), the simulated devices' were made from today's schema, so "*" would differ in order.
std::string recordColumns(const std::string &table)
{
    for (const auto &kind : sync::Schema::instance().kinds())
        if (kind.table == table) {
            std::string out = "id";
            for (const auto &f : kind.fields)
                out += ", " + f.name;
            return out + ", versions";
        }
    return "*";
}

// Every row of a table as "id -> all columns", the versions column included.
std::map<std::string, std::string> rows(sqlite::Database &db, const std::string &table, const std::set<std::string> *only,
                                        const std::string &columns = "*")
{
    std::map<std::string, std::string> out;
    auto s = db.prepare("SELECT " + (columns == "*" ? recordColumns(table) : columns) + " FROM " + table);
    while (s.step()) {
        const std::string id = s.text(0);
        if (only && !only->count(id))
            continue;
        std::string row;
        for (int i = 1; i < s.columnCount(); ++i)
            row += (s.isNull(i) ? std::string("<null>") : s.text(i)) + "|";
        out[id] = row;
    }
    return out;
}

// The conflicts a replica holds on these records, settled or not, one per line.
// An outreach tablet receives conflicts on sealed fields without their losing values.
std::string conflicts(sqlite::Database &db, const std::set<std::string> &recordIds, bool withoutSealedValues)
{
    const auto *kind = sync::Schema::instance().kind(sync::kinds::Contribution);
    auto s = db.prepare("SELECT record_id, field, losing_value, losing_version, winning_version, settled FROM conflicts"
                        " ORDER BY record_id, field, losing_version");
    std::string out;
    while (s.step())
        if (recordIds.count(s.text(0)))
            out += s.text(0) + "/" + s.text(1) + "="
                + (withoutSealedValues && kind->field(s.text(1)) && kind->field(s.text(1))->sealed ? "<sealed>" : s.text(2))
                + "@" + s.text(3) + ">" + s.text(4)
                + (s.integer(5) ? " settled" : "") + "\n";
    return out;
}

std::set<std::string> ownedBy(sqlite::Database &db, const std::string &orgId, const std::string &kind)
{
    std::set<std::string> out;
    auto s = db.prepare("SELECT record_id FROM record_owners WHERE org_id = ?1 AND kind = ?2");
    s.bind(1, orgId).bind(2, kind);
    while (s.step())
        out.insert(s.text(0));
    return out;
}

std::string firstDifference(const std::map<std::string, std::string> &expected, const std::map<std::string, std::string> &got)
{
    for (const auto &[id, row] : expected) {
        auto it = got.find(id);
        if (it == got.end())
            return "missing " + id;
        if (it->second != row)
            return id + " differs: server " + row + " device " + it->second;
    }
    for (const auto &[id, row] : got)
        if (!expected.count(id))
            return "holds " + id + " that it should not";
    return {};
}

// Every column of the contributions table but the sealed ones, which kiosks and outreach tablets
// empty once the server holds them (and receive emptied from it).
std::map<std::string, std::string> unsealedContributions(sqlite::Database &db, const std::set<std::string> *only)
{
    std::string columns = "id";
    for (const auto &f : sync::Schema::instance().kind(sync::kinds::Contribution)->fields)
        if (!f.sealed)
            columns += ", " + f.name;
    return rows(db, "contributions", only, columns + ", versions");
}

// A kiosk or outreach tablet holds no content once everything it sent was acknowledged.
std::string contentHeld(sqlite::Database &db)
{
    std::string any;
    for (const auto &f : sync::Schema::instance().kind(sync::kinds::Contribution)->fields)
        if (f.sealed)
            any += (any.empty() ? "" : " OR ") + f.name + " IS NOT NULL";
    auto s = db.prepare("SELECT id FROM contributions WHERE " + any);
    return s.step() ? "still holds the content of " + s.text(0) + " after the server acknowledged it" : std::string();
}

bool fileContains(const std::string &path, const std::string &needle)
{
    std::ifstream in(path, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes.find(needle) != std::string::npos;
}

std::string withdrawnContentOnDisk(const World &world, const std::string &path)
{
    for (const char *suffix : {"", "-wal"}) {
        const std::string file = path + suffix;
        if (!std::filesystem::exists(file))
            continue;
        for (const auto &id : world.withdrawn)
            if (fileContains(file, World::secretOf(id)))
                return "withdrawn content of " + id + " is still in " + file;
    }
    return {};
}
} // namespace

std::string checkNothingReadable(World &world)
{
    // Every contribution's words start with the same prefix (World::secretOf).
    const std::string prefix = World::secretOf("");
    for (auto &d : world.devices) {
        if (d->role() == Role::Coordinator)
            continue;
        for (const char *suffix : {"", "-wal"})
            if (fileContains(d->dbPath() + suffix, prefix))
                return d->name() + ": what a person said is readable in " + d->dbPath() + suffix;
    }
    return {};
}

std::string checkInvariants(World &world, server::ServerDb &db)
{
    if (auto readable = checkNothingReadable(world); !readable.empty())
        return readable;
    auto lease = db.lease();
    // The simulation runs the server on SQLite.
    auto &server = dynamic_cast<sqlite::Database &>(*lease);

    // Nothing lost: every contribution created anywhere reached the server.
    const auto serverContributions = rows(server, "contributions", nullptr);
    for (const auto &[id, device] : world.created)
        if (!serverContributions.count(id))
            return "contribution " + id + " created on " + device->name() + " never reached the server";

    for (auto &d : world.devices) {
        const std::string where = d->name() + ": ";
        std::set<std::string> shared; // records every device of the organisation holds
        for (const char *kind : {"prompt", "outcome"}) {
            const auto ids = ownedBy(server, d->orgId(), kind);
            shared.insert(ids.begin(), ids.end());
            const std::string table = std::string(kind) + "s";
            if (auto diff = firstDifference(rows(server, table, &ids), rows(d->db(), table, nullptr)); !diff.empty())
                return where + table + ": " + diff;
        }
        std::set<std::string> inScope;
        if (d->role() == Role::Coordinator) {
            inScope = ownedBy(server, d->orgId(), "contribution");
        } else {
            for (const auto &[id, creator] : world.created)
                if (creator == d.get())
                    inScope.insert(id);
        }
        const auto held = rows(d->db(), "contributions", nullptr);
        if (d->role() == Role::Kiosk) {
            // A kiosk pulls no contributions, so its copies of what it sent are not kept up to date:
            // it must only never hold anyone else's.
            for (const auto &[id, row] : held)
                if (!inScope.count(id))
                    return where + "kiosk holds contribution " + id + " that it did not create";
        } else if (d->role() == Role::Outreach) {
            if (auto diff = firstDifference(unsealedContributions(server, &inScope), unsealedContributions(d->db(), nullptr));
                !diff.empty())
                return where + "contributions: " + diff;
        } else if (auto diff = firstDifference(rows(server, "contributions", &inScope), held); !diff.empty()) {
            return where + "contributions: " + diff;
        }
        if (d->role() != Role::Coordinator) {
            if (auto held = contentHeld(d->db()); !held.empty())
                return where + held;
        }
        // Conflicts recorded alike: the server judges, and every device holds what it judged on the
        // records in the device's scope (a kiosk pulls no contributions, so none of theirs).
        std::set<std::string> conflictScope = shared;
        if (d->role() != Role::Kiosk)
            conflictScope.insert(inScope.begin(), inScope.end());
        if (auto expected = conflicts(server, conflictScope, d->role() == Role::Outreach),
            got = conflicts(d->db(), conflictScope, d->role() == Role::Outreach);
            expected != got)
            return where + "conflicts differ from the server's\n server:\n" + expected + " device:\n" + got;
        for (const auto &id : world.withdrawn) {
            auto s = d->db().prepare("SELECT text, withdrawn FROM contributions WHERE id = ?1");
            s.bind(1, id);
            if (s.step() && (!s.isNull(0) || s.integer(1) != 1))
                return where + "withdrawn contribution " + id + " still has content";
        }
        auto outbox = d->db().prepare("SELECT count(*) FROM outbox");
        if (outbox.step() && outbox.integer(0) != 0)
            return where + "outbox not empty after quiescence";
    }

    for (const auto &id : world.withdrawn) {
        auto s = server.prepare("SELECT text, withdrawn FROM contributions WHERE id = ?1");
        s.bind(1, id);
        if (!s.step() || !s.isNull(0) || s.integer(1) != 1)
            return "the server still holds content of withdrawn contribution " + id;
    }
    if (auto leak = withdrawnContentOnDisk(world, db.path()); !leak.empty())
        return leak;
    for (auto &d : world.devices)
        if (auto leak = withdrawnContentOnDisk(world, d->dbPath()); !leak.empty())
            return leak;
    return {};
}

} // namespace chorus::sim
