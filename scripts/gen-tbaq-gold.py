#!/usr/bin/env python3
"""Build a second chronology development set from TBAQ (TempEval-3's TimeBank + AQUAINT).

Usage: scripts/gen-tbaq-gold.py OUT_DIR [--tbaq ../shared/data/tbaq]

Writes OUT_DIR/articles/*.txt (each document's text with YAML front matter: title, source,
published = the document creation time) and OUT_DIR/gold.yaml in the gold format of
../shared/eval/score.py, so `tltui export --format json OUT_DIR/articles` can be scored the way
MEANTIME Apple is. OUT_DIR must be outside the repository: the data is research data and is
never committed (see ../shared/data/README.md).

A gold mention is an EVENT whose TLINK places it inside (IS_INCLUDED, DURING, SIMULTANEOUS, or
the timex INCLUDES it) a dated TIMEX3 of its own sentence, other than the creation time, the
rule MEANTIME's conversion follows. The date is the timex's value as an interval: a day, a
month, a year, an ISO week, a quarter or a half; anything else (PRESENT_REF, seasons, unknown
digits, durations) is skipped, as are negated events (polarity NEG, in files where negation is
the exception: some AQUAINT files mark nearly every instance NEG). When one event has several such links the
first usable one is taken. The quote is the text from the event to its timex (whichever comes
first), widened a word at a time until it is unique in the body.

TimeBank annotates every event, so this set measures how many dated happenings are found and
how they are dated; it has no places or cross-document clusters.
"""
import argparse, datetime, os, re, sys
import xml.etree.ElementTree as ET

LINKED = {"IS_INCLUDED", "DURING", "SIMULTANEOUS"}
REVERSED = {"INCLUDES", "DURING", "SIMULTANEOUS"}  # timeID=T relType=R relatedToEventInstance=E


def flatten(elem, out, spans):
    """Plain text of elem with the offsets of every EVENT and TIMEX3 inside it."""
    if elem.text:
        out.append(elem.text)
    for child in elem:
        start = sum(map(len, out))
        flatten(child, out, spans)
        end = sum(map(len, out))
        spans.append((child.tag, dict(child.attrib), start, end))
        if child.tail:
            out.append(child.tail)


def interval(value):
    """A TIMEX3 value as the gold format's date ('YYYY-MM-DD', 'YYYY-MM', 'YYYY' or 'a/b')."""
    v = value.split("T")[0]
    if re.fullmatch(r"\d{4}-\d\d-\d\d", v):
        datetime.date.fromisoformat(v)
        return v
    if re.fullmatch(r"\d{4}-\d\d", v) and 1 <= int(v[5:]) <= 12:
        return v
    if re.fullmatch(r"\d{4}", v):
        return v
    m = re.fullmatch(r"(\d{4})-W(\d\d)", v)
    if m:
        monday = datetime.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        return f"{monday}/{monday + datetime.timedelta(days=6)}"
    m = re.fullmatch(r"(\d{4})-([QH])(\d)", v)
    if m:
        year, months = int(m[1]), (3 if m[2] == "Q" else 6)
        first = (int(m[3]) - 1) * months + 1
        last = first + months - 1
        end = datetime.date(year + (last == 12), last % 12 + 1, 1) - datetime.timedelta(days=1)
        return f"{datetime.date(year, first, 1)}/{end}"
    return None


def same_sentence(text, a, b):
    lo, hi = min(a[0], b[0]), max(a[1], b[1])
    gap = text[min(a[1], b[1]):max(a[0], b[0])] if a[1] <= b[0] or b[1] <= a[0] else ""
    return not re.search(r"[.!?]['\"]?\s+[A-Z\"']|\n\s*\n", gap) and hi - lo < 400


def quote_for(body, s, e):
    while True:
        if body.count(body[s:e]) == 1:
            return body[s:e]
        ns = body.rfind(" ", 0, max(s - 1, 0)) + 1 if s > 0 else 0
        ne = body.find(" ", e + 1)
        ne = len(body) if ne < 0 else ne
        if ns == s and ne == e:
            return None
        s, e = ns, ne


