#include "benchdevices.h"

#include "sqlite/database.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace chorus::test {

namespace fs = std::filesystem;

DevicesRun runBenchDevices(const fs::path &root, int port, long devices, const std::vector<std::string> &options)
{
    const char *build = std::getenv("CHORUS_BUILD_DIR");
    std::string cmd = std::string(build ? build : ".") + "/bench/sync/bench_sync devices --server http://127.0.0.1:"
        + std::to_string(port) + " --codes '" + (root / "codes").string() + "' --dir '" + (root / "stores").string()
        + "'";
    for (const auto &option : options)
        cmd += " " + option;
    cmd += " 2>'" + (root / "bench.log").string() + "'";
    DevicesRun run;
    FILE *p = ::popen(cmd.c_str(), "r");
    std::string out;
    char buf[4096];
    while (p && std::fgets(buf, sizeof buf, p))
        out += buf;
    run.exitStatus = p ? ::pclose(p) : -1;
    run.result = nlohmann::json::parse(out, nullptr, false);
    if (run.exitStatus != 0 || !run.result.is_object() || run.result.value("setup_errors", 0) > 0
        || run.result.value("final_errors", 0) > 0) {
        std::ifstream log(root / "bench.log");
        std::stringstream text;
        text << log.rdbuf();
        std::fprintf(stderr, "bench_sync devices exited %d: %s\n%s\n", run.exitStatus, out.c_str(),
            text.str().substr(0, 3000).c_str());
    }
    sqlite::OpenOptions readOnly;
    readOnly.readOnly = true;
    readOnly.create = false;
    for (long i = 0; i < devices; ++i) {
        auto store
            = sqlite::Database::open((root / "stores" / ("device-" + std::to_string(i)) / "store.db").string(), readOnly);
        auto s = store->prepare("SELECT id FROM contributions");
        while (s.step())
            run.written.insert(s.text(0));
    }
    return run;
}

long countOf(sql::Connection &db, const std::string &query)
{
    auto s = db.prepare(query);
    (void)s.step();
    return static_cast<long>(s.integer(0));
}

long envNumber(const char *name, long fallback)
{
    const char *s = std::getenv(name);
    const long v = s && *s ? std::strtol(s, nullptr, 10) : 0;
    return v > 0 ? v : fallback;
}

} // namespace chorus::test
