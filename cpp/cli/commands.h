#pragma once
// The chorus-cli subcommands. Exit codes: 0 done, 1 failed (message on stderr), 2 bad usage.

#include <QStringList>

namespace chorus::cli {

int run(const QStringList &arguments);

} // namespace chorus::cli
