# The coordinators' dashboard at scale, sourced by bench/run: N answers pushed by a kiosk to a fresh
# chorus-server on its embedded SQLite default, then each dashboard request timed from curl on the
# same machine (median of 5; loopback, so this is the server's time plus well under a millisecond),
# and the server's memory growth while it sends each export.

# dash_get PATH: the body of one signed-in GET.
dash_get() { curl -sS -f -b "$dash_cookie" "$url/dashboard/api/$1"; }

# dash_ms PATH: the median over 5 requests of curl's whole-request time, in ms.
dash_ms() {
  local times=() i
  for i in 1 2 3 4 5; do
    times+=("$(curl -sS -f -o /dev/null -w '%{time_total}' -b "$dash_cookie" "$url/dashboard/api/$1")") \
      || die "GET $1 failed"
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ v[NR] = $1 } END { printf "%.1f", v[3] * 1000 }'
}

# dash_export PATH NAME: time, size and the server's memory growth while it sends one export.
dash_export() {
  local before peak t0 t1 bytes
  before=$(sed -n 's/^VmRSS:[[:space:]]*\([0-9]*\) kB/\1/p' "/proc/$server_pid/status")
  # Resets the peak (VmHWM) to the present size, so the peak after is this export's.
  echo 5 >"/proc/$server_pid/clear_refs"
  t0=$(now_ns)
  bytes=$(curl -sS -f -o "$d/export" -w '%{size_download}' -b "$dash_cookie" "$url/dashboard/api/$1") || die "GET $1 failed"
  t1=$(now_ns)
  peak=$(peak_kib "$server_pid")
  figure "dash_${2}" "$(calc "($t1 - $t0) / 1e6" 0)" "ms" "$(calc "$bytes / 1e6" 1) MB" "-" "-"
  figure "dash_${2}_memory_growth" "$(calc "($peak - $before) / 1024" 1)" "MiB" "from $(calc "$before / 1024" 0) MiB" "< 50" \
    "$(verdict "$(calc "($peak - $before) / 1024" 1)" "<=" 50)"
}

dashboard_figures() { # dashboard_figures N
  local n="$1" label
  label=$(size_name "$n")
  d="$work/dashboard-$label"
  start_server "$d"
  "$bench_sync" fill --db "$d/kiosk.db" --count "$n" >/dev/null
  enrol "$d/kiosk.db" kiosk
  out=$("$cli" --db "$d/kiosk.db" sync --batch 500) || die "push of $n failed: $out"
  CHORUS_PASSWORD=bench-dashboard-password "$server_bin" create-coordinator "$org" bench@chorus.example --db "$sdb" >/dev/null
  dash_cookie="$d/cookie"
  curl -sS -f -c "$dash_cookie" -H 'Content-Type: application/json' \
    -d '{"email":"bench@chorus.example","password":"bench-dashboard-password"}' "$url/dashboard/api/login" >/dev/null \
    || die "the dashboard refused the bench coordinator's sign-in"
  total=$(dash_get "summary" | json_field total)
  [ "$total" = "$n" ] || die "the dashboard shows $total of $n answers"

  local ms
  ms=$(dash_ms "meta"); figure "dash_meta_${label}" "$ms" "ms" "-" "-" "-"
  ms=$(dash_ms "contributions?limit=50"); figure "dash_review_page_${label}" "$ms" "ms" "-" "< 100" "$(verdict "$ms" "<=" 100)"
  ms=$(dash_ms "contributions?limit=50&offset=$(( n / 2 ))")
  figure "dash_review_page_half_${label}" "$ms" "ms" "offset $(( n / 2 ))" "< 100" "$(verdict "$ms" "<=" 100)"
  ms=$(dash_ms "contributions?limit=50&tag=housing")
  figure "dash_review_by_theme_${label}" "$ms" "ms" "-" "< 100" "$(verdict "$ms" "<=" 100)"
  ms=$(dash_ms "contributions?limit=50&rating=5&status=new")
  figure "dash_review_rating_status_${label}" "$ms" "ms" "-" "< 100" "$(verdict "$ms" "<=" 100)"
  ms=$(dash_ms "contributions?limit=50&q=electric")
  figure "dash_search_${label}" "$ms" "ms" "1 word" "< 200" "$(verdict "$ms" "<=" 200)"
  ms=$(dash_ms "contributions?limit=50&q=forms+housing&tag=housing")
  figure "dash_search_theme_${label}" "$ms" "ms" "2 words + theme" "< 200" "$(verdict "$ms" "<=" 200)"
  ms=$(dash_ms "summary")
  figure "dash_summary_${label}" "$ms" "ms" "-" "< 300" "$(verdict "$ms" "<=" 300)"
  dash_export "export.json" "export_json_${label}"
  dash_export "export.csv" "export_csv_${label}"
  stop_server
  rm -rf "$d"
}
