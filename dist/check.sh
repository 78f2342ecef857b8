#!/usr/bin/env bash
# Proves the tarball of dist/build.sh runs where Swift is not installed: a minimal Debian 12 root
# (debootstrap --variant=minbase, plus libncursesw6) in dist/debian12-root (kept between runs, gitignored), the
# binary copied in, then inside it (chroot): `sipline --version`, `sipline sandbox` answering a curl add, and the
# wizard drawn in tmux. Needs root (debootstrap, chroot) and a Debian mirror (DEBIAN_MIRROR, default: apt's own).
# Not part of `swift test`.
#   bash dist/check.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

tarball=$(ls -t dist/sipline-*-linux-"$(uname -m)".tar.gz 2>/dev/null | head -1 || true)
if [ -z "$tarball" ]; then
    bash dist/build.sh
    tarball=$(ls -t dist/sipline-*-linux-"$(uname -m)".tar.gz | head -1)
fi
name=$(basename "$tarball" .tar.gz)
rootfs="$root/dist/debian12-root"
mirror=${DEBIAN_MIRROR:-$(sed -n 's/^URIs: *\([^ ]*\/debian\)$/\1/p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)}
mirror=${mirror:-http://deb.debian.org/debian}

missing=()
command -v debootstrap >/dev/null || missing+=(debootstrap)
command -v tmux >/dev/null || missing+=(tmux)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
    echo "installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq "${missing[@]}"
fi

if [ ! -x "$rootfs/usr/bin/apt-get" ]; then
    echo "== debootstrap --variant=minbase --include=libncursesw6 bookworm ($mirror)"
    rm -rf "$rootfs"
    debootstrap --variant=minbase --include=libncursesw6 bookworm "$rootfs" "$mirror" > dist/debootstrap.log
fi

socket="sipline-check-$$"
sandbox=""
cleanup() {
    tmux -L "$socket" kill-server 2>/dev/null || true
    [ -n "$sandbox" ] && kill "$sandbox" 2>/dev/null || true
    mountpoint -q "$rootfs/proc" && umount "$rootfs/proc" || true
}
trap cleanup EXIT
# Every real system has /proc; a bare chroot does not, and the Swift runtime reads the command line from
# /proc/self/cmdline (without it sipline sees no arguments at all and starts the wizard).
mountpoint -q "$rootfs/proc" || mount -t proc proc "$rootfs/proc"
inside() { chroot "$rootfs" /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 "$@"; }

echo "== the root: $(cat "$rootfs/etc/debian_version"), $(du -smx "$rootfs" | cut -f1) MB, no Swift in it"
if inside sh -c 'command -v swift || ls -d /usr/lib/swift /opt/swift 2>/dev/null'; then
    echo "dist/check.sh: the root has a Swift toolchain, so it proves nothing" >&2
    exit 1
fi
rm -rf "$rootfs/opt/$name"
tar -C "$rootfs/opt" -xzf "$tarball"
install -m 0755 "$rootfs/opt/$name/sipline" "$rootfs/usr/local/bin/sipline"
echo "== libraries, as the root resolves them"
inside /usr/bin/ldd /usr/local/bin/sipline

echo "== chroot: sipline --version"
inside sipline --version

echo "== chroot: sipline sandbox, and a curl add from outside"
chroot "$rootfs" /usr/bin/env -i HOME=/root LANG=C.UTF-8 /usr/local/bin/sipline sandbox > dist/check-sandbox.url &
sandbox=$!
for _ in $(seq 200); do [ -s dist/check-sandbox.url ] && break; sleep 0.05; done
webhook=$(head -1 dist/check-sandbox.url)
echo "webhook: $webhook"
curl -sS --fail-with-body -X POST -H 'Content-Type: application/json' \
    -d '{"TYPE":"cloud","TITLE":"Checked in Debian 12","SERVER":"sip.example.com","LOGIN":"check","PASSWORD":"check-password"}' \
    "${webhook}voximplant.sip.add"
echo
echo "== chroot: sipline list against it"
inside env SIPLINE_WEBHOOK="$webhook" sipline list
kill -TERM "$sandbox"
wait "$sandbox" && echo "sandbox stopped on SIGTERM, exit 0"
sandbox=""

echo "== chroot: the wizard on its built-in sandbox, in tmux (80x24, TERM=xterm-256color)"
tmux -L "$socket" -f /dev/null new-session -d -s check -x 80 -y 24 \
    "chroot $rootfs /usr/bin/env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 TERM=xterm-256color sipline --sandbox; echo exit=\$?; sleep 30"
drawn=""
for _ in $(seq 300); do
    if tmux -L "$socket" capture-pane -p -t check | grep -q "Lines this webhook can see"; then drawn=yes; break; fi
    sleep 0.05
done
tmux -L "$socket" capture-pane -p -t check
[ -n "$drawn" ] || { echo "dist/check.sh: the wizard did not draw its first screen" >&2; exit 1; }
tmux -L "$socket" send-keys -t check C-c
for _ in $(seq 200); do
    tmux -L "$socket" capture-pane -p -t check | grep -q "^exit=" && break
    sleep 0.05
done
tmux -L "$socket" capture-pane -p -t check | grep "^exit="
echo "== dist/check.sh: $name runs in a Debian 12 root without Swift"
