#!/usr/bin/env bash
# Checks that the kiosk's systemd unit stays confined: `systemd-analyze security` must rate it under
# 5 (it was 9.2, "UNSAFE", before the sandbox). Run on the unit in the source tree as its own test,
# and by test_packages.sh on the unit as the .deb ships it.
#   kiosk_sandbox.sh <path to chorus-kiosk.service>
set -euo pipefail
unit="$1"
limit=5
command -v systemd-analyze >/dev/null || { echo "kiosk_sandbox: systemd-analyze is not installed"; exit 1; }
# --offline reads the file itself, so no systemd needs to be running (containers, CI).
# The unit is scored under its own name, so copy it to one when it is not.
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp "$unit" "$work/chorus-kiosk.service"
report="$(systemd-analyze security --offline=yes --no-pager "$work/chorus-kiosk.service" 2>&1)" || {
  echo "kiosk_sandbox: systemd-analyze failed:"; echo "$report"; exit 1; }
score="$(sed -n 's/.*Overall exposure level for chorus-kiosk.service: \([0-9.]*\).*/\1/p' <<<"$report")"
[ -n "$score" ] || { echo "kiosk_sandbox: no score in:"; echo "$report"; exit 1; }
if awk -v s="$score" -v l="$limit" 'BEGIN { exit !(s >= l) }'; then
  echo "kiosk_sandbox: chorus-kiosk.service is rated $score, not under $limit:"
  grep '✗' <<<"$report" || true
  exit 1
fi
echo "kiosk_sandbox: chorus-kiosk.service rated $score (under $limit)"
