#!/bin/bash
# Two outlets, one happening, two wordings: each line of scripts/paraphrase-pairs.txt ("line A|line B") becomes two
# one-line articles published the same day, and the script prints whether `tltui list` makes them one event.
# The figure it ends with ("merged N of M") measures the merge on everyday newsroom paraphrase that no story corpus
# was written for. Each pair is one happening; a rule that joins a pair must still keep other happenings apart
# (the story scorer's merge precision says whether it does).
# With --apart the pairs are two happenings that share words (scripts/distinct-pairs.txt) and the figure counts the
# pairs kept apart ("apart N of M"): the same battery measuring precision.
# usage: scripts/pair-battery.sh [--apart] [TLTUI_BINARY] [PAIRS_FILE]
set -u
APART=0
if [ "${1:-}" = "--apart" ]; then APART=1; shift; fi
BIN=${1:-.build/debug/tltui}
if [ $APART = 1 ]; then DEFAULT=distinct-pairs.txt; else DEFAULT=paraphrase-pairs.txt; fi
PAIRS=${2:-$(dirname "$0")/$DEFAULT}
n=0; ok=0
while IFS='|' read -r a b; do
  [ -z "$a" ] && continue
  case "$a" in \#*) continue;; esac
  n=$((n + 1))
  D=$(mktemp -d)
  printf -- "---\ntitle: A\nsource: Outlet A\npublished: 2026-12-07\n---\nA report.\n\n%s\n" "$a" > "$D/a.md"
  printf -- "---\ntitle: B\nsource: Outlet B\npublished: 2026-12-07\n---\nA report.\n\n%s\n" "$b" > "$D/b.md"
  if "$BIN" list --no-cache "$D" 2>/dev/null | grep -q "Outlet A, Outlet B\|Outlet B, Outlet A"; then
    ok=$((ok + 1)); echo "one event   $a | $b"
  else
    echo "two events  $a | $b"
  fi
  rm -rf "$D"
done < "$PAIRS"
if [ $APART = 1 ]; then echo "apart $((n - ok)) of $n"; else echo "merged $ok of $n"; fi
