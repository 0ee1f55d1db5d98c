#!/bin/bash
# Two outlets, one happening, two wordings: each line of scripts/paraphrase-pairs.txt ("line A|line B") becomes two
# one-line articles published the same day, and the script prints whether `tltui list` makes them one event.
# The figure it ends with ("merged N of M") measures the merge on everyday newsroom paraphrase that no story corpus
# was written for. Each pair is one happening; a rule that joins a pair must still keep other happenings apart
# (the story scorer's merge precision says whether it does).
# usage: scripts/pair-battery.sh [TLTUI_BINARY] [PAIRS_FILE]
set -u
BIN=${1:-.build/debug/tltui}
PAIRS=${2:-$(dirname "$0")/paraphrase-pairs.txt}
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
echo "merged $ok of $n"
