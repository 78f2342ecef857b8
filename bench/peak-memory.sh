#!/usr/bin/env bash
# Peak resident memory of the release binary: `--version`, a `list` against the sandbox, and the wizard on the
# built-in sandbox (started in tmux, quit with Ctrl-C after the first screen). Uses GNU time's "Maximum resident
# set size". Compare with architecture.md: a bare Swift binary 7.7 MB, FoundationEssentials 11.3 MB, dialog 3.2 MB.
#   bash bench/peak-memory.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
(cd "$root" && swift build -c release --product sipline >/dev/null 2>&1)
bin="$root/.build/release/sipline"
work=$(mktemp -d)
socket="sipline-bench-$$"
trap 'tmux -L $socket kill-server 2>/dev/null || true; kill $sandbox 2>/dev/null || true; rm -rf "$work"' EXIT

peak() { grep "Maximum resident" "$1" | awk '{printf "%.1f MB\n", $6 / 1024}'; }

/usr/bin/time -v "$bin" --version > /dev/null 2> "$work/version"
echo "sipline --version:            $(peak "$work/version")"

"$bin" sandbox > "$work/url" & sandbox=$!
for _ in $(seq 100); do [ -s "$work/url" ] && break; sleep 0.1; done
SIPLINE_WEBHOOK=$(head -1 "$work/url") /usr/bin/time -v "$bin" list > /dev/null 2> "$work/list"
echo "sipline list (sandbox):       $(peak "$work/list")"

tmux -L "$socket" -f /dev/null new-session -d -s t -x 80 -y 24 \
  "env LANG=C.UTF-8 HOME=$work XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config /usr/bin/time -v -o $work/wizard $bin --sandbox"
for _ in $(seq 200); do tmux -L "$socket" capture-pane -p -t t | grep -q "Lines this webhook" && break; sleep 0.05; done
tmux -L "$socket" send-keys -t t C-c
for _ in $(seq 100); do [ -s "$work/wizard" ] && break; sleep 0.05; done
echo "sipline --sandbox (wizard):   $(peak "$work/wizard")"
