#pragma once
// One seeded run of the convergence simulation: a real server (its HTTP API, merge and storage
// code) in this process on 127.0.0.1, and devices of every role in two organisations driven by a
// seeded scheduler through a faulty network, then brought to quiescence and checked.

#include <string>

namespace chorus::sim {

struct SimConfig {
    unsigned long long seed = 1;
    int steps = 120;
    bool verbose = false;
    bool farAheadClocks = false;
};

struct SimReport {
    std::string failure; // empty when every invariant held
    int requests = 0;
    int faults = 0;
    int contributions = 0;
    int withdrawals = 0;
    int conflicts = 0;
};

[[nodiscard]] SimReport runSimulation(const SimConfig &config);

} // namespace chorus::sim
