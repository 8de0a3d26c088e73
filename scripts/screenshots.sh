#!/usr/bin/env bash
# Writes a PNG of every kiosk screen in each look (default, high contrast, Arabic, 200% text)
# into a folder, using a fresh demo store so no real answers appear.
#   scripts/screenshots.sh [out-dir] [build-dir]
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here/docs/screenshots}"
build="${2:-$here/build}"
app="$build/cpp/app/chorus"
if [ ! -x "$app" ]; then
  echo "screenshots: $app not built (cmake --build $build --target chorus)" >&2
  exit 1
fi
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$out"
rm -f "$out"/*.png
QT_QPA_PLATFORM=offscreen "$app" --tts none --db "$tmp/device.sqlite" --media "$tmp/media" --screenshot-dir "$out"
echo "screenshots: $(ls "$out"/*.png | wc -l) PNGs in $out"
