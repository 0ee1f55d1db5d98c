#!/usr/bin/env bash
# The performance benchmark of issue 7 (tagger, pipeline, interface model, launch), release build; issue 19's
# figures are in scripts/bench.sh. Prints the machine, then:
#  (a) temporal tagging throughput on the TBAQ texts (../shared/data/tbaq.json) and on a generated corpus;
#  (b) the whole pipeline, load to chronology (`tltui list DIR`), at each corpus size: wall time, peak memory,
#      events, articles, MB, and the growth from one size to the next against the size factor;
#      with the corpus cache (when this build has one): a cold run and a warm re-open at 10,000;
#  (c) the interface's pure screen model with 100,000 events (`tltui bench-render`);
#  (d) launch to the first drawn frame on 10,000 articles, in a detached 200x60 tmux session.
# Every figure is printed next to its target with PASS or MISS, and the targets again in a summary.
# Generated corpora are kept in .bench-corpus/ (git-ignored), one folder per size and seed.
#
# Usage: scripts/bench-issue7.sh [--sizes 100,1000,10000,100000] [--quick] [--seed S] [--timeout S] [--no-build]
#   --quick: sizes 100,1000,10000, fewer repetitions (a few minutes instead of ten or more).
#   --timeout: stop a pipeline run after S seconds (default 1800) and report it as stopped.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sizes=100,1000,10000,100000
quick=0
seed=1
build=1
limit=1800
while [ $# -gt 0 ]; do
    case "$1" in
        --sizes) sizes=$2; shift 2 ;;
        --sizes=*) sizes=${1#*=}; shift ;;
        --quick) quick=1; sizes=100,1000,10000; shift ;;
        --seed) seed=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --timeout) limit=$2; shift 2 ;;
        -h|--help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
. scripts/bench-common.sh

# ---------------------------------------------------------------- machine
bench_header "tltui benchmark"

corpus() {  # corpus N -> prints the folder, generating it once
    local n=$1 dir=$root/.bench-corpus/n$1-seed$seed
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir" "$dir.tmp"
        local t0=$(date +%s.%N)
        nice -n 10 python3 "$root/scripts/gen-corpus.py" "$n" "$dir.tmp" --seed "$seed" 2>"$tmp/gen.log"
        mv "$dir.tmp" "$dir"
        touch "$dir/.complete"
        echo "  (generated $(cat "$tmp/gen.log") in $(awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }') s)" >&2
    fi
    echo "$dir"
}
mbytes() { find "$1" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | du -cb --files0-from=- | tail -1 | awk '{ printf "%.1f", $1 / 1e6 }'; }
articles() { find "$1" -type f \( -name '*.txt' -o -name '*.md' \) | wc -l; }


