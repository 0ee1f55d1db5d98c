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
