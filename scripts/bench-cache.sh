#!/usr/bin/env bash
# Re-opening a corpus through the persistent cache (release build, `tltui list DIR` wall time):
#   cold      --no-cache: every file read, tagged, extracted and merged;
#   fill      first run with an empty cache: the same work, plus writing the cache;
#   warm 1..3 unchanged corpus re-opened (the first re-open also hashes files written within two
#             seconds of being cached, and refreshes their times);
#   touched   one file changed: that file re-processed alone, the merge run again.
# Usage: scripts/bench-cache.sh [N ...]   (default: 1000 10000 articles from scripts/gen-corpus.py)
# Set CODEC=1 to also print the binary-versus-JSON encoding figures on the first size.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
swift build -c release --product tltui >/dev/null
bin=.build/release/tltui
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export TLTUI_CACHE_DIR="$work/cache" TLTUI_CACHE_STATS=1
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(uname -sr)"

make_corpus() {  # dir n: scripts/gen-corpus.py when present, else copies of seeds/
    if [ -f scripts/gen-corpus.py ]; then python3 scripts/gen-corpus.py "$2" "$1" >/dev/null; return; fi
    python3 - "$1" "$2" <<'PY'
import datetime, pathlib, shutil, sys
out, n = pathlib.Path(sys.argv[1]), int(sys.argv[2])
out.mkdir(parents=True)
seeds = sorted(pathlib.Path("seeds").glob("*.txt"))
base = datetime.date(2022, 3, 27)
lines = []
for i in range((n + len(seeds) - 1) // len(seeds)):
    day = base + datetime.timedelta(days=7 * i)
    for j, s in enumerate(seeds):
        if i * len(seeds) + j >= n:
            break
        name = f"{i:05d}_{s.name}"
        shutil.copy(s, out / name)
        lines.append(f"{name}:\n  source: Outlet {j}\n  published: {day + datetime.timedelta(days=j)}\n")
(out / "sources.yaml").write_text("".join(lines))
PY
}

timed() {  # label args...
    local label=$1; shift
    local start end stats
    start=$(date +%s.%N)
    "$bin" list "$@" >"$work/out" 2>"$work/err"
    end=$(date +%s.%N)
    stats=$(grep '^cache:' "$work/err" || echo "cache: off")
    printf '  %-8s %6.2f s  %s events  (%s)\n' "$label" "$(python3 -c "print($end - $start)")" "$(($(wc -l <"$work/out") - 1))" "${stats#cache: }"
}

first=1
for n in "${sizes[@]}"; do
    dir="$work/c$n"
    make_corpus "$dir" "$n"
    echo "$n articles, $(du -sh "$dir" | cut -f1) ($bin list $dir, TLTUI_CACHE_DIR=$TLTUI_CACHE_DIR):"
    if [ "${CODEC:-}" = 1 ] && [ $first = 1 ]; then "$bin" list --no-cache --bench-cache-codec "$dir" 2>&1 >/dev/null | grep -v '^cache:' | sed 's/^/  /'; fi
    first=0
    rm -rf "$TLTUI_CACHE_DIR"
    timed cold --no-cache "$dir"
    timed fill "$dir"
    sleep 2
    for k in 1 2 3; do timed "warm $k" "$dir"; done
    f=$(find "$dir" -name '*.txt' | sort | sed -n 1p)
    echo "Officials said on Friday that repairs would begin on Monday." >>"$f"
    timed touched "$dir"
    echo "  cache size: $(du -sh "$TLTUI_CACHE_DIR" | cut -f1)"
done
