# Sealing's cost (issue 17), sourced by bench/run: the durable save's p99 and the push throughput,
# each sealed and unsealed, measured in one session, interleaved (unsealed, sealed, then sealed,
# unsealed, ...) so that load from anything else on the machine falls on both alike, repeated, and
# judged on the medians.

# median: the median of the numbers on stdin, one a line.
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# sealing_save_p99 BENCHMARK: one run of a save benchmark; prints its p99 in ms.
sealing_save_p99() {
  local csv="$work/sealing-save.csv"
  (cd "$work" && "$bench_store" --benchmark_filter="^$1(/|$)" --benchmark_format=csv >"$csv" 2>/dev/null) \
    || die "bench_store $1 failed"
  bm_csv="$csv" bm "$1" p99_us | awk '{ printf "%.3f", $1 / 1000 }'
}

# sealing_push N SEALED: N contributions filled into an enrolled kiosk store, sealed to the
# organisation's key or (SEALED=0) with the key taken away first, as a kiosk from before issue 17
# stored them; pushed by chorus-cli to a fresh server. Prints contributions per second.
sealing_push() {
  local n="$1" sealed="$2" d="$work/sealing-push" t0 t1 out
  rm -rf "$d"
  start_server "$d"
  enrol "$d/kiosk.db" kiosk
  [ "$sealed" = 1 ] || sqlite3 "$d/kiosk.db" "DELETE FROM sync_state WHERE key = 'seal_public_key'"
  "$bench_sync" fill --db "$d/kiosk.db" --count "$n" >/dev/null
  t0=$(now_ns)
  out=$("$cli" --db "$d/kiosk.db" sync --batch 500) || die "push of $n failed: $out"
  t1=$(now_ns)
  [ "$(echo "$out" | json_field pushed)" = "$n" ] || die "push of $n sent $(echo "$out" | json_field pushed)"
  stop_server
  rm -rf "$d"
  calc "$n / (($t1 - $t0) / 1e9)" 0
}

# sealing_figures REPEATS N: the four medians and the two verdicts.
sealing_figures() {
  local repeats="$1" n="$2" i order kind plain=() sealed=() plainp=() sealedp=()
  command -v sqlite3 >/dev/null || die "the sealing figures need the sqlite3 command (Debian: sqlite3)"
  echo "# sealing: $repeats interleaved rounds; load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
  for i in $(seq "$repeats"); do
    # Alternate which goes first, so a trend in the machine's load does not favour one side.
    if [ $((i % 2)) = 1 ]; then order="0 1"; else order="1 0"; fi
    for kind in $order; do
      if [ "$kind" = 1 ]; then
        sealed+=("$(sealing_save_p99 BM_DurableSaveSealed)")
        sealedp+=("$(sealing_push "$n" 1)")
      else
        plain+=("$(sealing_save_p99 BM_DurableSave)")
        plainp+=("$(sealing_push "$n" 0)")
      fi
    done
    echo "# round $i: save p99 unsealed ${plain[-1]} ms, sealed ${sealed[-1]} ms; push unsealed ${plainp[-1]}/s, sealed ${sealedp[-1]}/s; load $(cut -d' ' -f1 /proc/loadavg)"
  done
  local s0 s1 p0 p1
  s0=$(printf '%s\n' "${plain[@]}" | median)
  s1=$(printf '%s\n' "${sealed[@]}" | median)
  p0=$(printf '%s\n' "${plainp[@]}" | median)
  p1=$(printf '%s\n' "${sealedp[@]}" | median)
  figure "save_p99_unsealed_median" "$(calc "$s0" 2)" "ms" "-" "-" "-"
  figure "save_p99_sealed_median" "$(calc "$s1" 2)" "ms" "$(calc "$s1 / $s0" 2)x unsealed" "<= 1.5x" \
    "$(verdict "$(calc "$s1 / $s0" 2)" "<=" 1.5)"
  figure "push_unsealed_median_${n}" "$p0" "contrib/s" "-" "-" "-"
  figure "push_sealed_median_${n}" "$p1" "contrib/s" "$(calc "$p1 / $p0" 3) of unsealed" ">= 0.9x" \
    "$(verdict "$(calc "$p1 / $p0" 3)" ">=" 0.9)"
}
