#include "canaryscan.h"

#include "serverharness.h"

#include <cstdio>
#include <fstream>
#include <iterator>

namespace chorus::test {

namespace fs = std::filesystem;

namespace {
bool fileContains(const fs::path &file, const std::string &needle)
{
    std::ifstream in(file, std::ios::binary);
    const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    return bytes.find(needle) != std::string::npos;
}
} // namespace

std::vector<fs::path> filesContaining(const fs::path &dir, const std::string &needle)
{
    std::vector<fs::path> out;
    if (!fs::exists(dir))
        return out;
    for (const auto &e : fs::recursive_directory_iterator(dir))
        if (e.is_regular_file() && fileContains(e.path(), needle))
            out.push_back(e.path());
    return out;
}

std::vector<fs::path> postgresFilesContaining(const std::string &db, const std::string &needle)
{
    std::string oid;
    {
        auto conn = openServerDatabase(db);
        auto s = conn->prepare("SELECT oid::text FROM pg_database WHERE datname = current_database()");
        if (s.step())
            oid = s.text(0);
    }
    const fs::path data = testCluster().dataDir();
    std::vector<fs::path> out = filesContaining(data / "base" / oid, needle);
    for (const auto &e : fs::directory_iterator(data)) {
        if (e.path().filename() == "base")
            continue;
        if (e.is_directory()) {
            for (const auto &f : filesContaining(e.path(), needle))
                out.push_back(f);
        } else if (e.is_regular_file() && fileContains(e.path(), needle)) {
            out.push_back(e.path());
        }
    }
    return out;
}

std::vector<std::string> tablesContaining(const std::string &db, const std::string &needle)
{
    auto conn = openServerDatabase(db);
    const bool pg = conn->dialect() == sql::Dialect::PostgreSQL;
    std::vector<std::string> tables, out;
    {
        auto t = conn->prepare(pg ? "SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                                  : "SELECT name FROM sqlite_master WHERE type = 'table'");
        while (t.step())
            tables.push_back(t.text(0));
    }
    for (const auto &table : tables) {
        std::string columns;
        if (pg) {
            columns = "x::text";
        } else {
            auto c = conn->prepare("SELECT name FROM pragma_table_info(?1)");
            c.bind(1, table);
            while (c.step())
                columns += (columns.empty() ? "" : " || ' ' || ") + std::string("coalesce(CAST(\"") + c.text(0)
                    + "\" AS TEXT), '')";
        }
        auto s = conn->prepare(
            "SELECT count(*) FROM \"" + table + "\" x WHERE " + (pg ? "strpos(" : "instr(") + columns + ", ?1) > 0");
        s.bind(1, needle);
        if (s.step() && s.integer(0) > 0)
            out.push_back(table);
    }
    return out;
}

std::vector<std::string> whereCanaryIs(const std::string &db, const fs::path &dir, const std::string &canary)
{
    std::vector<std::string> out;
    for (const auto &f : filesContaining(dir, canary))
        out.push_back("file " + f.string());
    if (usingPostgres()) {
        (void)admin(db, { "scrub" });
        for (const auto &f : postgresFilesContaining(db, canary))
            out.push_back("file " + f.string());
    }
    for (const auto &t : tablesContaining(db, canary))
        out.push_back("table " + t);
    for (const auto &place : out)
        std::fprintf(stderr, "%s is still in %s\n", canary.c_str(), place.c_str());
    return out;
}

} // namespace chorus::test
