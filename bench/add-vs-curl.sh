#!/usr/bin/env bash
# `sipline add --json` against a sandbox vs a curl script making the same REST calls, a part of bench/run
# (bench/README.md). sipline add sends voximplant.sip.get (the preflight: lines for the title check) and then
# voximplant.sip.add, each a JSON POST; the script does the same with two curl processes, as a shell script that
# reads the list before adding would. Wall time of each whole command, from the shell (bash's EPOCHREALTIME).
# Prints "add_ms<TAB>sipline|curl<TAB>value" per run.
#   bash bench/add-vs-curl.sh BINARY WEBHOOK [RUNS]
set -euo pipefail
bin=$1 webhook=$2 runs=${3:-9}
work=$(mktemp -d)
umask 077   # sipline refuses a password file others can read
trap 'rm -rf "$work"' EXIT
printf 'bench-password' > "$work/password"
export HOME=$work XDG_STATE_HOME=$work/state XDG_CONFIG_HOME=$work/config

milliseconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) * 1000 }'; }

curl_add() {
    local headers=(-H 'Content-Type: application/json' -H 'Accept: application/json')
    curl -sS --fail-with-body -X POST "${headers[@]}" -d '{}' "${webhook}voximplant.sip.get" > /dev/null
    curl -sS --fail-with-body -X POST "${headers[@]}" \
        -d "{\"TYPE\":\"cloud\",\"TITLE\":\"$1\",\"SERVER\":\"sip.bench.example\",\"LOGIN\":\"curl\",\"PASSWORD\":\"bench-password\"}" \
        "${webhook}voximplant.sip.add" > /dev/null
}

for run in $(seq "$runs"); do
    started=$EPOCHREALTIME
    SIPLINE_WEBHOOK=$webhook "$bin" add --json --title "Bench sipline $$-$run" --server sip.bench.example \
        --login sipline --password-file "$work/password" > /dev/null
    printf 'add_ms\tsipline\t%s\n' "$(milliseconds "$started" "$EPOCHREALTIME")"

    started=$EPOCHREALTIME
    curl_add "Bench curl $$-$run"
    printf 'add_ms\tcurl\t%s\n' "$(milliseconds "$started" "$EPOCHREALTIME")"
done