# ---------------------------------------------------------------- (a) tagger
echo "== (a) temporal tagging throughput (one process, release)"
tbaq=$root/../shared/data/tbaq.json
[ -f "$tbaq" ] || tbaq=/work/shared/data/tbaq.json
small=$(corpus 1000)
repeat=$([ $quick = 1 ] && echo 3 || echo 10)
tagger_line() {  # tagger_line LABEL ARGS... : runs the tagger bench, prints its line, MB/s to $tmp/mbs
    local label=$1; shift
    : >"$tmp/mbs.cpu"
    if "$BIN" bench-tagger --help 2>&1 | grep -q "tltui bench-tagger"; then
        nice -n 10 "$BIN" bench-tagger "$@" >"$tmp/tag.out" 2>"$tmp/tag.err" || { cat "$tmp/tag.err"; return 1; }
        grep -m1 '^tagger:' "$tmp/tag.out" | tee "$tmp/tag.line"
        sed -n 's/.*= *\([0-9.][0-9.]*\) *MB\/s.*/\1/p' "$tmp/tag.line" | head -1 >"$tmp/mbs"
        # thread CPU time, when reported: what the one core does when it is not shared
        grep -m1 '^tagger cpu:' "$tmp/tag.out" >"$tmp/tag.cpu" || true
        [ -s "$tmp/tag.cpu" ] && cat "$tmp/tag.cpu"
        sed -n 's/.*= *\([0-9.][0-9.]*\) *MB\/s.*/\1/p' "$tmp/tag.cpu" | head -1 >"$tmp/mbs.cpu"
    else
        # Until `tltui bench-tagger` exists: `tltui timex --batch` over the same texts (JSON in and out included).
        python3 - "$tmp/batch.json" "$@" >"$tmp/batch.meta" <<'PY'
import json, os, pathlib, re, sys
out, args = sys.argv[1], sys.argv[2:]
docs, repeat, tbaq, paths, i = [], 1, None, [], 0
while i < len(args):
    if args[i] == "--tbaq": tbaq = args[i + 1]; i += 2
    elif args[i] == "--repeat": repeat = int(args[i + 1]); i += 2
    else: paths.append(args[i]); i += 1
if tbaq:
    for d in json.load(open(tbaq)): docs.append({"id": d["id"], "dct": d["dct"], "text": d["text"]})
for p in paths:
    for f in sorted(pathlib.Path(p).rglob("*")):
        if f.suffix in (".txt", ".md"):
            t = f.read_text(encoding="utf-8")
            m = re.search(r"^published: (\d{4}-\d\d-\d\d)", t, re.M)
            docs.append({"id": f.stem, "dct": m.group(1) if m else "2024-01-01", "text": t})
json.dump(docs * repeat, open(out, "w"))
print(sum(len(d["text"].encode()) for d in docs) * repeat, len(docs) * repeat)
PY
        local bytes ndocs
        read -r bytes ndocs <"$tmp/batch.meta"
        local t0 t1
        t0=$(date +%s.%N)
        nice -n 10 "$BIN" timex --batch "$tmp/batch.json" --output "$tmp/batch.out.json"
        t1=$(date +%s.%N)
        awk -v b="$bytes" -v n="$ndocs" -v a="$t0" -v c="$t1" -v l="$label" 'BEGIN {
            s = c - a; printf "tagger: %s, %d documents, %.2f MB in %.2f s = %.2f MB/s (fallback: tltui timex --batch, JSON in and out included)\n", l, n, b / 1e6, s, b / 1e6 / s }' | tee "$tmp/tag.line"
        sed -n 's/.*= *\([0-9.][0-9.]*\) *MB\/s.*/\1/p' "$tmp/tag.line" | head -1 >"$tmp/mbs"
    fi
}
if [ -f "$tbaq" ]; then
    tagger_line "TBAQ x$repeat" --tbaq "$tbaq" --repeat "$repeat"
    echo -n "   TBAQ (wall, median pass): "; verdict "tagger MB/s, TBAQ (one core, wall)" "$(cat "$tmp/mbs")" "MB/s" ">=" 15
    [ -s "$tmp/mbs.cpu" ] && { echo -n "   TBAQ (thread CPU time): "; verdict "tagger MB/s, TBAQ (one core, CPU time)" "$(cat "$tmp/mbs.cpu")" "MB/s" ">=" 15; }
else
    echo "   TBAQ: skipped ($tbaq not found)"
fi
tagger_line "generated corpus, 1,000 articles x$(( repeat / 2 > 0 ? repeat / 2 : 1 ))" --repeat $(( repeat / 2 > 0 ? repeat / 2 : 1 )) "$small"
echo -n "   generated (wall, median pass): "; verdict "tagger MB/s, generated (one core, wall)" "$(cat "$tmp/mbs")" "MB/s" ">=" 15
[ -s "$tmp/mbs.cpu" ] && { echo -n "   generated (thread CPU time): "; verdict "tagger MB/s, generated (one core, CPU time)" "$(cat "$tmp/mbs.cpu")" "MB/s" ">=" 15; }
echo

