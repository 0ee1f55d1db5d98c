#!/usr/bin/env bash
# Whole-pipeline throughput at one corpus size: ingest, temporal tagging, places, events and merge on
# N generated articles (scripts/gen-corpus.py, kept in .bench-corpus/), without the corpus cache.
# Prints wall time, CPU time, peak memory, events, articles/s and MB/s. scripts/bench.sh runs every size.
# Usage: scripts/bench-pipeline.sh [N] [--seed S]   (N defaults to 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
seed=1
[ "${2:-}" = --seed ] && seed=$3
export PATH="/opt/swift/usr/bin:$PATH"
nice -n 10 swift build -c release --product tltui >/dev/null
dir=.bench-corpus/n$n-seed$seed
if [ ! -f "$dir/.complete" ]; then
    rm -rf "$dir" "$dir.tmp"
    nice -n 10 python3 scripts/gen-corpus.py "$n" "$dir.tmp" --seed "$seed"
    mv "$dir.tmp" "$dir" && touch "$dir/.complete"
fi
flags=()
.build/release/tltui list --help 2>&1 | grep -q -- --no-cache && flags+=(--no-cache)
out=$(mktemp)
trap 'rm -f "$out" "$out.time"' EXIT
/usr/bin/time -f "%e %U %S %M" -o "$out.time" .build/release/tltui list "$dir" "${flags[@]}" >"$out" 2>/dev/null
read -r wall user sys rss <"$out.time"
bytes=$(find "$dir" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | du -cb --files0-from=- | tail -1 | cut -f1)
events=$(( $(wc -l <"$out") - 1 ))
awk -v n="$n" -v b="$bytes" -v e="$events" -v t="$wall" -v u="$user" -v s="$sys" -v r="$rss" 'BEGIN {
    printf "pipeline: %d articles, %.1f MB -> %d events in %.2f s wall, %.1f s CPU, peak %.0f MB (%.0f articles/s, %.2f MB/s, release, all cores, no cache)\n",
        n, b / 1e6, e, t, u + s, r / 1024, n / t, b / 1e6 / t }'
