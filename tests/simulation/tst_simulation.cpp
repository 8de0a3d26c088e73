// The convergence simulation over many seeds. CHORUS_SIM_SEEDS (default 60) seeds from
// CHORUS_SIM_FIRST_SEED (default 1), CHORUS_SIM_STEPS events each; CHORUS_SIM_FAR_AHEAD=1 adds
// clocks beyond the server's drift bound. A failing seed is printed with the command that replays
// it (the event schedule and faults replay exactly; the server's wall clock does not).

#include "world.h"

#include <cstdio>
#include <cstdlib>
#include <string>

int main(int argc, char *argv[])
{
    auto env = [](const char *name, unsigned long long fallback) {
        const char *v = std::getenv(name);
        return v ? std::strtoull(v, nullptr, 10) : fallback;
    };
    unsigned long long first = env("CHORUS_SIM_FIRST_SEED", 1);
    unsigned long long count = env("CHORUS_SIM_SEEDS", 60);
    const int steps = static_cast<int>(env("CHORUS_SIM_STEPS", 120));
    bool verbose = false;
    if (argc > 1) {
        first = std::strtoull(argv[1], nullptr, 10);
        count = 1;
        verbose = true;
    }
    int passed = 0, failed = 0;
    long long requests = 0, faults = 0, contributions = 0, withdrawals = 0, conflicts = 0;
    for (unsigned long long seed = first; seed < first + count; ++seed) {
        const auto report = chorus::sim::runSimulation({seed, steps, verbose, env("CHORUS_SIM_FAR_AHEAD", 0) != 0});
        requests += report.requests;
        faults += report.faults;
        contributions += report.contributions;
        withdrawals += report.withdrawals;
        conflicts += report.conflicts;
        if (report.failure.empty()) {
            ++passed;
        } else {
            ++failed;
            std::fprintf(stderr, "FAIL seed %llu: %s\n  replay: %s %llu\n", seed, report.failure.c_str(), argv[0], seed);
        }
    }
    std::printf("seeds %llu..%llu: %lld requests, %lld injected faults, %lld contributions, %lld withdrawals, "
                "%lld conflicts recorded\n",
                first, first + count - 1, requests, faults, contributions, withdrawals, conflicts);
    std::printf("%d passed, %d failed\n", passed, failed);
    return failed == 0 ? 0 : 1;
}
