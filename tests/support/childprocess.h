#pragma once
// For a forked test child: set it to die with the test, then replace it with a program.

#include <csignal>
#include <string>
#include <sys/prctl.h>
#include <unistd.h>
#include <vector>

namespace chorus::test {

// Gets `signal` when the forking thread ends, even killed, then runs args[0] (a path) with args;
// exits 127 if it cannot. Call after any setuid in the child: a credential change clears the signal.
[[noreturn]] inline void execDyingWithParent(std::vector<std::string> args, int signal)
{
    ::prctl(PR_SET_PDEATHSIG, signal);
    std::vector<char *> argv;
    for (auto &a : args)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    ::execv(argv[0], argv.data());
    ::_exit(127);
}

} // namespace chorus::test
