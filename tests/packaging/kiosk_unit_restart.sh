#!/usr/bin/env bash
# The kiosk unit brings the app back after a crash, never after staff exit it: exactly one Restart=
# line, and it is on-failure (a clean exit, status 0, leaves the kiosk stopped).
set -euo pipefail
unit="${1:?usage: kiosk_unit_restart.sh chorus-kiosk.service}"
restarts="$(grep -E '^[[:space:]]*Restart=' "$unit" || true)"
if [ "$restarts" != "Restart=on-failure" ]; then
  echo "kiosk unit: expected exactly 'Restart=on-failure', found: ${restarts:-nothing}" >&2
  exit 1
fi
if grep -Eq '^[[:space:]]*SuccessExitStatus=.*\b0\b' "$unit"; then
  echo "kiosk unit: exit status 0 must stay a success" >&2
  exit 1
fi
echo "kiosk unit: Restart=on-failure"
