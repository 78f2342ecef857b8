#!/usr/bin/env bash
# Builds the fuzz targets with libFuzzer and runs each for a while (not part of `swift test`).
#   bash fuzz/run.sh [seconds per target, default 60]
# Corpora grow in fuzz/corpus/<target> (gitignored); a crash leaves crash-* next to them and stops that target.
# For each target it prints the start and end lines (coverage, corpus) and libFuzzer's final stats (executions).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"

# lld: gold fails with an internal error on the libFuzzer link. The toolset passes -use-ld=lld to every swiftc.
flags=(-c release -Xswiftc -sanitize=fuzzer --toolset toolset.json)
swift build "${flags[@]}" --product EnvelopeFuzzer
swift build "${flags[@]}" --product KeyDecoderFuzzer
bin="$(swift build "${flags[@]}" --show-bin-path)"

for target in EnvelopeFuzzer KeyDecoderFuzzer; do
    mkdir -p "corpus/$target" "artifacts/$target"
    echo "== $target, $seconds s"
    "$bin/$target" -max_total_time="$seconds" -print_final_stats=1 -max_len=4096 \
        -artifact_prefix="artifacts/$target/" "corpus/$target" "seeds/$target" \
        2>&1 | tee "artifacts/$target/last-run.log" \
        | grep -E "^#[0-9]+[[:space:]]+(DONE|INITED)|^stat::|^==[0-9]+==|deadly signal|Fatal error|crash-" || true
done
