#!/usr/bin/env bash
# Starts a virtual X display (the offscreen platform has no AT-SPI bridge), a private session bus with
# the AT-SPI bus on it (the display known to both, so AT-SPI can send key events), and the kiosk app,
# then types into its answer box through AT-SPI (probe_editabletext.py). Prints the probe's JSON
# line; exits with the probe's status. Everything it starts is stopped by process id when it ends.
# Usage: run_probe.sh <chorus binary>   (needs xvfb, at-spi2-core, python3-pyatspi: scripts/install-deps.sh;
# Debian's /usr/bin/python3, which has pyatspi)
set -euo pipefail
chorus="$(realpath "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="$(mktemp -d)"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>/dev/null &
xvfb=$!
trap 'kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 50); do [ -s "$work/display" ] && break; sleep 0.1; done
export DISPLAY=":$(cat "$work/display")"
dbus-run-session -- bash -c '
  set -u
  /usr/libexec/at-spi-bus-launcher --launch-immediately & launcher=$!
  sleep 0.5
  QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 QT_QPA_PLATFORM=xcb \
    "$1" --tts none --db "$2/device.sqlite" --media "$2/media" 2>"$2/app.log" & app=$!
  timeout 90 /usr/bin/python3 "$3/probe_editabletext.py"
  status=$?
  kill $app $launcher 2>/dev/null
  wait $app $launcher 2>/dev/null
  exit $status
' probe "$chorus" "$work" "$here"