# ---------------------------------------------------------------- (b) pipeline
echo "== (b) whole pipeline, load to chronology: tltui list DIR (release, all cores)"
nocache=""
cache=0
if "$BIN" list --help 2>&1 | grep -q -- '--no-cache'; then nocache=--no-cache; cache=1; fi
if [ $cache = 1 ]; then echo "   (this build has a corpus cache: runs below use --no-cache; cold and warm runs follow)"; else echo "   (this build has no corpus cache)"; fi
# run_list DIR [FLAGS...]: sets wall, cpu (user + sys s), rss_mb, events, warnings
run_list() {
    local dir=$1; shift
    stopped=""
    /usr/bin/time -f "%e %M %U %S" -o "$tmp/time" timeout "$limit" "$BIN" list "$dir" "$@" >"$tmp/list.out" 2>"$tmp/list.err" || {
        [ $? = 124 ] && stopped=" [stopped by --timeout $limit s: the time is a lower bound, events incomplete]"; true; }
    read -r wall rss_kb user sys < <(tail -1 "$tmp/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
    rss_mb=$(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }')
    events=$(( $(wc -l <"$tmp/list.out") - 1 ))
    warnings=$(grep -c . "$tmp/list.err" || true)
}
prev_n=""; prev_t=""
printf '   %8s %8s %8s %9s %9s %9s %9s  %s\n' articles MB events "wall s" "cpu s" "peak MB" "art/s" "growth (time x / size x)"
IFS=, read -ra size_list <<<"$sizes"
for n in "${size_list[@]}"; do
    dir=$(corpus "$n")
    run_list "$dir" $nocache
    mb=$(mbytes "$dir")
    growth=""
    if [ -n "$prev_n" ]; then
        growth=$(awk -v t="$wall" -v pt="$prev_t" -v n="$n" -v pn="$prev_n" 'BEGIN {
            tf = t / (pt > 0.01 ? pt : 0.01); sf = n / pn; printf "x%.1f / x%.0f (exponent %.2f)", tf, sf, log(tf) / log(sf) }')
    fi
    printf '   %8d %8s %8d %9s %9s %9s %9.0f  %s%s\n' "$(articles "$dir")" "$mb" "$events" "$wall" "$cpu" "$rss_mb" \
        "$(awk -v n="$n" -v t="$wall" 'BEGIN { print n / (t > 0 ? t : 0.001) }')" "$growth" \
        "$([ "$warnings" -gt 0 ] && echo "  [$warnings lines on stderr]")$stopped"
    case $n in
        10000) echo -n "      10,000 articles: "; verdict "pipeline 10,000 articles (wall)" "$wall" "s" "<=" 3 ;;
        100000) echo -n "      100,000 articles: "; verdict "pipeline 100,000 articles (wall)" "$wall" "s" "<=" 30
                echo -n "      100,000 articles peak memory: "; verdict "pipeline 100,000 articles (peak RSS)" "$rss_mb" "MB" "<=" 2048 ;;
    esac
    if [ -n "$prev_n" ] && awk -v pt="$prev_t" 'BEGIN { exit !(pt >= 0.5) }'; then
        exponent=$(awk -v t="$wall" -v pt="$prev_t" -v n="$n" -v pn="$prev_n" 'BEGIN { printf "%.2f", log(t / pt) / log(n / pn) }')
        echo -n "      growth $prev_n -> $n, exponent (1 = linear): "; verdict "growth exponent $prev_n -> $n" "$exponent" "" "<=" 1.15
    fi
    prev_n=$n; prev_t=$wall
done
if [ $cache = 1 ]; then
    dir=$(corpus 10000)
    export TLTUI_CACHE_DIR=$tmp/cache XDG_CACHE_HOME=$tmp/xdg   # a fresh cache, so the first run is cold
    run_list "$dir"
    echo "   cache, 10,000 articles: cold (empty cache) $wall s ($cpu s CPU), peak $rss_mb MB, $events events"
    run_list "$dir"
    echo -n "   cache, 10,000 articles: warm re-open $wall s ($cpu s CPU), peak $rss_mb MB, $events events; "
    verdict "re-open 10,000 unchanged (warm cache)" "$wall" "s" "<=" 0.5
    unset TLTUI_CACHE_DIR XDG_CACHE_HOME
