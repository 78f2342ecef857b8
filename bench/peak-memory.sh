#!/usr/bin/env bash
# Peak resident memory (GNU time's "Maximum resident set size") of whole runs, a part of bench/run (bench/README.md):
#   wizard    sipline's wizard in tmux creating a cloud line against WEBHOOK (a `sipline sandbox` in another
#             process), through to the registration result, then q;
#   add       `sipline add` of a cloud line against WEBHOOK;
#   version   `sipline --version` (the floor: what the binary costs before it does anything);
#   dialog, whiptail: the peers over their form (20 characters typed into the first field, then Enter).
# Prints "peak_rss_mb<TAB>NAME<TAB>value" per run.
#   bash bench/peak-memory.sh BINARY WEBHOOK [RUNS]
set -euo pipefail
bin=$1 webhook=$2 runs=${3:-3}
work=$(mktemp -d)
umask 077   # sipline refuses a password file others can read
socket="sipline-bench-rss-$$"
trap 'tmux -L $socket kill-server 2>/dev/null || true; rm -rf "$work"' EXIT
S() { tmux -L "$socket" -f /dev/null "$@"; }

peak() { awk -v name="$2" '/Maximum resident/ { printf "peak_rss_mb\t%s\t%.2f\n", name, $6 / 1024 }' "$1"; }

# Polls the pane until it shows the text (generous deadline: the machine may be busy).
wait_for() {
    local deadline=$(( $(date +%s) + ${2:-30} ))
    while [ "$(date +%s)" -le $deadline ]; do
        S capture-pane -p -t bench 2>/dev/null | grep -qF -- "$1" && return 0
        sleep 0.02
    done
    echo "peak-memory: timed out waiting for \"$1\"; the screen:" >&2
    S capture-pane -p -t bench >&2 || true
    return 1
}

# Runs a command line in a fresh tmux server (80x24) under GNU time; the report goes to $work/time.
in_tmux() {
    rm -f "$work/time"
    S kill-server 2>/dev/null || true
    S new-session -d -s bench -x 80 -y 24 \
        "env -u LC_ALL -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 HOME=$work XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config DIALOGRC=/dev/null SIPLINE_WEBHOOK=$webhook /usr/bin/time -v -o $work/time $1"
}

wait_report() {
    local deadline=$(( $(date +%s) + 30 ))
    while [ "$(date +%s)" -le $deadline ]; do
        grep -q "Maximum resident" "$work/time" 2>/dev/null && return 0
        sleep 0.05
    done
    echo "peak-memory: no report from time" >&2
    return 1
}

type_chars() { for c in a b c d e f g h i j k l m n o p q r s t; do S send-keys -t bench -l "$c"; done; }

for run in $(seq "$runs"); do
    /usr/bin/time -v -o "$work/time" "$bin" --version > /dev/null
    peak "$work/time" version

    printf 'bench-password-%s' "$run" > "$work/password"
    SIPLINE_WEBHOOK=$webhook HOME=$work XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config \
        /usr/bin/time -v -o "$work/time" "$bin" add --title "Bench add $$-$run" --server sip.bench.example \
        --login "add$run" --password-file "$work/password" > /dev/null
    peak "$work/time" add

    in_tmux "$bin"
    wait_for "Lines this webhook can see:"
    S send-keys -t bench Enter; wait_for "Connection name"
    S send-keys -t bench -l "Bench wizard $$-$run"; S send-keys -t bench Enter; wait_for "Step 3 of 5"
    S send-keys -t bench -l "sip.bench.example"; S send-keys -t bench Enter; wait_for "Credentials"
    S send-keys -t bench -l "wizard$run"; S send-keys -t bench Enter
    S send-keys -t bench -l "bench-password"; S send-keys -t bench Enter; wait_for "Create line"
    S send-keys -t bench Enter; wait_for "is connected to Bitrix24 as a cloud PBX line"
    wait_for "registered (200 OK)" 60
    S send-keys -t bench q
    wait_report
    peak "$work/time" wizard

    in_tmux "dialog --form 'SIP line' 14 60 4 'Connection name:' 1 1 '' 1 18 36 0 'Server:' 2 1 '' 2 18 36 0 'Login:' 3 1 '' 3 18 36 0 'Password:' 4 1 '' 4 18 36 0"
    wait_for "Cancel"; type_chars; wait_for "abcdefghijklmnopqrst"; S send-keys -t bench Enter
    wait_report
    peak "$work/time" dialog

    in_tmux "whiptail --inputbox 'Connection name' 8 60"
    wait_for "Cancel"; type_chars; wait_for "abcdefghijklmnopqrst"; S send-keys -t bench Enter
    wait_report
    peak "$work/time" whiptail
done
