#!/usr/bin/env bash
# The README's run command: installs what is missing, builds, starts chorus-server on its embedded
# SQLite default with demo content, enrols the kiosk app to it and starts the kiosk.
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
[ -x "$server" ] || server="$build/sync/server/chorus-server"

if [ -x "$server" ]; then
  server_db="$data/server/chorus-server.db"
  "$server" --db "sqlite:$server_db" admin seed-demo > "$data/server/seed.txt"
  "$server" --db "sqlite:$server_db" --listen "127.0.0.1:$port" --media "$data/server/media" \
    > "$data/server/server.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 50); do curl -fsS "$url/v1/health" >/dev/null 2>&1 && break; sleep 0.1; done
  echo "chorus-server: $url (SQLite: $server_db, log: $data/server/server.log)"
  if ! "$cli" --db "$kiosk_db" status 2>/dev/null | grep -q enrolled; then
    code=$("$server" --db "sqlite:$server_db" admin enrol-code --site demo-site --role kiosk | awk '/^code/{print $2}')
    "$cli" --db "$kiosk_db" enrol "$url" "$code"
  fi
  "$cli" --db "$kiosk_db" sync
else
  echo "chorus-server is not built yet: the kiosk runs with its local demo content only."
  "$cli" --db "$kiosk_db" demo
fi

app="$build/cpp/app/chorus"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${CHORUS_HEADLESS:-}" ]; then
  "$app" --db "$kiosk_db" --media "$data/media" --server "$url"
else
  QT_QPA_PLATFORM=offscreen "$app" --db "$kiosk_db" --media "$data/media" \
    --scripted-visit --screenshot-dir "$data/screenshots"
  echo "screenshots: $data/screenshots"
  ls "$data/screenshots"
  if [ -x "$server" ]; then
    "$cli" --db "$kiosk_db" sync
  fi
fi
echo "kiosk store: $kiosk_db"
"$cli" --db "$kiosk_db" list
