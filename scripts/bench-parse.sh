#!/usr/bin/env bash
# The syntax model (tagger + lemmatizer + parser), release build, one thread: tokens per second of tagging and
# parsing together on the words of EWT test (gold tokenization), model load time, resident memory. Each figure is
# printed with its target (issue 14) and PASS or MISS.
# usage: scripts/bench-parse.sh [--no-build] [CONLLU]
set -e
root=$(cd "$(dirname "$0")/.." && pwd)
build=1
if [ "$1" = "--no-build" ]; then build=0; shift; fi
. "$root/scripts/bench-common.sh"
IN="${1:-$root/../shared/data/ud/en_ewt-ud-test.conllu}"
[ -f "$IN" ] || IN=/work/shared/data/ud/en_ewt-ud-test.conllu
"$BIN" bench-parse --conllu "$IN" --repeat 5 >"$tmp/out"
cat "$tmp/out"
awk '
/^load:/      { v=$2;  printf "load time   %8.1f ms        target <= 100 ms       %s\n", v, (v <= 100 ? "PASS" : "MISS") }
/^model rss:/ { v=$3;  printf "model RSS   %8.1f MB        target <= 150 MB       %s\n", v, (v <= 150 ? "PASS" : "MISS") }
/^peak rss:/  { v=$3;  printf "peak RSS    %8.1f MB        (whole process, for information)\n", v }
/^speed:/     { v=$2;  printf "speed       %8.0f tokens/s  target >= 300000       %s\n", v, (v >= 300000 ? "PASS" : "MISS") }
' "$tmp/out"
