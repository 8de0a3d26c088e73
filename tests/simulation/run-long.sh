#!/usr/bin/env bash
# A longer simulation run: tests/simulation/run-long.sh [SEEDS] [FIRST_SEED] from the build folder.
set -euo pipefail
build="${CHORUS_BUILD_DIR:-$(cd "$(dirname "$0")/../.." && pwd)/build}"
CHORUS_SIM_SEEDS="${1:-2000}" CHORUS_SIM_FIRST_SEED="${2:-1}" exec "$build/tests/simulation/tst_simulation"
