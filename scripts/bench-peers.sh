#!/usr/bin/env bash
# Our temporal tagger side by side with the Python date finders people would use instead, in one run,
# over the same texts: dateparser.search.search_dates (RELATIVE_BASE = the document's DCT),
# datefinder.find_dates and ctparse (one sentence at a time; it reads one expression per call).
# Installs them in a virtualenv (.venv-peers, git-ignored); a package that fails to install is reported
# and left out. Text sets: the TBAQ documents (../shared/data/tbaq.json) and a sample of the generated corpus.
# The peers are slow, so each run is bounded: dateparser runs over the documents in order for about
# SECONDS (default 30); the documents it finished are the subset every tool, ours included, is timed on;
# datefinder and ctparse repeat that subset until SECONDS have passed (or stop at a bound, said in the
# output). Ours: `tltui bench-tagger` (or `tltui timex --batch` before that command exists) pinned to one
# core with taskset, repeated so that it runs for a few seconds. Prints MB/s for each and the ratios.
#
# Usage: scripts/bench-peers.sh [--seconds 30] [--no-build]
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
seconds=30
build=1
seed=1
while [ $# -gt 0 ]; do
    case "$1" in
        --seconds) seconds=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        -h|--help) sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench-peers.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
. scripts/bench-common.sh

# ---------------------------------------------------------------- virtualenv
venv=$root/.venv-peers
[ -x "$venv/bin/python" ] || python3 -m venv "$venv"
installed=()
for pkg in dateparser datefinder ctparse; do
    if "$venv/bin/python" -c "import $pkg" 2>/dev/null || "$venv/bin/pip" install -q "$pkg" >"$tmp/pip-$pkg.log" 2>&1; then
        installed+=("$pkg $("$venv/bin/python" -c "import importlib.metadata as m; print(m.version('$pkg'))" 2>/dev/null)")
    else
        echo "peer: $pkg failed to install, left out: $(tail -1 "$tmp/pip-$pkg.log")"
    fi
done

cpu=$(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1)
echo "== peers, $(date -u '+%Y-%m-%d %H:%M UTC'): ${cpu:-unknown CPU}, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "   commit $(git rev-parse --short HEAD), $("$venv/bin/python" --version), installed: ${installed[*]}"
echo "   each peer bounded to about $seconds s per text set; every tool runs over the same documents"

# ---------------------------------------------------------------- text sets
tbaq=$root/../shared/data/tbaq.json
[ -f "$tbaq" ] || tbaq=/work/shared/data/tbaq.json
sets=()
if [ -f "$tbaq" ]; then
    python3 - "$tbaq" "$tmp/tbaq.json" <<'PY'
import json, sys
docs = json.load(open(sys.argv[1], encoding="utf-8"))
json.dump([{"id": d["id"], "dct": d["dct"], "text": d["text"]} for d in docs], open(sys.argv[2], "w", encoding="utf-8"))
PY
    sets+=(tbaq)
else
    echo "   TBAQ: skipped ($tbaq not found)"
fi
gen=$root/.bench-corpus/n1000-seed$seed
if [ ! -f "$gen/.complete" ]; then
    rm -rf "$gen" "$gen.tmp"
    nice -n 10 python3 scripts/gen-corpus.py 1000 "$gen.tmp" --seed $seed 2>/dev/null
    mv "$gen.tmp" "$gen"; touch "$gen/.complete"
fi
# the article bodies (front matter removed), DCT from front matter or sidecar, in a shuffled but fixed order
python3 - "$gen" "$tmp/generated.json" <<'PY'
import json, pathlib, random, re, sys
root, out = pathlib.Path(sys.argv[1]), sys.argv[2]
docs = []
for folder in sorted(p for p in root.iterdir() if p.is_dir()):
    side = {}
    y = folder / "sources.yaml"
    if y.exists():
        name = None
        for line in y.read_text(encoding="utf-8").splitlines():
            if line and not line.startswith((" ", "#")): name = line.rstrip(":")
            elif name and line.strip().startswith("published:"): side[name] = line.split(":", 1)[1].strip()
    for f in sorted(folder.iterdir()):
        if f.suffix not in (".txt", ".md"): continue
        t = f.read_text(encoding="utf-8")
        dct = side.get(f.name)
        if t.startswith("---\n"):
            head, _, t = t[4:].partition("\n---\n")
            m = re.search(r"^published: (\S+)", head, re.M)
            dct = m.group(1) if m else dct
        docs.append({"id": f.stem, "dct": dct or "2024-01-01", "text": t})
random.Random(7).shuffle(docs)
json.dump(docs, open(out, "w", encoding="utf-8"))
PY
sets+=(generated)