def yq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def convert(path, out_dir, events, documents, skipped):
    root = ET.parse(path).getroot()
    doc_id = root.findtext("DOCID").strip()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = t.get("value")[:10]
    text_el = root.find("TEXT")
    out, spans = [], []
    flatten(text_el, out, spans)
    raw = "".join(out)
    lead = len(raw) - len(raw.lstrip())
    body = raw.strip() + "\n"
    ev = {a["eid"]: (s - lead, e - lead) for tag, a, s, e in spans if tag == "EVENT"}
    tx = {a["tid"]: (s - lead, e - lead, a) for tag, a, s, e in spans if tag == "TIMEX3"}
    inst = {m.get("eiid"): m.attrib for m in root.iter("MAKEINSTANCE")}
    # some AQUAINT files mark nearly every instance NEG (an annotation fault): trust polarity only
    # where negation is the exception
    negs = sum(m.get("polarity") == "NEG" for m in inst.values())
    trust_polarity = negs <= 0.3 * max(len(inst), 1)
    links = {}
    for l in root.iter("TLINK"):
        a = l.attrib
        if a.get("eventInstanceID") and a.get("relatedToTime") and a["relType"] in LINKED:
            links.setdefault(a["eventInstanceID"], []).append(a["relatedToTime"])
        elif a.get("timeID") and a.get("relatedToEventInstance") and a["relType"] in REVERSED:
            links.setdefault(a["relatedToEventInstance"], []).append(a["timeID"])
    stem = re.sub(r"[^A-Za-z0-9_.-]", "_", doc_id)
    title = next((line.strip() for line in body.splitlines() if line.strip()), doc_id)[:120]
    source = re.match(r"[A-Za-z]+", doc_id).group(0).upper()
    fm = f"---\ntitle: {yq(title)}\nsource: {yq(source)}\npublished: {dct}\n---\n"
    with open(os.path.join(out_dir, "articles", stem + ".txt"), "w", encoding="utf-8") as f:
        f.write(fm + body)
    documents.append(dict(key=stem, doc_id=stem, file=os.path.abspath(os.path.join(out_dir, "articles", stem + ".txt")),
                          title=title, source=source, published=dct))
    seen = set()
    n = 0
    for eiid in sorted(links, key=lambda k: int(re.sub(r"\D", "", k) or 0)):
        m = inst.get(eiid)
        if not m or m.get("eventID") not in ev:
            continue
        if m.get("polarity") == "NEG" and trust_polarity:
            skipped["negated"] = skipped.get("negated", 0) + 1
            continue
        espan = ev[m["eventID"]]
        if espan in seen:
            continue
        for tid in links[eiid]:
            if tid not in tx or tx[tid][2].get("functionInDocument") == "CREATION_TIME":
                continue
            ts, te, ta = tx[tid]
            if ta.get("type") not in ("DATE", "TIME"):
                skipped["not a date"] = skipped.get("not a date", 0) + 1
                continue
            date = interval(ta.get("value", ""))
            if date is None:
                skipped["value " + re.sub(r"\d", "9", ta.get("value", ""))[:12]] = \
                    skipped.get("value " + re.sub(r"\d", "9", ta.get("value", ""))[:12], 0) + 1
                continue
            if not same_sentence(body, espan, (ts, te)):
                skipped["other sentence"] = skipped.get("other sentence", 0) + 1
                continue
            q = quote_for(body, min(espan[0], ts), max(espan[1], te))
            if q is None:
                skipped["no unique quote"] = skipped.get("no unique quote", 0) + 1
                continue
            seen.add(espan)
            n += 1
            events.append(dict(id=f"{stem}-{n:02d}", doc=stem, quote=q, date=date, timex=ta.get("value"),
                               event=body[espan[0]:espan[1]], eclass=m.get("pos", ""), tense=m.get("tense", "")))
            break


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--tbaq", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared", "data", "tbaq"))
    a = ap.parse_args()
    os.makedirs(os.path.join(a.out, "articles"), exist_ok=True)
    events, documents, skipped = [], [], {}
    files = sorted(os.path.join(a.tbaq, sub, f) for sub in ("TimeBank", "AQUAINT")
                   for f in os.listdir(os.path.join(a.tbaq, sub)) if f.endswith(".tml"))
    for p in files:
        convert(p, a.out, events, documents, skipped)
    with open(os.path.join(a.out, "gold.yaml"), "w", encoding="utf-8") as f:
        f.write("# Chronology gold derived from TBAQ-cleaned by scripts/gen-tbaq-gold.py (research data; never commit)\n")
        f.write("documents:\n")
        for d in documents:
            f.write(f"  - key: {yq(d['key'])}\n    doc_id: {yq(d['doc_id'])}\n    file: {yq(d['file'])}\n"
                    f"    title: {yq(d['title'])}\n    source: {yq(d['source'])}\n    published: \"{d['published']}\"\n"
                    f"    sample: false\n")
        f.write("places: {}\nclusters: {}\nevents:\n")
        for e in events:
            f.write(f"  - id: {yq(e['id'])}\n    doc: {yq(e['doc'])}\n    quote: {yq(e['quote'])}\n"
                    f"    date: {yq(e['date'])}\n    timex: {yq(e['timex'])}\n    basis: \"TLINK\"\n"
                    f"    places: []\n    same_as: null\n    note: {yq(e['event'] + ' ' + e['eclass'] + ' ' + e['tense'])}\n")
    print(f"{len(documents)} documents, {len(events)} gold dated mentions -> {a.out}")
    for k, v in sorted(skipped.items(), key=lambda kv: -kv[1])[:12]:
        print(f"  skipped {v:4d}  {k}")


if __name__ == "__main__":
    main()
