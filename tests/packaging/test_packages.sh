#!/usr/bin/env bash
# Builds the chorus and chorus-server .deb packages from an already built tree, checks their
# dependencies, contents and postinst, extracts them into a temporary root, and runs what was
# extracted: chorus-server with the packaged config answers its health endpoint on 127.0.0.1,
# chorus --kiosk --self-test loads every screen, and chorus-cli enrols with the server and syncs.
#   test_packages.sh <build dir>
set -euo pipefail
build="$(cd "$1" && pwd)"
source "$(dirname "${BASH_SOURCE[0]}")/packagecommon.sh"
make_packages "$build"

field() { dpkg-deb -f "$1" "$2"; }
# Every package in a comma-separated Depends list, without versions or alternatives.
names() { tr ',' '\n' | sed 's/[|(].*//; s/ //g' | grep -v '^$' | sort -u; }

# chorus: the Qt libraries from shlibdeps, and the QML modules and plugins it loads at run time.
kiosk_deps="$(field "$kiosk_deb" Depends | names)"
for p in libqt6quick6 libqt6qml6 libqt6multimedia6 libqt6texttospeech6 libsqlite3-0 libcurl4 libsodium23 libopusenc0 \
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts qml6-module-qtquick-window \
  qml6-module-qtquick-virtualkeyboard qt6-virtualkeyboard-plugin qml6-module-qt-labs-folderlistmodel \
  qml6-module-qtmultimedia qt6-qpa-plugins fonts-noto-core; do
  grep -qx "$p" <<<"$kiosk_deps" || fail "chorus does not depend on $p: $kiosk_deps"
done
# chorus-server: no GUI stack at all.
server_deps="$(field "$server_deb" Depends | names)"
for p in libsodium23 libsqlite3-0 libqrencode4 'libcpp-httplib[0-9.]*' adduser; do
  grep -qx "$p" <<<"$server_deps" || fail "chorus-server does not depend on $p: $server_deps"
done
grep -q qt6 <<<"$server_deps" && fail "chorus-server depends on Qt: $server_deps"
# Every dependency names a package this Debian knows: installed here, or else in apt's lists.
not_installed=()
for p in $kiosk_deps $server_deps; do
  dpkg-query -W "$p" >/dev/null 2>&1 || not_installed+=("$p")
done
if [ ${#not_installed[@]} -gt 0 ]; then
  apt-cache show "${not_installed[@]}" >/dev/null 2>&1 || fail "unknown packages among: ${not_installed[*]}"
fi

dpkg-deb -c "$kiosk_deb" | awk '{print $6}' >"$work/kiosk.list"
dpkg-deb -c "$server_deb" | awk '{print $6}' >"$work/server.list"
for f in ./usr/bin/chorus ./usr/bin/chorus-cli ./lib/systemd/system/chorus-kiosk.service ./usr/share/chorus/setup-kiosk.sh; do
  grep -qx "$f" "$work/kiosk.list" || fail "chorus lacks $f"
done
for f in ./usr/bin/chorus-server ./lib/systemd/system/chorus-server.service ./etc/chorus/chorus-server.json; do
  grep -qx "$f" "$work/server.list" || fail "chorus-server lacks $f"
done
dpkg-deb -e "$server_deb" "$work/control"
grep -qx /etc/chorus/chorus-server.json "$work/control/conffiles" || fail "the server config is not a conffile"
# postinst, with the commands it changes the system with replaced by ones that only log their
# arguments: on a machine without the chorus user it creates it and gives it the config; with the
# user already there (an upgrade) it does not create it again.
mkdir -p "$work/shims"
for c in adduser chgrp chmod systemctl; do
  printf '#!/bin/sh\necho "%s $*" >>"%s"\n' "$c" "$work/postinst.log" >"$work/shims/$c"
done
printf '#!/bin/sh\n[ -n "$CHORUS_USER_EXISTS" ]\n' >"$work/shims/getent"
chmod +x "$work"/shims/*
PATH="$work/shims:$PATH" sh -e "$work/control/postinst" configure || fail "postinst configure"
grep -q '^adduser --system --group --home /var/lib/chorus .* chorus$' "$work/postinst.log" || fail "postinst: $(cat "$work/postinst.log")"
grep -qx 'chgrp chorus /etc/chorus/chorus-server.json' "$work/postinst.log" || fail "postinst: $(cat "$work/postinst.log")"
: >"$work/postinst.log"
CHORUS_USER_EXISTS=1 PATH="$work/shims:$PATH" sh -e "$work/control/postinst" configure 1.0 || fail "postinst upgrade"
grep -q '^adduser' "$work/postinst.log" && fail "postinst created the user again"

root="$work/root"
dpkg-deb -x "$kiosk_deb" "$root"
dpkg-deb -x "$server_deb" "$root"
bash "$(dirname "${BASH_SOURCE[0]}")/kiosk_sandbox.sh" "$root/lib/systemd/system/chorus-kiosk.service" \
  || fail "the packaged kiosk unit is not confined"
cd "$work"

# The extracted server with the packaged config (its database and port overridden), on a free port.
sdb=(--config "$root/etc/chorus/chorus-server.json" --db "$work/server.db" --media "$work/server-media")
org="$("$root/usr/bin/chorus-server" create-org "Package Test" "${sdb[@]}" | json_field id)"
site="$("$root/usr/bin/chorus-server" create-site "$org" "Front desk" "${sdb[@]}" | json_field id)"
[ -n "$org" ] && [ -n "$site" ] || fail "chorus-server create-org/create-site"
"$root/usr/bin/chorus-server" serve "${sdb[@]}" --host 127.0.0.1 --port 0 --port-file "$work/port" --quiet \
  >"$work/server.log" 2>&1 &
server_pid=$!
url="http://127.0.0.1:$(wait_for_port "$work/port" "$work/server.log")"
health="$(curl -sS --max-time 10 "$url/v1/health")"
grep -q '"status":"ok"' <<<"$health" || fail "health: $health"
echo "health: $health"

# The extracted kiosk and chorus-cli: every screen loads, and an answer enrols and syncs.
kiosk_self_test "$root/usr/bin/chorus"
code="$("$root/usr/bin/chorus-server" enrol-code "$org" "$site" kiosk "${sdb[@]}" | json_field code)"
enrol_and_sync "$root/usr/bin/chorus-cli" "$url" "$code" "Installed from the package."
held="$(sqlite3 "$work/server.db" "SELECT count(*) FROM contributions WHERE text = 'Installed from the package.'")"
[ "$held" = 1 ] || fail "the server holds $held copies of the synced answer"
echo "packages: $(basename "$kiosk_deb") $(basename "$server_deb"): dependencies, contents, server health, kiosk self-test, enrol and sync ok"