# ours over a JSON of {id, dct, text}: prints the tagger line, MB/s in $tmp/ours
ours() {
    local json=$1 label=$2 mb reps
    mb=$(python3 -c "import json,sys; print(sum(len(d['text'].encode()) for d in json.load(open(sys.argv[1]))) / 1e6)" "$json")
    reps=$(awk -v m="$mb" 'BEGIN { r = int(20 / (m > 0 ? m : 0.01)); print (r < 1 ? 1 : (r > 2000 ? 2000 : r)) }')  # about 20 MB of text
    if "$BIN" bench-tagger --help 2>&1 | grep -q "tltui bench-tagger"; then
        local files=$tmp/files-$label
        mkdir -p "$files"
        python3 - "$json" "$files" <<'PY'
import json, pathlib, sys
for i, d in enumerate(json.load(open(sys.argv[1], encoding="utf-8"))):
    pathlib.Path(sys.argv[2], f"{i:05d}.txt").write_text(f"---\npublished: {d['dct'][:10]}\n---\n{d['text']}", encoding="utf-8")
PY
        if [ "$label" = tbaq ]; then
            taskset -c 0 "$BIN" bench-tagger --tbaq "$json" --repeat "$reps" >"$tmp/ours.out" 2>&1
        else
            taskset -c 0 "$BIN" bench-tagger --repeat "$reps" "$files" >"$tmp/ours.out" 2>&1
        fi
        grep -E '^tagger( cpu)?:' "$tmp/ours.out" | sed 's/^/   ours: /'
        sed -n 's/^tagger:.*= *\([0-9.][0-9.]*\) *MB\/s.*/\1/p' "$tmp/ours.out" | head -1 >"$tmp/ours"
        sed -n 's/^tagger cpu:.*= *\([0-9.][0-9.]*\) *MB\/s.*/\1/p' "$tmp/ours.out" | head -1 >"$tmp/ours.cpu"
    else
        python3 -c "import json,sys; d=json.load(open(sys.argv[1])); json.dump(d*int(sys.argv[3]), open(sys.argv[2],'w'))" "$json" "$tmp/batch.json" "$reps"
        local t0 t1
        t0=$(date +%s.%N)
        taskset -c 0 "$BIN" timex --batch "$tmp/batch.json" --output "$tmp/batch.out.json"
        t1=$(date +%s.%N)
        awk -v m="$mb" -v r="$reps" -v a="$t0" -v b="$t1" 'BEGIN { s = b - a
            printf "   ours: tltui timex --batch (JSON in and out included; bench-tagger not in this build), same documents x%d, %.2f MB in %.2f s = %.3f MB/s, one core\n", r, m * r, s, m * r / s
            printf "%.4f\n", m * r / s > "/dev/stderr" }' 2>"$tmp/ours"
    fi
}

for set in "${sets[@]}"; do
    echo
    echo "== text set: $set ($(python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(len(d), 'documents,', round(sum(len(x['text'].encode()) for x in d)/1e6, 2), 'MB')" "$tmp/$set.json"))"
    nice -n 10 "$venv/bin/python" scripts/bench-peers.py "$tmp/$set.json" "$seconds" --out "$tmp/$set-subset.json" | tee "$tmp/peers-$set.out" | grep --line-buffered -v '^peer-.*rates' | sed 's/^peer: /   /'
    : >"$tmp/ours.cpu"
    ours "$tmp/$set-subset.json" "$set"
    python3 - "$tmp/peers-$set.out" "$(cat "$tmp/ours")" "$(cat "$tmp/ours.cpu")" <<'PY'
import json, sys
rates, cpu_rates = {}, {}
for line in open(sys.argv[1]):
    if line.startswith("peer-rates: "): rates = json.loads(line[len("peer-rates: "):])
    if line.startswith("peer-cpu-rates: "): cpu_rates = json.loads(line[len("peer-cpu-rates: "):])
ours = float(sys.argv[2])
cpu = float(sys.argv[3]) if len(sys.argv) > 3 and sys.argv[3] else None
for name, r in rates.items():
    if not r:
        continue
    wall = ours / r
    line = f"   ratio ours / {name}: {wall:,.0f}x wall"
    if name == "dateparser":
        line += f" (target >= 100x: {'PASS' if wall >= 100 else 'MISS'})"
    c = cpu_rates.get(name)
    if cpu and c:
        line += f"; {cpu / c:,.0f}x CPU time (our thread CPU time / their process CPU time)"
        if name == "dateparser":
            line += f" (target >= 100x: {'PASS' if cpu / c >= 100 else 'MISS'})"
    print(line)
PY
done
