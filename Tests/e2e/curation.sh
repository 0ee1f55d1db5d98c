#!/usr/bin/env bash
# End-to-end test of curation in the real browser, in tmux, on a copy of the sample corpus in a temporary
# folder (never seeds/ itself): star, note, set a date, rename, hide, mark and merge, undo and redo, split,
# set the modality; quit, open again and find everything as left; list and export show it; a broken curation
# file is an error naming its line and is never written over.
set -uo pipefail
E2E_NAME=curation
. "$(dirname "$0")/tmux-setup.sh"
tmp="$(mktemp -d)"
trap '$T kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
mkdir -p "$tmp/corpus" "$tmp/cache" && cp seeds/* "$tmp/corpus/"
export TLTUI_CACHE_DIR="$tmp/cache"
FILE="$tmp/corpus/tltui-curation.yaml"
fails=0
ok()   { echo "ok   $1"; }
fail() { echo "FAIL $1"; fails=$((fails + 1)); }
screen() { $T capture-pane -p -t "$S" 2>/dev/null; }
# Polls the screen until it contains $1 (fixed string), up to ~10 s.
wait_for() { for _ in $(seq 100); do screen | grep -qF -- "$1" && return 0; sleep 0.1; done; return 1; }
check() { if wait_for "$2"; then ok "$1"; else fail "$1 (no \"$2\")"; screen | sed 's/^/     | /'; fi; }
keys() { $T send-keys -t "$S" "$@"; }
text() { $T send-keys -t "$S" -l "$1"; }
n=0
start() {
    n=$((n + 1)); S="e2e$n"
    $T new-session -d -s "$S" -x 160 -y 45 \
        "env LANG=C.UTF-8 LC_ALL=C.UTF-8 TERM=xterm-256color TLTUI_CACHE_DIR='$tmp/cache' '$BIN' --author e2e '$tmp/corpus' 2>'$tmp/stderr.$n'; echo PROMPT-BACK; sleep 60"
}
# The corpus streams in after the first frame: waits until the status line shows no progress (loaded).
loaded() {
    for _ in $(seq 300); do
        screen | tail -1 | grep -q "? help" && ! screen | tail -1 | grep -qE "(reading|analysing|merging|indexing) " && return 0
        sleep 0.1
    done
    return 1
}
events_shown() { screen | sed -n 's/.*Timeline — \([0-9]*\) events.*/\1/p' | head -1; }

start
check "browser open" " Timeline — "
loaded || fail "the corpus did not finish loading"
total="$(events_shown)"
[ -n "$total" ] && ok "first screen: $total events" || fail "no event count on the first screen"

# The first event: star, note, date, rename.
keys g; text '*'; check "* stars" "star: saved"
text a; check "a opens the note prompt" "note: "
text "checked with IAEA"; keys Enter; check "note saved" "note “checked with IAEA”: saved"
text @; check "@ opens the date prompt" "set date"
text "26 April 1986"; keys Enter; check "date saved" "date “26 April 1986”: saved"
check "the derivation says who set it" "set by e2e on"
text r; check "r opens the summary prompt" "summary: "
keys -N 200 BSpace; text "Chernobyl reactor 4 explodes"; keys Enter
check "rename saved" "rename to “Chernobyl reactor 4 explodes”: saved"
# The second: hidden; the next: marked and merged into the one after it; undo, redo; split; modality.
keys j; text H; check "H hides" "hide: saved"
check "one event fewer" "Timeline — $((total - 1)) events"
text m; check "m marks" "marked for merge"
keys j; text J; check "J merges" "merge: saved"
check "two events fewer" "Timeline — $((total - 2)) events"
text u; check "u undoes the merge" "undone: merge"
check "undo brings the event back" "Timeline — $((total - 1)) events"
keys C-r; check "Ctrl-R redoes it" "redone: merge"
text S; check "S splits a mention off" "split: saved"
text =; text claimed; keys Enter; check "= sets the modality" "modality claimed: saved"
text q; check "q quits" "PROMPT-BACK"
entries="$(grep -c '^- id: ' "$FILE" 2>/dev/null || echo 0)"
[ "$entries" = 8 ] && ok "8 entries in the file (undone merge removed, redone merge back)" || fail "entries in the file: $entries, want 8"
grep -q '^  author: e2e$' "$FILE" && ok "entries carry the author" || fail "no author e2e in the file"

