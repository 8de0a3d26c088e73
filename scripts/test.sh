#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every ctest label.
# Exits non-zero on any failure.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CHORUS_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
cd "$build"
# Every label: unit, qml, integration, e2e. Tests start their own servers on 127.0.0.1.
ctest --output-on-failure -j "${CHORUS_TEST_JOBS:-2}" --timeout 900 "$@"
