#!/bin/sh
# Prints the gazetteer load time and the place recognizer's throughput (release build).
# Usage: scripts/bench-places.sh [CORPUS_DIR]   (default: seeds/)
set -e
cd "$(dirname "$0")/.."
PLACES_BENCH=1 PLACES_BENCH_CORPUS="${1:-seeds}" \
  swift test -c release -Xswiftc -enable-testing --filter PlacesBenchmark 2>&1 | grep -E "gazetteer load|recognition:|error"
