#!/usr/bin/env bash
# Whole-pipeline throughput: ingest, temporal tagging, places, events and merge on a generated corpus.
# The sample articles are copied N times (default 500), each copy published on another day, so the
# chronology spreads over years the way a large collection would. Prints articles/s and MB/s.
# Usage: scripts/bench-pipeline.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-500}
export PATH="/opt/swift/usr/bin:$PATH"
swift build -c release --product tltui >/dev/null
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
python3 - "$dir" "$n" <<'PY'
import datetime, pathlib, shutil, sys
out, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
seeds = sorted(pathlib.Path("seeds").glob("*.txt"))
base = datetime.date(2022, 3, 27)
lines = []
for i in range(n):
    day = base + datetime.timedelta(days=7 * i)   # same weekday, so "on Monday" etc. stay true
    for j, s in enumerate(seeds):
        name = f"{i:05d}_{s.name}"
        shutil.copy(s, out / name)
        lines.append(f"{name}:\n  source: Outlet {j}\n  published: {day + datetime.timedelta(days=j)}\n")
(out / "sources.yaml").write_text("".join(lines))
PY
bytes=$(cat "$dir"/*.txt | wc -c)
files=$(ls "$dir"/*.txt | wc -l)
start=$(date +%s.%N)
events=$(.build/release/tltui list "$dir" 2>/dev/null | tail -n +2 | wc -l)
end=$(date +%s.%N)
python3 -c "
t = $end - $start
print(f'pipeline: {$files} articles, {$bytes/1e6:.2f} MB -> {$events} events in {t:.2f} s '
      f'({$files/t:.0f} articles/s, {$bytes/1e6/t:.2f} MB/s, release build, all cores)')"
