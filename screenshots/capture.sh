#!/usr/bin/env bash
# Takes the screenshots in this folder from the real program: sipline runs in tmux (80×24) against a sandbox portal
# on loopback, is driven key by key, and each screen is captured with its colours and rendered to PNG.
# The provider's server is real too: dnsmasq answers for sip.provider.example (SRV, A) and sipp answers its OPTIONS,
# so the wizard's background server check finds what it would find on a customer's network.
# Needs: tmux, dnsmasq, sipp (sip-tester), python3 with pyte and Pillow (pip install pyte pillow), fonts-dejavu-core.
# Run from anywhere:
#   bash screenshots/capture.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
out="$root/screenshots"
work=$(mktemp -d)
socket="sipline-shots-$$"
T="tmux -L $socket -f /dev/null"
trap '$T kill-server 2>/dev/null || true; kill $sandbox_pid $dns_pid $sipp_pid 2>/dev/null || true; rm -rf "$work"' EXIT
dns_pid= sipp_pid=

(cd "$root" && swift build --product sipline >/dev/null)
bin="$root/.build/debug/sipline"

"$bin" sandbox --allow-fault-injection > "$work/sandbox.out" &
sandbox_pid=$!
for _ in $(seq 100); do [ -s "$work/sandbox.out" ] && break; sleep 0.1; done
webhook=$(head -1 "$work/sandbox.out")
base=${webhook%%/rest/*}

# sip.provider.example: its SRV record points at sipp on loopback, which answers OPTIONS with 200 OK.
free_port() { python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
sip_port=$(free_port) dns_port=$(free_port)
sipp -sf "$root/Tests/TestSupport/Scenarios/options-200.xml" -key software "Provider SBC" -i 127.0.0.1 -p "$sip_port" -t u1 -nostdin >"$work/sipp.log" 2>&1 &
sipp_pid=$!
dnsmasq --keep-in-foreground --no-daemon --conf-file=/dev/null --no-resolv --no-hosts --no-poll \
  --listen-address=127.0.0.1 --bind-interfaces --port="$dns_port" --local=/example/ --local=/invalid/ --pid-file= --user="$(id -un)" \
  --log-facility=- "--srv-host=_sip._udp.sip.provider.example,sip.provider.example,$sip_port" \
  --host-record=sip.provider.example,127.0.0.1 --host-record=pbx.office.example,127.0.0.1 >"$work/dns.log" 2>&1 &
dns_pid=$!
sleep 0.5
nameserver="SIPLINE_NAMESERVER=127.0.0.1:$dns_port"

# One line already on the portal, so the first screen has something to count.
curl -s -X POST -H 'Content-Type: application/json' \
  -d '{"TITLE":"Warehouse PBX","SERVER":"pbx.office.example","LOGIN":"office1","PASSWORD":"x","TYPE":"office"}' \
  "${webhook}voximplant.sip.add.json" >/dev/null

wait_for() {  # text [seconds]
  local end=$(( $(date +%s) + ${2:-15} ))
  while [ "$(date +%s)" -le "$end" ]; do
    $T capture-pane -p -t t | grep -qF -- "$1" && return 0
    sleep 0.05
  done
  echo "capture.sh: timed out waiting for: $1" >&2
  $T capture-pane -p -t t >&2
  return 1
}
shot() {  # name [columns rows]
  sleep 0.15
  $T capture-pane -p -e -t t > "$work/$1.ans"
  python3 "$out/tools/ansi2png.py" "$work/$1.ans" "$out/$1.png" --columns "${2:-80}" --rows "${3:-24}"
  echo "screenshots/$1.png"
}
keys() { $T send-keys -t t "$@"; }
text() { $T send-keys -t t -l "$1"; }

# No portal configured (an empty config home): the wizard starts on its portal screen.
mkdir -p "$work/home"
$T new-session -d -s t -x 80 -y 24 \
  "env -u NO_COLOR -u SIPLINE_WEBHOOK LANG=C.UTF-8 TERM=xterm-256color HOME=$work/home $nameserver \
   XDG_CONFIG_HOME=$work/home/config XDG_STATE_HOME=$work/home/state $bin; sleep 60"

wait_for "Webhook"; text "$webhook"; keys Enter
wait_for "Save this portal as"; keys C-u; text "customer-7"; shot 00-portal-checked
keys Escape
wait_for "Lines this webhook can see: 1"; shot 01-pbx-type
keys Enter; wait_for "Connection name"; text "Main office"; shot 02-name
keys Enter; wait_for "Step 3 of 5"; text "sip:user100@sip.provider.example:5060"; keys Enter
wait_for "sip:"; shot 03-server-error
keys C-u; text "sip.provider.example"; keys Enter
wait_for "Credentials"; text "user100"; keys Enter; text "secret-pass "; keys Enter
wait_for "ends with a space"; shot 04-credentials-error
keys BSpace Enter; wait_for "Create line"; shot 05-review
curl -s -X POST -H 'Content-Type: application/json' -d '{"fault":"delayNext","count":1,"milliseconds":3000}' \
  "$base/_sandbox/faults" >/dev/null
keys Enter; wait_for "Creating the line"; sleep 1.2; shot 06-submitting
wait_for "is connected to Bitrix24"; shot 07-result-cloud-in-progress
wait_for "registered (200 OK)" 30; shot 08-result-cloud-registered
keys n; wait_for "PBX type"; keys 2 Enter; wait_for "Connection name"; text "Main office"; keys Enter
wait_for "already exists"; shot 09-name-title-in-use
keys C-u; text "Склад на Ленина"; keys Enter; wait_for "Step 3 of 5"; text "pbx.office.example"; keys Enter
wait_for "Credentials"; text "office2"; keys Enter; text "another-pass"; keys Enter
wait_for "Create line"; keys Enter; wait_for "Now set up your office PBX"; shot 10-result-office
keys r; wait_for "r hide"; shot 11-result-office-revealed
keys r c; wait_for "type=registration"; shot 15-pbx-config
keys Escape; wait_for "Now set up your office PBX"
keys F1; sleep 0.3; shot 12-help
keys Escape; sleep 0.3
$T resize-window -t t -x 60 -y 20; wait_for "Enlarge the window"; shot 13-too-small 60 20

# In Russian: LANG=ru_RU.UTF-8 is enough (the locale need not be installed), on the portal of the environment.
$T kill-session -t t
mkdir -p "$work/home-ru"
$T new-session -d -s t -x 80 -y 24 \
  "env -u NO_COLOR -u LC_ALL -u LC_MESSAGES LANG=ru_RU.UTF-8 TERM=xterm-256color HOME=$work/home-ru \
   XDG_CONFIG_HOME=$work/home-ru/config XDG_STATE_HOME=$work/home-ru/state SIPLINE_WEBHOOK=$webhook $nameserver \
   $bin; sleep 60"
wait_for "Шаг 1 из 5"; keys Enter; wait_for "Название подключения"; text "Главный офис"; keys Enter
wait_for "Шаг 3 из 5"; text "sip.provider.example"; keys Enter
wait_for "Учётные данные"; text "user100"; keys Enter; text "secret-pass"; keys Enter
wait_for "Создать линию"; shot 14-review-russian

# From created to working: a server that does not resolve, a password the provider refuses, fixed in place, and the
# line made the default for outgoing calls.
$T kill-session -t t
mkdir -p "$work/home-3"
$T new-session -d -s t -x 80 -y 24 \
  "env -u NO_COLOR -u LC_ALL -u LC_MESSAGES LANG=C.UTF-8 TERM=xterm-256color HOME=$work/home-3 \
   XDG_CONFIG_HOME=$work/home-3/config XDG_STATE_HOME=$work/home-3/state SIPLINE_WEBHOOK=$webhook $nameserver \
   $bin; sleep 60"
wait_for "Step 1 of 5"; keys Enter; wait_for "Connection name"; text "Front desk"; keys Enter
wait_for "Step 3 of 5"; text "sip.provider.invalid"; keys Enter
wait_for "Credentials"; keys Escape; wait_for "does not resolve"; shot 16-server-warning
keys C-u; text "sip.provider.example"; keys Enter
wait_for "Credentials"; text "user100"; keys Enter; text "wrong-secret-pass"; keys Enter
wait_for "Create line"; keys Enter; wait_for "(401)" 30; shot 17-result-registration-refused
keys e; wait_for "Fix what the provider refused"; text "secret-pass"; shot 18-fix-registration
keys Enter; wait_for "registered (200 OK)" 30
keys d; wait_for "default outgoing line"; shot 19-default-line
