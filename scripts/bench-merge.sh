#!/bin/sh
# Times MentionMerger on synthetic mentions (default 100000; n/4 and n/2 are printed too, to show growth).
# Usage: scripts/bench-merge.sh [N]   (debug build; add -c release for release figures)
set -e
cd "$(dirname "$0")/.."
TLTUI_BENCH="${1:-100000}" swift test --filter MergeBenchmark 2>&1 | grep '^merge:'
