#pragma once
// Crash tests: the server kills itself (SIGKILL, no clean-up) at the named point in its work when
// the environment variable CHORUS_FAULT_POINT names that point. Unset, it does nothing.

#include <csignal>
#include <cstdlib>
#include <cstring>

namespace chorus::server {

inline void faultPoint(const char *name)
{
    const char *wanted = std::getenv("CHORUS_FAULT_POINT");
    if (wanted && std::strcmp(wanted, name) == 0)
        std::raise(SIGKILL);
}

} // namespace chorus::server
