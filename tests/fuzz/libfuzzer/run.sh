#!/usr/bin/env bash
# Builds the libFuzzer targets with clang, ASan and UBSan in a build directory of their own, and runs
# each for a bounded time from its seed corpus, printing its executions. Exits non-zero when any
# target crashes, leaks or trips a sanitizer; the input that did it is kept and named.
#   tests/fuzz/libfuzzer/run.sh [SECONDS_PER_TARGET] [TARGET...]   (default 30 s, every target)
# CHORUS_FUZZ_BUILD_DIR (default build-fuzz), CHORUS_JOBS (default 2), CHORUS_FUZZ_NO_BUILD=1 to run what is built.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
build="${CHORUS_FUZZ_BUILD_DIR:-$root/build-fuzz}"
seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_push_body fuzz_pull_query fuzz_enrol_body fuzz_media_request
  fuzz_store_apply fuzz_device_replies)

if [ -z "${CHORUS_FUZZ_NO_BUILD:-}" ]; then
  started=$(date +%s)
  if [ ! -f "$build/build.ninja" ]; then
    CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHORUS_LIBFUZZER=ON \
      -DCHORUS_BUILD_APP=OFF -DCHORUS_BUILD_TESTS=OFF -DCHORUS_BUILD_BENCH=OFF >/dev/null
  fi
  cmake --build "$build" -j "${CHORUS_JOBS:-2}" --target chorus_fuzzers
  echo "libfuzzer: build took $(( $(date +%s) - started )) s"
fi

failed=()
for t in "${targets[@]}"; do
  # New inputs the fuzzer finds go to the build directory; the seeds in the repo stay as they are.
  work="$build/fuzz-corpus/$t"
  artifacts="$build/fuzz-artifacts/$t"
  mkdir -p "$work" "$artifacts"
  log="$build/fuzz-artifacts/$t.log"
  status=0
  "$build/tests/fuzz/libfuzzer/$t" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" "$here/corpus/$t" >"$log" 2>&1 || status=$?
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  echo "libfuzzer: $t: ${runs:-?} executions in ${seconds} s (${rate:-?}/s), corpus $(ls "$work" | wc -l) inputs, exit $status"
  if [ "$status" -ne 0 ]; then
    failed+=("$t")
    grep -E "ERROR|SUMMARY|runtime error|==[0-9]+==|abort|threw|store apply|device replies|body|query|request:" "$log" \
      | head -20 || true
    echo "libfuzzer: $t: the input is in $artifacts; the whole output in $log"
  fi
done
echo "libfuzzer: ${#targets[@]} targets run, ${#failed[@]} crashed${failed:+: ${failed[*]}}"
[ ${#failed[@]} -eq 0 ]
