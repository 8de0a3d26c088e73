#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, starts chorus-server on its embedded
# SQLite default, publishes demo content through the dashboard API, enrols the kiosk app to it and
# starts the kiosk, which then syncs by itself.
# With a display the kiosk opens in a window; without one it runs offscreen, drives a short scripted
# visit, saves screenshots, syncs, and prints where everything went.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${CHORUS_BUILD_DIR:-$root/build}"
data="${CHORUS_DATA_DIR:-$root/.chorus-demo}"
port="${CHORUS_PORT:-8765}"

"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
mkdir -p "$data/media" "$data/screenshots" "$data/server"

server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

url="http://127.0.0.1:$port"
kiosk_db="$data/kiosk.db"
cli="$build/cpp/chorus-cli"
server="$build/server/chorus-server"
json_field() { sed -n "s/.*\"$1\": *\"\{0,1\}\([^\",}]*\)\"\{0,1\}.*/\1/p" | head -n1; }

server_db="$data/server/chorus-server.db"
sdb=(--db "$server_db" --media "$data/server/media")
if [ ! -f "$data/server/org" ]; then
  org=$("$server" create-org "Riverside Drop-in Centre" "${sdb[@]}" | json_field id)
  site=$("$server" create-site "$org" "Riverside front desk" "${sdb[@]}" | json_field id)
  echo "$org" > "$data/server/org"; echo "$site" > "$data/server/site"
fi
org=$(cat "$data/server/org"); site=$(cat "$data/server/site")
"$server" serve "${sdb[@]}" --host 127.0.0.1 --port "$port" > "$data/server/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 100); do curl -fsS "$url/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
echo "chorus-server: $url (SQLite: $server_db, log: $data/server/server.log)"

# A coordinator account for the dashboard, and the demo content published through it once.
coordinator="coordinator@riverside.example"
if [ ! -f "$data/server/coordinator-password" ]; then
  (umask 077; od -An -N12 -tx1 /dev/urandom | tr -d ' \n' > "$data/server/coordinator-password")
  CHORUS_PASSWORD="$(cat "$data/server/coordinator-password")" \
    "$server" create-coordinator "$org" "$coordinator" "${sdb[@]}" >/dev/null
fi
export CHORUS_PASSWORD="$(cat "$data/server/coordinator-password")"
if [ ! -f "$data/server/seeded" ]; then
  "$root/scripts/seed-demo.sh" "$url" "$coordinator" && touch "$data/server/seeded"
fi
echo "dashboard: $url/dashboard/ (sign in as $coordinator, password in $data/server/coordinator-password)"

if ! "$cli" --db "$kiosk_db" sync-status | grep -q '"enrolled": *true'; then
  code=$("$server" enrol-code "$org" "$site" kiosk "${sdb[@]}" | json_field code)
  "$cli" --db "$kiosk_db" enrol --server "$url" --name "Front desk kiosk" "$code"
fi
"$cli" --db "$kiosk_db" sync

app="$build/cpp/app/chorus"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${CHORUS_HEADLESS:-}" ]; then
  "$app" --db "$kiosk_db" --media "$data/media"
else
  # No display: a scripted visit through every screen, saved as screenshots.
  QT_QPA_PLATFORM=offscreen "$app" --db "$kiosk_db" --media "$data/media" --tts none \
    --screenshot-dir "$data/screenshots"
  echo "screenshots: $data/screenshots"
  ls "$data/screenshots" | head -n 40
fi
echo "synced (kiosk to $url):"
"$cli" --db "$kiosk_db" sync
echo "kiosk store: $kiosk_db"
"$cli" --db "$kiosk_db" list
