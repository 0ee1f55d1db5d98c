#!/usr/bin/env bash
# The chronology on the development sets in ../shared/eval, every figure in one run:
#   MEANTIME Apple (30 Wikinews articles, 51 gold dated mentions), scored by ../shared/eval/score.py:
#     events found, date accuracy, place recall, cross-document and all-pairs merge P/R, conflicts;
#   TBAQ (TempEval-3 TimeBank + AQUAINT, 256 newswire documents of 1989-2000): gold dated mentions
#     derived from its event-to-date links by scripts/gen-tbaq-gold.py, scored by the same score.py
#     (events found and date accuracy; the set has no places or clusters);
#   SemEval-2015 TimeLine, Apple trial corpus, scored by ../shared/eval/timeline2015/run.sh
#     (the official scorer, Python 2.7 through pyenv): Track A and ordering-only P/R/F1.
# Usage: scripts/eval-chronology.sh [--tool PATH] [--out DIR] [--no-build] [--misses]
#   --tool PATH  tltui binary (default .build/release/tltui, built first unless --no-build)
#   --out DIR    keep the exports and reports there (default: a temporary folder, removed)
#   --misses     also print the MEANTIME and TBAQ scorers' lists of wrong or missing dates
# Needs python3 with PyYAML, and Python 2.7.18 under pyenv for the TimeLine scorer (skipped, with a
# note, when missing). The data is read from ../shared/eval and never copied into the repository.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
tool=.build/release/tltui
out=""
build=1
misses=0
while [ $# -gt 0 ]; do
  case "$1" in
    --tool) tool="$2"; build=0; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --misses) misses=1; shift ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "eval-chronology.sh: unknown argument '$1' (see --help)" >&2; exit 2 ;;
  esac
done
eval_dir=../shared/eval
[ -d "$eval_dir" ] || { echo "eval-chronology.sh: $eval_dir not found (run from a checkout beside shared/)" >&2; exit 2; }
if [ "$build" = 1 ]; then swift build -c release --product tltui >/dev/null; fi
[ -x "$tool" ] || { echo "eval-chronology.sh: no tltui at $tool" >&2; exit 2; }
tool="$(cd "$(dirname "$tool")" && pwd)/$(basename "$tool")"
if [ -n "$out" ]; then mkdir -p "$out"; else out=$(mktemp -d); trap 'rm -rf "$out"' EXIT; fi
out="$(cd "$out" && pwd)"
echo "tltui: $tool ($(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ', uncommitted changes'))"

# One set's figures from score.py's JSON: found and dates always; places, merges and conflicts when the gold has them.
# Usage: report TITLE SCORES.json EXPORT.json all|dates
report() {
  python3 - "$@" <<'PY'
import json, sys
title, scores, export, scope = sys.argv[1:5]
s = json.load(open(scores))
e = json.load(open(export))
mentions = sum(len(ev["mentions"]) for ev in e["events"])
pct = lambda x: "n/a" if x is None else f"{100 * x:5.1f}%"
def merge(m):
    return f"P {pct(m['precision'])}  R {pct(m['recall'])}  F1 {pct(m['f1'])}  (tp {m['tp']}, fp {m['fp']}, fn {m['fn']})"
print(title)
print(f"  export                 {len(e['events'])} events, {mentions} mentions")
print(f"  gold events found      {s['matched']}/{s['mentions']}  ({pct(s['matched'] / s['mentions'])})")
print(f"  date accuracy          {pct(s['date_accuracy'])}  (day-level {pct(s['date_accuracy_day'])}, "
      f"spans/coarse {pct(s['date_accuracy_span'])}, on matched {pct(s['date_accuracy_matched'])})")
if scope == "all":
    print(f"  place recall           {pct(s['place_recall'])}  (on matched {pct(s['place_recall_matched'])})")
    print(f"  merge cross-document   {merge(s['merge_cross_document'])}")
    print(f"  merge all pairs        {merge(s['merge_all_pairs'])}")
    print(f"  conflicts flagged      {s['conflicts_flagged']}, false alarms {s['conflict_false_alarms']}")
PY
}

# Export a set's articles, score them against its gold, print the figures (and the misses with --misses).
# Usage: score_set KEY TITLE ARTICLES GOLD all|dates
score_set() {
  local key="$1" title="$2" articles="$3" gold="$4" scope="$5"
  "$tool" export --format json --no-cache "$articles" -o "$out/$key.export.json" 2>"$out/$key.export.log"
  python3 "$eval_dir/score.py" "$out/$key.export.json" --gold "$gold" --json >"$out/$key.scores.json"
  report "$title" "$out/$key.scores.json" "$out/$key.export.json" "$scope"
  if [ "$misses" = 1 ]; then
    python3 "$eval_dir/score.py" "$out/$key.export.json" --gold "$gold" | sed -n '/^wrong or missing/,$p'
  fi
}

# --- MEANTIME Apple -------------------------------------------------------------------------
score_set meantime "MEANTIME Apple (../shared/eval/meantime-apple, score.py)" "$eval_dir/meantime-apple/articles" \
  "$eval_dir/meantime-apple/gold.yaml" all

# --- TBAQ dated events ------------------------------------------------------------------------
tbaq_data=../shared/data/tbaq
if [ -d "$tbaq_data" ]; then
  python3 scripts/gen-tbaq-gold.py "$out/tbaq" --tbaq "$tbaq_data" >"$out/tbaq.gold.log"
  score_set tbaq "TBAQ dated events (../shared/data/tbaq via scripts/gen-tbaq-gold.py, score.py)" "$out/tbaq/articles" \
    "$out/tbaq/gold.yaml" dates
else
  echo "TBAQ dated events: skipped ($tbaq_data not found)"
fi

# --- SemEval-2015 TimeLine ------------------------------------------------------------------
echo "SemEval-2015 TimeLine, Apple trial corpus (../shared/eval/timeline2015/run.sh, official scorer)"
rc=0
PYENV_VERSION="${PYENV_VERSION:-2.7.18}" "$eval_dir/timeline2015/run.sh" --tool "$tool" --out "$out/timeline" \
  >"$out/timeline.log" 2>&1 || rc=$?
if [ "$rc" -eq 3 ]; then
  echo "  not scored: the export's mentions have no trigger (run.sh exit 3); Track A F1 0.00"
elif [ "$rc" -ne 0 ]; then
  echo "  run.sh failed (exit $rc):"; sed 's/^/    /' "$out/timeline.log"
else
  python3 - "$out/timeline/scores.json" "$out/timeline/apple.convert.json" <<'PY'
import json, sys
s = json.load(open(sys.argv[1]))
c = json.load(open(sys.argv[2]))
print(f"  converted              {c['events']} events, {c['mentions']} mentions "
      f"({c['mentions_untriggered']} without trigger, {c['mentions_unplaced']} on no token, "
      f"{c['undated_events']} undated events)")
per = ", ".join(f"{k} {v['ranked']}" for k, v in c["per_entity"].items())
print(f"  ranked events          {per}")
for key, name in (("trackA", "Track A (anchors+order)"), ("subtrackA_ord", "ordering only")):
    m = s[key]
    note = f"  [{m['note']}]" if m.get("note") else ""
    print(f"  {name:<22} P {m['P']:5.2f}  R {m['R']:5.2f}  F1 {m['F1']:5.2f}{note}")
PY
fi
