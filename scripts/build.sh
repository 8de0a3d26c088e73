#!/usr/bin/env bash
# Configures and builds Chorus into build/ (or $CHORUS_BUILD_DIR). Shared by run.sh and test.sh.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CHORUS_BUILD_DIR:-$root/build}"
jobs="${CHORUS_JOBS:-$(nproc)}"
if [ ! -f "$build/build.ninja" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE="${CHORUS_BUILD_TYPE:-RelWithDebInfo}"
fi
cmake --build "$build" -j "$jobs"
