# Sourced by test_packages.sh and install_packages.sh: a work folder removed at exit (stopping the
# server a script started), the packages built from a build tree, and the checks both run on what
# they installed or extracted.
work="$(mktemp -d)"
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }
json_field() { sed -n "s/.*\"$1\": *\"\([^\"]*\)\".*/\1/p" | head -n1; }

# make_packages BUILD_DIR: sets kiosk_deb and server_deb.
make_packages() {
  cpack --config "$1/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack"; }
  kiosk_deb="$(ls "$work"/out/chorus_*.deb)"
  server_deb="$(ls "$work"/out/chorus-server_*.deb)"
}

# wait_for_port FILE LOG: the port a server wrote, or fail with its log.
wait_for_port() {
  for _ in $(seq 100); do [ -s "$1" ] && break; sleep 0.1; done
  [ -s "$1" ] || { cat "$2"; fail "chorus-server did not start"; }
  cat "$1"
}

# kiosk_self_test CHORUS: the app finds its QML module (compiled in) and Qt's from the system and
# loads every screen, as the kiosk unit runs it (--kiosk: full screen, with the on-screen keyboard).
# A QML type or module missing from the system is only a warning to the app, so the log is read too.
kiosk_self_test() {
  env -u QML2_IMPORT_PATH -u QML_IMPORT_PATH QT_QPA_PLATFORM=offscreen \
    "$1" --kiosk --self-test --tts none --db "$work/device/chorus.sqlite" --media "$work/device/media" \
    >"$work/selftest.log" 2>&1 || { cat "$work/selftest.log"; fail "$1 --self-test"; }
  if grep -E 'is not installed|unavailable|module ".*" (version .* )?is not|failed to load' "$work/selftest.log"; then
    fail "$1 --kiosk --self-test: QML that did not load (above)"
  fi
}

# enrol_and_sync CHORUS_CLI URL CODE TEXT: on the store the self-test made, an answer, enrolment, one
# sync, and nothing left waiting.
enrol_and_sync() {
  local cli=("$1" --db "$work/device/chorus.sqlite")
  "${cli[@]}" demo >/dev/null
  "${cli[@]}" add --prompt demo-prompt-treated-today --text "$4" >/dev/null || fail "chorus-cli add"
  "${cli[@]}" enrol --server "$2" --name "Package kiosk" "$3" >/dev/null || fail "chorus-cli enrol"
  "${cli[@]}" sync >"$work/sync.log" 2>&1 || { cat "$work/sync.log"; fail "chorus-cli sync"; }
  [ "$("${cli[@]}" outbox)" = 0 ] || fail "changes still waiting after sync: $("${cli[@]}" sync-status)"
}