else
    echo "   cache, cold and warm re-open at 10,000: skipped (no --no-cache flag in this build: no cache)"
    summary+=("$(printf '%-44s %12s %-5s target <= 0.5 s     %s' "re-open 10,000 unchanged (warm cache)" "-" "" "MISS (no cache in this build)")")
fi
echo

# ---------------------------------------------------------------- (c) interface model
echo "== (c) interface model (AppState/reduce/render), 100,000 events, 200x60"
"$BIN" bench-render --events 100000 --width 200 --height 60 --frames $([ $quick = 1 ] && echo 50 || echo 200) >"$tmp/render.out"
sed 's/^/   /' "$tmp/render.out"
ms() { sed -n "s/^$1: \([0-9.]*\) ms median.*/\1/p" "$tmp/render.out" | head -1; }
echo -n "   frame: "; verdict "render a 200x60 frame, 100k events" "$(ms frame)" "ms" "<=" 2
echo -n "   page: "; verdict "scroll a page + frame, 100k events" "$(ms page)" "ms" "<=" 2
echo -n "   city filter: "; verdict "city filter + frame, 100k events" "$(ms city-filter)" "ms" "<=" 20
echo -n "   search: "; verdict "search (hit) + frame, 100k events" "$(ms search)" "ms" "<=" 20
echo -n "   search, no match: "; verdict "search (no match) + frame, 100k events" "$(ms search-miss)" "ms" "<=" 20
echo

# ---------------------------------------------------------------- (d) launch
echo "== (d) launch to first drawn frame, 10,000 articles (tmux, 200x60)"
if command -v tmux >/dev/null; then
    dir=$(corpus 10000)
    launch() {  # launch LABEL: times `tltui DIR` until the timeline shows a dated row
        local s=tltui-bench-$$ t0 t1 found=0
        tmux kill-session -t "$s" 2>/dev/null || true
        t0=$(date +%s%N)
        tmux new-session -d -s "$s" -x 200 -y 60 "env TERM=xterm-256color LANG=C.UTF-8 '$BIN' '$dir' $nocache_launch; sleep 5"
        while [ $(( ($(date +%s%N) - t0) / 1000000 )) -lt 600000 ]; do
            if tmux capture-pane -p -t "$s" 2>/dev/null | grep -qE 'Timeline [^0-9]*[1-9][0-9,]* event'; then
                t1=$(date +%s%N); found=1; break
            fi
            sleep 0.005
        done
        tmux send-keys -t "$s" q 2>/dev/null || true
        sleep 0.2
        tmux kill-session -t "$s" 2>/dev/null || true
        if [ $found = 1 ]; then
            launch_s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.2f", (b - a) / 1e9 }')
        else
            launch_s=999
        fi
    }
    if [ $cache = 1 ]; then
        export TLTUI_CACHE_DIR=$tmp/cache-launch XDG_CACHE_HOME=$tmp/xdg-launch
        nocache_launch=""
        launch; echo -n "   cold (empty cache): $launch_s s; "; verdict "launch to first frame, 10,000 (cold)" "$launch_s" "s" "<=" 3
        launch; echo -n "   warm (cache filled): $launch_s s; "; verdict "launch to first frame, 10,000 (warm)" "$launch_s" "s" "<=" 3
        unset TLTUI_CACHE_DIR XDG_CACHE_HOME
    else
        nocache_launch=""
        launch; echo -n "   $launch_s s; "; verdict "launch to first frame, 10,000 articles" "$launch_s" "s" "<=" 3
    fi
else
    echo "   skipped: tmux not installed"
fi
echo

echo "== summary (commit $commit, $(nproc) cores, $(date -u '+%Y-%m-%d'))"
printf '   %s\n' "${summary[@]}"
