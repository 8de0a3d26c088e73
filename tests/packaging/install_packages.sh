#!/usr/bin/env bash
# Installs the two .deb packages on this machine with apt, as an administrator would, and runs what
# was installed: chorus-server as its systemd unit runs it, the kiosk's self-test, and an enrolment
# and a sync from the installed chorus-cli to the installed server.
#   install_packages.sh <build dir>
# Needs root. It changes the machine (the packages and the chorus user stay), so it is not a ctest:
# .ci/run runs it after the test suite, on CI's throwaway machine.
# Where systemd is the init (a real machine or VM), the server is started with systemctl and its
# hardening applies. In a container without systemd it runs the unit's ExecStart as the unit's User
# in its WorkingDirectory, which checks the install but not the sandboxing; it says which it did.
set -euo pipefail
build="$(cd "$1" && pwd)"
[ "$(id -u)" = 0 ] || { echo "install_packages.sh must run as root (it installs packages)" >&2; exit 1; }
source "$(dirname "${BASH_SOURCE[0]}")/packagecommon.sh"
chmod 755 "$work"
make_packages "$build"
debs=("$kiosk_deb" "$server_deb")
# apt, not dpkg -i: it resolves dependencies (and Recommends, cage for the kiosk unit) as an
# administrator's would.
DEBIAN_FRONTEND=noninteractive apt-get install -y "${debs[@]}" >"$work/apt.log" 2>&1 ||
  { cat "$work/apt.log"; fail "apt-get install of ${debs[*]}"; }
dpkg-query -W -f '${Package} ${Version} ${Status}\n' chorus chorus-server

# What the postinst promised: a system user, the config readable by it and no one else.
getent passwd chorus >/dev/null || fail "no chorus user after install"
[ "$(stat -c %G /etc/chorus/chorus-server.json)" = chorus ] || fail "the config's group is not chorus"
[ "$(stat -c %a /etc/chorus/chorus-server.json)" = 640 ] || fail "the config is not 0640"
unit=/lib/systemd/system/chorus-server.service
for u in "$unit" /lib/systemd/system/chorus-kiosk.service; do
  systemd-analyze verify "$u" >"$work/verify.log" 2>&1 || { cat "$work/verify.log"; fail "systemd-analyze verify $u"; }
done

key() { sed -n "s/^$1=//p" "$unit" | head -n1; }
config=/etc/chorus/chorus-server.json
as_chorus() { runuser -u chorus -- "$@"; }
if [ -d /run/systemd/system ]; then
  how="systemctl (the unit's sandboxing applies)"
  systemctl daemon-reload
  systemctl start chorus-server
  port="$(sed -n 's/.*"port": *\([0-9]*\).*/\1/p' "$config")"
else
  how="the unit's ExecStart as User=$(key User) in $(key WorkingDirectory) (no systemd here: sandboxing not applied)"
  [ "$(key User)" = chorus ] || fail "the unit runs as $(key User)"
  install -d -o chorus -g chorus "$work/run"
  # systemd makes StateDirectory= itself; without it, as systemd would.
  install -d -o chorus -g chorus -m 0750 "/var/lib/$(key StateDirectory)"
  read -r -a exec_start <<<"$(key ExecStart)"
  # The packaged port may be taken on a shared machine: ask for a free one, everything else as packaged.
  # setpriv execs the server itself (runuser stays as its parent), so stopping it is one plain kill.
  (cd "$(key WorkingDirectory)" && exec setpriv --reuid=chorus --regid=chorus --init-groups -- "${exec_start[@]}" --port 0 --port-file "$work/run/port" --quiet) \
    >"$work/server.log" 2>&1 &
  server_pid=$!
  port="$(wait_for_port "$work/run/port" "$work/server.log")"
fi
url="http://127.0.0.1:$port"
health="$(curl -sS --max-time 10 "$url/v1/health")"
grep -q '"status":"ok"' <<<"$health" || fail "health: $health"

# An organisation and a site with the installed admin commands, as the service user (the database
# is the service's own, under /var/lib/chorus).
org="$(as_chorus chorus-server create-org "Install Test $$" --config "$config" | json_field id)"
site="$(as_chorus chorus-server create-site "$org" "Front desk" --config "$config" | json_field id)"
[ -n "$org" ] && [ -n "$site" ] || fail "create-org/create-site with the installed server"

# The installed kiosk loads every screen with Qt's QML modules from the system packages, and the
# installed chorus-cli enrols with the installed server and syncs an answer.
kiosk_self_test /usr/bin/chorus
text="Installed with apt, run $$."
code="$(as_chorus chorus-server enrol-code "$org" "$site" kiosk --config "$config" | json_field code)"
enrol_and_sync /usr/bin/chorus-cli "$url" "$code" "$text"
db="$(sed -n 's/.*"database": *"\([^"]*\)".*/\1/p' "$config")"
held="$(as_chorus sqlite3 "$db" "SELECT count(*) FROM contributions WHERE text = '$text'")"
[ "$held" = 1 ] || fail "the installed server holds $held copies of the synced answer"
echo "installed: $(basename "${debs[0]}") $(basename "${debs[1]}"); server started by $how;" \
  "health ok, kiosk self-test ok, enrolled and synced 1 answer"
