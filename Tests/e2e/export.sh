#!/usr/bin/env bash
# End-to-end checks of the export commands on the sample corpus, with real parsers:
# Python's icalendar for ICS, csv for CSV, json for JSON and TimelineJS; and the exit statuses.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=.build/debug/tltui
[ -x "$BIN" ] || { echo "build first: $BIN missing" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# Exit statuses: 2 for usage errors and missing paths.
set +e
"$BIN" list /no/such/path >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "missing path exits $rc, want 2"
"$BIN" export --format xml seeds >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "bad format exits $rc, want 2"
"$BIN" list --from 2022-02-30 seeds >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "bad date exits $rc, want 2"
"$BIN" list --modality sometimes seeds >/dev/null 2>&1; rc=$?
[ $rc -eq 2 ] || fail "bad modality exits $rc, want 2"
set -e

export TLTUI_CACHE_DIR="$tmp/cache"
ROOT="$(pwd)"
expect_status() {  # $1 = wanted status, $2 = stderr pattern (grep -E), rest = command; stderr kept in $tmp/last.err
    local want=$1 pattern=$2; shift 2
    set +e; "$@" >"$tmp/last.out" 2>"$tmp/last.err"; local rc=$?; set -e
    [ $rc -eq "$want" ] || fail "$* exits $rc, want $want: $(cat "$tmp/last.err")"
    [ -z "$pattern" ] || grep -Eq -- "$pattern" "$tmp/last.err" || fail "$*: stderr lacks /$pattern/: $(cat "$tmp/last.err")"
}

# Item 1: no PATH never means the sample for list/export/cities/sources. An empty folder: a usage error naming it.
mkdir -p "$tmp/empty" "$tmp/story"
cp seeds/* "$tmp/story/"
for cmd in list "export --format csv" cities sources; do
    (cd "$tmp/empty" && expect_status 2 "^Error: no PATH given and no articles" "$ROOT/$BIN" $cmd)
    [ -s "$tmp/last.out" ] && fail "$cmd with no PATH in an empty folder wrote data"
    # A folder of articles: read, and said on standard error.
    (cd "$tmp/story" && expect_status 0 "^note: no PATH given: reading the current directory .*story" "$ROOT/$BIN" $cmd)
done
(cd "$tmp/story" && "$ROOT/$BIN" export --format csv >"$tmp/here.csv" 2>/dev/null)
"$BIN" export --format csv "$tmp/story" >"$tmp/there.csv" 2>/dev/null
cmp -s "$tmp/here.csv" "$tmp/there.csv" || fail "export with no PATH inside a folder differs from export FOLDER"
# Given a PATH, nothing is said about the choice.
expect_status 0 "" "$BIN" list seeds
grep -q "no PATH given" "$tmp/last.err" && fail "a note about the corpus although PATH was given"

# Item 10: empty results are said; unknown names are usage errors with suggestions.
expect_status 0 "^note: no articles \(\.txt, \.md\) found in" "$BIN" list "$tmp/empty"
expect_status 0 "^note: no events match --from 1900-01-01 --to 1900-01-02" "$BIN" list --from 1900-01-01 --to 1900-01-02 seeds
expect_status 2 "^Error: no city 'Xqzzyville'" "$BIN" list --city Xqzzyville seeds
expect_status 2 "^Error: no city 'Xqzzyville'" "$BIN" export --format json --city Xqzzyville seeds
expect_status 2 "^Error: no source 'City AM'; did you mean City A\.M\.\?" "$BIN" list --source "City AM" seeds
expect_status 2 "^Error: no source 'nobody'" "$BIN" cities --source nobody seeds

# Item 11: --version; the browser takes the corpus options (here without a terminal: the plain text).
"$BIN" --version | grep -Eq '^tltui [0-9]+\.[0-9]+' || fail "--version"
expect_status 0 "not an interactive terminal" "$BIN" browse --modality claimed --from 2022-03-01 --grep kharkiv seeds
grep -q "claimed" "$tmp/last.out" || fail "browse --modality claimed printed no claimed event"
grep -Ev "^\s|claimed" "$tmp/last.out" | grep -q . && fail "browse --modality claimed printed another modality"
expect_status 2 "^Error: no city 'Xqzzyville'" "$BIN" browse --city Xqzzyville seeds
expect_status 1 "warning" "$BIN" browse --strict "$tmp/story" "$tmp/empty" /dev/null
# timex reads front matter: its `published` is the DCT, and the block is not tagged.
printf -- '---\ntitle: Talks on 3 May\npublished: 2022-03-27\n---\nTalks resume tomorrow.\n' >"$tmp/fm.md"
"$BIN" timex "$tmp/fm.md" >"$tmp/fm.out" 2>"$tmp/fm.err"
grep -q "2022-03-28" "$tmp/fm.out" || fail "timex FILE.md: 'tomorrow' not anchored on published: $(cat "$tmp/fm.out")"
grep -q "May" "$tmp/fm.out" && fail "timex FILE.md tagged the front matter"
grep -q "^note: document creation time 2022-03-27" "$tmp/fm.err" || fail "timex does not say which DCT it used"
[ "$(cut -f1 "$tmp/fm.out")" = "13-21" ] || fail "timex offsets not relative to the text after the front matter: $(cat "$tmp/fm.out")"
"$BIN" timex --dct 2022-01-01 "$tmp/fm.md" 2>/dev/null | grep -q "2022-01-02" || fail "--dct does not win over published"
expect_status 2 "^Error: no such file" "$BIN" timex "$tmp/none.md"

# Item 2: --output writes into a FIFO, a device or a symlink's target; replaces regular files; refuses a directory.
mkfifo "$tmp/fifo"
cat "$tmp/fifo" >"$tmp/fifo.out" &
reader=$!
"$BIN" export --format json -o "$tmp/fifo" seeds 2>/dev/null || fail "export into a FIFO failed"
wait $reader
[ -p "$tmp/fifo" ] || fail "the FIFO was replaced"
"$BIN" export --format json seeds 2>/dev/null | cmp -s - "$tmp/fifo.out" || fail "the FIFO reader got other data"
echo old >"$tmp/target.json" && ln -s target.json "$tmp/link.json"
"$BIN" export --format json -o "$tmp/link.json" seeds 2>/dev/null
[ -L "$tmp/link.json" ] || fail "the symlink was replaced by a file"
grep -q schemaVersion "$tmp/target.json" || fail "the symlink's target was not written"
"$BIN" export --format json -o /dev/null seeds 2>/dev/null || fail "export to /dev/null failed"
[ -c /dev/null ] || fail "/dev/null is no longer a device"
expect_status 2 "^Error: cannot write $tmp: it is a directory$" "$BIN" export --format json -o "$tmp" seeds
[ "$(grep -c '^Error' "$tmp/last.err")" = 1 ] || fail "the directory error is not one line"
expect_status 2 "^Error: cannot write .*no such directory" "$BIN" export --format json -o "$tmp/no/such/x.json" seeds
if [ -e /dev/full ]; then
    expect_status 3 "^Error: cannot write /dev/full: No space left on device$" "$BIN" export --format json -o /dev/full seeds
fi
chmod 600 "$tmp/target.json"
"$BIN" export --format csv -o "$tmp/target.json" seeds 2>/dev/null
[ "$(stat -c %a "$tmp/target.json")" = 600 ] || fail "replacing a file lost its permissions"
for f in "$tmp/last.err" "$tmp/warn.err"; do [ -e "$f" ] && grep -q "NSCocoaErrorDomain\|Error Domain" "$f" && fail "raw Foundation error text"; done

# Item 13: --bom for CSV only.
"$BIN" export --format csv --bom seeds 2>/dev/null | head -c 3 | od -An -tx1 | grep -q "ef bb bf" || fail "--bom wrote no byte-order mark"
"$BIN" export --format csv seeds 2>/dev/null | head -c 3 | od -An -tx1 | grep -q "ef bb bf" && fail "a byte-order mark without --bom"
expect_status 2 "bom" "$BIN" export --format json --bom seeds

# --strict: loading warnings (here an empty file) give exit status 1, and 0 without --strict.
mkdir -p "$tmp/warn" && : >"$tmp/warn/empty.txt" && cp seeds/*.txt "$tmp/warn/" 2>/dev/null || true
set +e
"$BIN" list --strict "$tmp/warn" >/dev/null 2>"$tmp/warn.err"; rc=$?
[ $rc -eq 1 ] || fail "--strict with warnings exits $rc, want 1"
grep -q "warning" "$tmp/warn.err" || fail "warnings not on standard error"
"$BIN" list "$tmp/warn" >/dev/null 2>&1; rc=$?
[ $rc -eq 0 ] || fail "warnings without --strict exit $rc, want 0"
set -e

# Until the event pipeline is merged the commands cannot load a corpus: say so and stop here.
if ! "$BIN" export --format json seeds >/dev/null 2>"$tmp/probe.err"; then
    if grep -q "not available" "$tmp/probe.err"; then
        echo "SKIP: $(cat "$tmp/probe.err") (exit statuses checked; format checks need the pipeline)"
        exit 0
    fi
    fail "export json on seeds failed: $(cat "$tmp/probe.err")"
fi

for f in json csv markdown ics timelinejs; do
    "$BIN" export --format "$f" seeds >"$tmp/out.$f" 2>"$tmp/err.$f" || fail "export $f exited $?: $(cat "$tmp/err.$f")"
    [ -s "$tmp/out.$f" ] || fail "export $f is empty"
done
"$BIN" export --format json --output "$tmp/atomic.json" seeds 2>/dev/null
cmp -s "$tmp/atomic.json" "$tmp/out.json" || fail "--output differs from standard output"
ls -a "$tmp" | grep -q '\.tmp-' && fail "temporary file left behind"
"$BIN" cities --json seeds >"$tmp/cities.json" 2>/dev/null
"$BIN" sources --json seeds >"$tmp/sources.json" 2>/dev/null
"$BIN" list seeds >"$tmp/list.txt" 2>/dev/null
"$BIN" export --format json --city kiev seeds >"$tmp/kiev.json" 2>/dev/null
"$BIN" export --format json --city KYIV seeds >"$tmp/kyiv.json" 2>/dev/null
cmp -s "$tmp/kiev.json" "$tmp/kyiv.json" || fail "--city kiev and --city KYIV differ"

command -v python3 >/dev/null || { echo "SKIP: python3 unavailable; format checks skipped"; exit 0; }
python3 - "$tmp" <<'PY'
import csv, io, json, sys, os
d = sys.argv[1]
def load(name): return open(os.path.join(d, name), encoding="utf-8").read()

j = json.loads(load("out.json"))
assert j["schemaVersion"] == 1
assert list(j)[:3] == ["schemaVersion", "documents", "events"], list(j)
for doc in j["documents"]:
    assert {"id", "path", "title", "source", "published", "publishedBasis"} <= set(doc), doc
assert j["events"], "no events on the seeds"
starts = []
for e in j["events"]:
    assert {"id", "summary", "modality", "date", "places", "actors", "conflict", "mentions"} <= set(e), e.keys()
    assert {"value", "start", "end", "granularity"} <= set(e["date"])
    assert e["modality"] in ("happened", "planned", "expected", "claimed")
    assert isinstance(e["conflict"], bool)
    for p in e["places"]: assert {"name", "country"} <= set(p)
    for m in e["mentions"]:
        assert {"document", "text", "start", "end", "date", "attribution"} <= set(m)
        assert {"value", "start", "end"} <= set(m["date"])
    if e["date"]["start"]: starts.append(e["date"]["start"])
if starts != sorted(starts):
    # Events placed relative to others may legitimately sit out of start order (issue 4); report, do not fail.
    out = [(a, b) for a, b in zip(starts, starts[1:]) if b < a]
    print("NOTE: %d place(s) where an event starts before the one above it, e.g. %s after %s" % (len(out), out[0][1], out[0][0]))

rows = list(csv.reader(io.StringIO(load("out.csv"), newline="")))
header = ("event_id,start,end,value,granularity,modality,conflict,summary,places,document,attribution,sentence,"
          "date_label,mention_start,mention_end,mention_date_label,outlet,url,published,starred,notes,hidden").split(",")
assert rows[0] == header, rows[0]
assert len(rows) - 1 == sum(len(e["mentions"]) for e in j["events"]), "one CSV row per mention"
assert all(len(r) == len(header) for r in rows)
col = {name: i for i, name in enumerate(header)}
mentions = [(e, m) for e in j["events"] for m in e["mentions"]]
assert [r[col["sentence"]] for r in rows[1:]] == [m["text"] for e, m in mentions], "CSV sentences differ from JSON"
docs = {d["id"]: d for d in j["documents"]}
for r, (e, m) in zip(rows[1:], mentions):
    assert r[col["mention_start"]] == (m["date"]["start"] or ""), (r, m["date"])
    assert r[col["outlet"]] == (docs[m["document"]]["source"] or "")
    assert r[col["url"]] == (docs[m["document"]]["url"] or "")
    assert "PAST_REF" not in r[col["date_label"]] + r[col["mention_date_label"]]
    assert r[col["date_label"]].startswith("≤") == (e["date"]["fallback"] and e["modality"] in ("happened", "claimed")) or not e["date"]["start"]
# Whole summaries: no export cuts one with "…" (issue 17, item 4).
for e in j["events"]:
    assert not e["summary"].endswith("…"), e["summary"]

md = load("out.markdown")
bullets = [l for l in md.splitlines() if l.startswith("- **")]
assert len(bullets) == len(j["events"]), (len(bullets), len(j["events"]))
unescaped = md.replace("\\", "")
for e in j["events"]:
    assert "- **" + e["summary"].replace("\n", " ") in unescaped or "- **" + e["summary"] in unescaped, e["summary"]

tl = json.loads(load("out.timelinejs"))
assert "headline" in tl["title"]["text"]
assert tl["events"], "no TimelineJS slides"
for s in tl["events"]:
    assert "year" in s["start_date"] and int(s["start_date"]["year"])
    assert "headline" in s["text"] and "text" in s["text"]
    assert "group" in s

for name in ("cities.json", "sources.json"):
    counts = json.loads(load(name))
    assert [c["count"] for c in counts] == sorted((c["count"] for c in counts), reverse=True), name
print("json, csv, markdown, timelinejs, cities, sources: ok")
PY

if ! python3 -c 'import icalendar' 2>/dev/null; then
    python3 -m pip install -q icalendar >/dev/null 2>&1 || python3 -m pip install -q --user icalendar >/dev/null 2>&1 \
        || python3 -m pip install -q --break-system-packages icalendar >/dev/null 2>&1 || true
fi
if python3 -c 'import icalendar' 2>/dev/null; then
    python3 - "$tmp/out.ics" "$tmp/out.json" <<'PY'
import sys, json, datetime, icalendar
raw = open(sys.argv[1], "rb").read()
for line in raw.split(b"\r\n"):
    assert len(line) <= 75, line
assert raw.endswith(b"\r\n") and b"\n" not in raw.replace(b"\r\n", b"")
cal = icalendar.Calendar.from_ical(raw)
assert str(cal["VERSION"]) == "2.0" and cal.get("PRODID")
events = {str(e["UID"]): e for e in cal.walk("VEVENT")}
j = json.loads(open(sys.argv[2], encoding="utf-8").read())
dated = [e for e in j["events"] if e["date"]["start"]]
assert len(events) == len(dated), (len(events), len(dated))
timed = 0
for e in dated:
    v = events[e["id"] + "@tltui.invalid"]
    start = v.decoded("DTSTART")
    if e["date"]["granularity"] == "time" and "T" in e["date"]["value"] and e["date"]["start"] == e["date"]["end"]:
        # A clock time the text gives is kept: a floating DATE-TIME, no DTEND.
        assert type(start) is datetime.datetime and start.tzinfo is None, start
        assert start.date().isoformat() == e["date"]["start"]
        assert start.strftime("%H:%M") == e["date"]["value"].split("T")[1][:5]
        assert "DTEND" not in v
        timed += 1
    else:
        end = v.decoded("DTEND")
        assert type(start) is datetime.date and type(end) is datetime.date
        assert start.isoformat() == e["date"]["start"]
        assert (end - datetime.timedelta(days=1)).isoformat() == e["date"]["end"]
    summary = str(v["SUMMARY"])
    if e["date"]["fallback"]:
        assert summary.startswith(e["summary"] + " (date not given"), summary
        assert "date not given in the text" in str(v["DESCRIPTION"])
    else:
        assert summary == e["summary"], (summary, e["summary"])
    assert v.get("DTSTAMP")
print("ics: ok (icalendar %s, %d events, %d with a clock time)" % (icalendar.__version__, len(events), timed))
PY
else
    echo "SKIP: icalendar not installable (pip unavailable); ICS checked by the unit tests only"
fi
echo "export e2e: ok"