# Open again: everything as left.
start
loaded || fail "the corpus did not finish loading"
check "re-opened" "Timeline — $((total - 1)) events"
check "renamed summary" "Chernobyl reactor 4 explodes"
check "star in the detail pane" "★ starred"
check "note in the detail pane" "e2e, "
check "note text" "checked with IAEA"
check "curated date" "set by e2e on"
if screen | grep -q "orphaned"; then fail "orphans reported on re-opening"; else ok "no orphans"; fi
text C; check "C: starred filter" "curation: starred"
check "one starred event" "Timeline — 1 events"
text C; check "C: noted filter" "curation: noted"
text C; check "C: curated filter" "curation: curated"
text C; check "C: hidden filter" "curation: hidden"
check "the hidden event shows there" "The Black Sea peninsula"
text C; text u; check "undo is per session" "nothing to undo"
text q; check "q quits again" "PROMPT-BACK"
if [ -s "$tmp/stderr.2" ]; then fail "standard error on re-opening: $(cat "$tmp/stderr.2")"; else ok "nothing on standard error"; fi

# list and export apply it.
list="$("$BIN" list "$tmp/corpus" 2>/dev/null)"
echo "$list" | grep -q "★✎" && ok "list: star and note marks" || fail "list: no ★✎ mark"
echo "$list" | grep -q "✎ e2e, .*checked with IAEA" && ok "list: the note under its event" || fail "list: no note line"
[ "$(echo "$list" | grep -c 'The Black Sea peninsula')" = 0 ] && ok "list: hidden event left out" || fail "list: hidden event listed"
starred="$("$BIN" list --starred "$tmp/corpus" 2>/dev/null | tail -n +2 | grep -vc '^ *✎')"
[ "$starred" = 1 ] && ok "list --starred: one event" || fail "list --starred: $starred events"
"$BIN" list --hidden "$tmp/corpus" 2>/dev/null | grep -q 'The Black Sea peninsula' && ok "list --hidden shows it" || fail "list --hidden"
"$BIN" export --format json "$tmp/corpus" >"$tmp/out.json" 2>/dev/null
if command -v python3 >/dev/null; then
    python3 - "$tmp/out.json" <<'PY' && ok "export json: star, note, date, rename" || fail "export json"
import json, sys
j = json.load(open(sys.argv[1]))
e = [e for e in j["events"] if e["curation"]["starred"]]
assert len(e) == 1, len(e)
e = e[0]
assert e["summary"] == "Chernobyl reactor 4 explodes", e["summary"]
assert [n["text"] for n in e["curation"]["notes"]] == ["checked with IAEA"], e["curation"]
assert e["date"]["start"] == "1986-04-26" and e["date"]["derivation"].startswith("set by e2e on"), e["date"]
assert any(x["modality"] == "claimed" and x["curation"]["changes"] for x in j["events"])
PY
fi
"$BIN" export --format csv "$tmp/corpus" 2>/dev/null | grep -q "checked with IAEA" && ok "export csv carries the note" || fail "export csv"
"$BIN" export --format markdown "$tmp/corpus" 2>/dev/null | grep -q "★ \*\*Chernobyl reactor 4 explodes" && ok "export markdown stars it" || fail "export markdown"

# A broken file: an error naming the line, the file untouched, the browser read-only.
cp "$FILE" "$tmp/before.yaml"
printf -- '- id: broken\n  op: [\n' >>"$FILE"
cp "$FILE" "$tmp/broken.yaml"
"$BIN" list "$tmp/corpus" >/dev/null 2>"$tmp/err"; rc=$?
[ $rc = 2 ] && ok "list: broken file exits 2" || fail "list: broken file exits $rc"
grep -qE "tltui-curation.yaml:[0-9]+: " "$tmp/err" && ok "the error names the line" || fail "error: $(cat "$tmp/err")"
start
loaded || fail "the corpus did not finish loading"
check "browser: curation off, said" "curation file unreadable"
text '*'; check "browser: * refused" "curation is off"
text q; check "q quits the third time" "PROMPT-BACK"
cmp -s "$FILE" "$tmp/broken.yaml" && ok "broken file untouched" || fail "broken file was changed"
[ -z "$(git status --porcelain seeds)" ] && ok "seeds/ untouched" || fail "seeds/ changed"

if [ "$fails" -gt 0 ]; then echo "curation.sh: $fails failure(s)"; exit 1; fi
echo "curation.sh: all checks passed"
