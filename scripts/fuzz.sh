#!/usr/bin/env bash
# Fuzzes the whole text pipeline (ingest → sentences → time → places → events → merge → exports) with libFuzzer
# and AddressSanitizer for a bounded time.
#
#   scripts/fuzz.sh [SECONDS]            (default 600)
#   scripts/fuzz.sh --replay FILE...     run inputs (e.g. .fuzz-artifacts/crash-*) through the fuzz build once
#
# Corpus: .fuzz-corpus/ (kept between runs, git-ignored), seeded at each run from seeds/ and the test articles.
# Findings: .fuzz-artifacts/ (crash-*, timeout-*, oom-*). Input layout: see Fuzz/Target/FuzzPipeline.swift.
# Environment: FUZZ_CONFIG (release, the default: -O is ~10x faster under ASan; or debug), FUZZ_SCRATCH
# (default .build-fuzz), FUZZ_NICE (default 10).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
SCRATCH="${FUZZ_SCRATCH:-.build-fuzz}"
NICE="${FUZZ_NICE:-10}"
CORPUS=.fuzz-corpus
ARTIFACTS=.fuzz-artifacts
mkdir -p "$CORPUS" "$ARTIFACTS"

CONFIG="${FUZZ_CONFIG:-release}"
echo "== building tltui-fuzz ($CONFIG, -sanitize=fuzzer,address) in $SCRATCH"
nice -n "$NICE" swift build -c "$CONFIG" --scratch-path "$SCRATCH" --product tltui-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library -Xswiftc -DFUZZING 2>&1 \
    | grep -v -e "Cannot export local symbol" -e "prohibited flag" || true
BIN="$SCRATCH/$CONFIG/tltui-fuzz"
[ -x "$BIN" ] || { echo "build failed" >&2; exit 1; }

# libFuzzer handles the deadly signals itself (and writes the crash input); keep Swift's backtracer out of its way.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1:allocator_may_return_null=1}"

if [ "${1:-}" = "--replay" ]; then
    shift
    exec "$BIN" -runs=1 "$@"
fi

SECONDS_TOTAL="${1:-600}"

# Seeds are copied at run time (never committed twice): the sample articles, the test articles, and every
# sidecar combined with its documents in the fuzz input layout.
SEEDS=$(mktemp -d)
trap 'rm -rf "$SEEDS"' EXIT
n=0
for f in seeds/*.txt seeds/*.md Tests/TimelineCoreTests/Corpus/*.txt Tests/TimelineCoreTests/Corpus/*.md; do
    [ -f "$f" ] || continue
    cp "$f" "$SEEDS/seed-$n-$(basename "$f")"; n=$((n + 1))
done
for dir in seeds Tests/TimelineCoreTests/Corpus; do
    [ -f "$dir/sources.yaml" ] || continue
    out="$SEEDS/seed-corpus-$(echo "$dir" | tr / _)"
    {
        printf '%%%%sidecar\n'
        # Sidecar keys are file names; the fuzz target labels its documents n0.txt, n1.md, n2.txt ...
        k=0; rename=()
        for f in "$dir"/*.txt "$dir"/*.md; do
            [ -f "$f" ] || continue
            ext=txt; [ $((k % 2)) -eq 1 ] && ext=md
            rename+=(-e "s/^$(basename "$f"):/n$k.$ext:/")
            k=$((k + 1))
        done
        sed "${rename[@]}" "$dir/sources.yaml"
        for f in "$dir"/*.txt "$dir"/*.md; do
            [ -f "$f" ] || continue
            printf '\n%%%%%%%%\n'
            cat "$f"
        done
    } > "$out"
done

LOG=$(mktemp)
echo "== fuzzing for $SECONDS_TOTAL s (corpus $CORPUS, $(ls "$CORPUS" | wc -l) entries; seeds $(ls "$SEEDS" | wc -l))"
findings() { ls "$ARTIFACTS" | grep -c -E "^(crash|timeout|oom|leak|slow-unit)-" || true; }
before=$(findings)
set +e
nice -n "$NICE" "$BIN" "$CORPUS" "$SEEDS" \
    -dict=Fuzz/tltui.dict \
    -max_total_time="$SECONDS_TOTAL" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -artifact_prefix="$ARTIFACTS/" -print_final_stats=1 -close_fd_mask=1 2>&1 | tee "$LOG" \
    | grep --line-buffered -E "^#[0-9]+[[:space:]]+(INITED|pulse|DONE)|ERROR|SUMMARY|Test unit written|Fatal error|==[0-9]+=="
status=${PIPESTATUS[0]}

after=$(findings)
set +o pipefail
last=$(grep -E "^#[0-9]+[[:space:]]" "$LOG" | tail -1)
execs=$(grep -E "stat::number_of_executed_units" "$LOG" | awk '{print $2}' | tail -1)
eps=$(grep -E "stat::average_exec_per_sec" "$LOG" | awk '{print $2}' | tail -1)
cov=$(echo "$last" | grep -oE "cov: [0-9]+" | awk '{print $2}')
ft=$(echo "$last" | grep -oE "ft: [0-9]+" | awk '{print $2}')
corp=$(echo "$last" | grep -oE "corp: [0-9]+/[0-9A-Za-z]+" | awk '{print $2}')
echo
echo "== fuzz summary ($(date -u +%Y-%m-%dT%H:%MZ))"
echo "time:       ${SECONDS_TOTAL} s requested, exit status $status"
echo "executions: ${execs:-?}"
echo "exec/s:     ${eps:-?}"
echo "coverage:   cov ${cov:-?}, ft ${ft:-?}, corpus ${corp:-?}"
echo "findings:   $((after - before)) new in $ARTIFACTS/ ($after in total)"
grep -E "Test unit written" "$LOG" || true
cp "$LOG" "$ARTIFACTS/last-run.log" 2>/dev/null || true
rm -f "$LOG"
