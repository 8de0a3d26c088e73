#!/usr/bin/env bash
# Turns a fresh Debian 12 or Raspberry Pi OS (bookworm) device into a Chorus kiosk:
# installs cage and the chorus package, creates the kiosk user, runs the app full screen on tty1 at
# boot (restarting it after a crash) and turns screen blanking off.
#   sudo platforms/linux-kiosk/setup-kiosk.sh [path/to/chorus_*.deb]
#   sudo /usr/share/chorus/setup-kiosk.sh          (once the chorus package is installed)
set -euo pipefail
[ "$(id -u)" -eq 0 ] || { echo "run as root (sudo)"; exit 1; }
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
deb="${1:-}"

export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends cage qt6-wayland fonts-dejavu-core
if [ -n "$deb" ]; then
  apt-get install -y -qq "$(realpath "$deb")"
fi
command -v chorus >/dev/null || { echo "chorus is not installed: pass the chorus .deb as the first argument"; exit 1; }

# A locked-down user with no password: it can only run the kiosk session.
if ! id chorus-kiosk >/dev/null 2>&1; then
  useradd --create-home --shell /usr/sbin/nologin --groups video,input,audio,render chorus-kiosk
fi
passwd -l chorus-kiosk >/dev/null

# From a source checkout the unit sits next to this script; the chorus package ships it in /lib.
if [ -f "$here/chorus-kiosk.service" ]; then
  install -m 0644 "$here/chorus-kiosk.service" /etc/systemd/system/chorus-kiosk.service
elif [ ! -f /lib/systemd/system/chorus-kiosk.service ]; then
  echo "chorus-kiosk.service not found: reinstall the chorus package"; exit 1
fi
systemctl disable getty@tty1.service >/dev/null 2>&1 || true
systemctl set-default graphical.target
systemctl daemon-reload
systemctl enable chorus-kiosk.service

# Screen blanking off: the console's blanking on the kernel command line, and DPMS via logind.
if [ -f /boot/firmware/cmdline.txt ]; then
  grep -q consoleblank=0 /boot/firmware/cmdline.txt || sed -i '1 s/$/ consoleblank=0/' /boot/firmware/cmdline.txt
elif [ -f /etc/default/grub ]; then
  grep -q consoleblank=0 /etc/default/grub ||
    sed -i 's/^GRUB_CMDLINE_LINUX_DEFAULT="\(.*\)"/GRUB_CMDLINE_LINUX_DEFAULT="\1 consoleblank=0"/' /etc/default/grub
  update-grub >/dev/null 2>&1 || true
fi
mkdir -p /etc/systemd/logind.conf.d
cat > /etc/systemd/logind.conf.d/chorus-kiosk.conf <<'CONF'
[Login]
IdleAction=ignore
HandleLidSwitch=ignore
CONF

echo "Kiosk set up. Reboot to start Chorus full screen. Staff mode: the Staff button on the Welcome screen, then the PIN."
