#!/usr/bin/env bash
# Installs every Debian package Chorus needs to build, run and test.
# Idempotent and fast when everything is present: apt is only called for what is missing.
set -euo pipefail

build_pkgs=(
  build-essential cmake ninja-build pkg-config git
  # cpack's .deb packages: dpkg-shlibdeps finds their library dependencies, file finds the binaries.
  dpkg-dev file
  qt6-base-dev qt6-declarative-dev qt6-multimedia-dev qt6-speech-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-base-dev-tools
  libqt6opengl6-dev libgl-dev
  libsqlite3-dev libcurl4-openssl-dev nlohmann-json3-dev libcpp-httplib-dev
  libsodium-dev libssl-dev zlib1g-dev
  libqrencode-dev libzxing-dev
  # chorus-server's PostgreSQL backend (libpq itself for its pipeline mode).
  libpqxx-dev libpq-dev
  libopus-dev libopusenc-dev libopusfile-dev
  libbenchmark-dev
)
runtime_pkgs=(
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-templates qml6-module-qtquick-window qml6-module-qtqml-workerscript
  qml6-module-qtquick-shapes qml6-module-qtquick-dialogs
  qml6-module-qtmultimedia qml6-module-qttexttospeech qml6-module-qtquick-virtualkeyboard
  # The on-screen keyboard of --kiosk: its input method, and a module its Keyboard.qml imports
  # (without them the keyboard does not load or types nothing).
  qt6-virtualkeyboard-plugin qml6-module-qt-labs-folderlistmodel
  qml6-module-qttest qml6-module-qtqml
  qt6-speech-flite-plugin qt6-qpa-plugins
  # Read-aloud in Welsh and Arabic (flite speaks only English): speechd with espeak-ng's voices.
  qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng
  fonts-opendyslexic fonts-dejavu-core fonts-noto-core
  sqlite3 curl
  # chorus-server's package creates its system user with adduser.
  adduser
  # Qt Multimedia 6.4's default backend: without these QMediaPlayer crashes on construction.
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-pulseaudio
)
test_pkgs=(
  # The dashboard's browser tests: Debian's chromium driven by playwright-core from npm.
  chromium
  # The report test turns its PDF into pictures to look at (pdftoppm).
  poppler-utils
  # packaging_kiosk_sandbox rates the kiosk's unit with `systemd-analyze security --offline`.
  systemd
  opus-tools
  pulseaudio pulseaudio-utils
  # The server tests run each case against a throwaway PostgreSQL cluster too.
  postgresql
  # tst_multi_instance puts three server instances behind Debian's HAProxy (started by the test on
  # 127.0.0.1; the package's own service has no listener).
  haproxy
  # tests/fuzz/libfuzzer: clang with its libFuzzer, ASan and UBSan runtimes.
  clang libclang-rt-14-dev
)

# Node.js and npm for the dashboard's browser tests: Debian's packages, unless this machine already
# has node and npm (e.g. a distribution that bundles npm with nodejs, which conflicts with Debian's npm).
command -v node >/dev/null 2>&1 || test_pkgs+=(nodejs)
command -v npm >/dev/null 2>&1 || test_pkgs+=(npm)

missing=()
for p in "${build_pkgs[@]}" "${runtime_pkgs[@]}" "${test_pkgs[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#build_pkgs[@]}+${#runtime_pkgs[@]}+${#test_pkgs[@]} packages present"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
SUDO=""
[ "$(id -u)" -ne 0 ] && SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
