# The coordinators' dashboard at scale, sourced by bench/run: N answers pushed by a kiosk to a fresh
# chorus-server on its embedded SQLite default, then each dashboard request timed from curl on the
# same machine (median of 5; loopback, so this is the server's time plus well under a millisecond),
# and the server's memory growth while it sends each export.

# dash_get PATH: the body of one signed-in GET.
dash_get() { curl -sS -f -b "$dash_cookie" "$url/dashboard/api/$1"; }

# dash_ms PATH: the median over 5 requests of curl's whole-request time, in ms; then, after a space,
# the server's CPU time per request (user + system, from /proc; 10 ms ticks over the 5), which a
# busy shared machine does not inflate as it does the wall-clock time.
dash_ms() {
  local times=() i c0 c1
  c0=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")
  for i in 1 2 3 4 5; do
    times+=("$(curl -sS -f -o /dev/null -w '%{time_total}' -b "$dash_cookie" "$url/dashboard/api/$1")") \
      || die "GET $1 failed"
  done
  c1=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")
  printf '%s\n' "${times[@]}" | sort -n | awk -v cpu="$(( (c1 - c0) * 1000 / $(getconf CLK_TCK) / 5 ))" \
    '{ v[NR] = $1 } END { printf "%.1f %d", v[3] * 1000, cpu }'
}

# dash_figure NAME PATH NOTE TARGET_MS: one timed request as a figure, judged on the wall-clock median.
dash_figure() {
  local out ms cpu
  out=$(dash_ms "$2"); ms=${out% *}; cpu=${out#* }
  figure "$1" "$ms" "ms" "cpu ${cpu} ms${3:+; $3}" "${4:+< $4}" "$([ -n "$4" ] && verdict "$ms" "<=" "$4" || echo -)"
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

  echo "# dashboard at $label answers; load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
  dash_figure "dash_meta_${label}" "meta" "" ""
  dash_figure "dash_review_page_${label}" "contributions?limit=50" "" 100
  dash_figure "dash_review_page_half_${label}" "contributions?limit=50&offset=$(( n / 2 ))" "offset $(( n / 2 ))" 100
  # The same page reached as the dashboard's Next button reaches it: after the previous page's last answer.
  cursor=$(dash_get "contributions?limit=50&offset=$(( n / 2 - 50 ))" | json_field next_after)
  [ -n "$cursor" ] || die "no next_after cursor at offset $(( n / 2 - 50 ))"
  dash_figure "dash_review_page_after_half_${label}" "contributions?limit=50&after=$cursor" "keyset, answer $(( n / 2 ))" 100
  dash_figure "dash_review_by_theme_${label}" "contributions?limit=50&tag=housing" "" 100
  dash_figure "dash_review_rating_status_${label}" "contributions?limit=50&rating=5&status=new" "" 100
  dash_figure "dash_search_${label}" "contributions?limit=50&q=electric" "1 word" 200
  dash_figure "dash_search_theme_${label}" "contributions?limit=50&q=forms+housing&tag=housing" "2 words + theme" 200
  dash_figure "dash_summary_${label}" "summary" "" 300
  # The report's figures (the summary's pass, then themes' trends and the outcomes), as the report
  # page and its CSV export fetch them.
  dash_figure "dash_report_${label}" "report.json" "report page and export" 300
  local t0 t1 c0 c1 s
  c0=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")
  t0=$(now_ns)
  s=$(curl -sS -f -b "$dash_cookie" "$url/dashboard/api/themes/suggestions" | json_field considered) \
    || die "theme suggestions failed"
  t1=$(now_ns)
  c1=$(awk '{ print $14 + $15 }' "/proc/$server_pid/stat")
  s=$(calc "($t1 - $t0) / 1e9" 2)
  figure "dash_theme_suggestions" "$s" "s" "cpu $(calc "($c1 - $c0) / $(getconf CLK_TCK)" 2) s; newest 10,000" "< 10" \
    "$(verdict "$s" "<=" 10)"
  dash_export "export.json" "export_json_${label}"
  dash_export "export.csv" "export_csv_${label}"
  dash_export "report.csv" "report_csv_${label}"
  stop_server
  rm -rf "$d"
}
