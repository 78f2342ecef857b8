#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and runs each for a while (not part of `swift test`).
#   bash fuzz/run.sh [seconds per target, default 60]
# Corpora grow in fuzz/corpus/<target> (gitignored); a crash leaves crash-* next to them and stops that target.
# The last lines of each run (executions, coverage, corpus) are printed at the end.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"

swift build -c release --product EnvelopeFuzzer -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
swift build -c release --product KeyDecoderFuzzer -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library
bin="$(swift build -c release --show-bin-path)"

for target in EnvelopeFuzzer KeyDecoderFuzzer; do
    mkdir -p "corpus/$target" "artifacts/$target"
    echo "== $target, $seconds s"
    "$bin/$target" -max_total_time="$seconds" -print_final_stats=1 -max_len=4096 \
        -artifact_prefix="artifacts/$target/" "corpus/$target" "seeds/$target" \
        2>&1 | tee "artifacts/$target/last-run.log" | grep -E "^#[0-9]+ +(DONE|INITED)|stat::|ERROR|crash-" || true
done
