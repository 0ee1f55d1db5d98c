#!/usr/bin/env python3
"""Score tltui's chronology of our own story corpora against their hand-written golds.

Each `Tests/TimelineCoreTests/StoryCorpora/SLUG/.gold.md` with a table of core events (rows `| G1 | event | date |
place | outlets | notes |`, outlets as `label ("quote"; lead "quote"), label ("quote"); [optional ("quote")]`) is
read; each quoted passage is found in its document (`label.txt` or `label.md`) and matched to the mentions of
`tltui export --format json` whose trigger lies inside it. From those matches:

- found: gold events with a core mention dated as the gold dates it (per outlet where the gold gives dates by outlet);
- dates: matched core mentions dated right, of all matched core mentions;
- places: gold events with a place whose row (the event holding most of its matched mentions) names it;
- merge recall: cross-outlet pairs of a gold event's core outlets that share an event;
- merge precision: pairs of mentions of one event, from two documents, both matched to gold events, that match the
  same gold event (core or optional);
- conflicts: gold events marked **CONFLICT** whose matched rows flag one; rows flagged whose gold events have none.

Quote matching is approximate (a passage whose words are not in the text, or with no trigger inside, is unmatched
and counts as missed), so the figures are for comparing two builds, beside a reading of the listings by hand.

usage: scripts/score-stories.py [--bin PATH] [--verbose] [SLUG ...]
"""
import argparse, collections, datetime, json, os, re, subprocess, sys, unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..')
STORIES = os.path.join(ROOT, 'Tests', 'TimelineCoreTests', 'StoryCorpora')
ISO = re.compile(r'\d{4}(?:-\d{2}(?:-\d{2})?)?')


def fold(s):
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u2019', "'").replace('\u2018', "'").replace('\u201c', '"').replace('\u201d', '"')
    s = s.replace('\u2013', '-').replace('\u2014', '-')
    return s.lower()


def fold_place(s):
    # ("St. Paul" is the gazetteer's "Saint Paul")
    return re.sub(r'\bst\. ', 'saint ', fold(s))


def split_top(s, sep):
    """Split on sep outside parentheses, brackets and quotes."""
    out, depth, quote, cur = [], 0, False, ''
    for c in s:
        if c == '"':
            quote = not quote
        elif not quote and c in '([':
            depth += 1
        elif not quote and c in ')]':
            depth -= 1
        if c == sep and depth == 0 and not quote:
            out.append(cur)
            cur = ''
        else:
            cur += c
    out.append(cur)
    return [p.strip() for p in out if p.strip()]


def parse_outlets(cell):
    """[(label, [quotes], core)] from an outlets cell."""
    result = []
    core, optional = cell, ''
    m = re.search(r'\[(.*)\]', cell)
    if m:
        optional = m.group(1)
        core = cell[:m.start()] + cell[m.end():]
    for text, is_core in ((core, True), (optional, False)):
        for part in (p for chunk in split_top(text, ';') for p in split_top(chunk, ',')):
            lm = re.match(r'([A-Za-z][\w-]*)', part)
            if not lm:
                continue
            label = lm.group(1)
            quotes = re.findall(r'"([^"]+)"', part)
            result.append((label, quotes, is_core))
    return result


def parse_dates(cell):
    """(default date or None, {label: date})."""
    by_label = {}
    for part in cell.split(';'):
        m = re.match(r'\s*([a-z][\w, -]*?)\s+(\d{4}-\d{2}(?:-\d{2})?)', part)
        if m and not m.group(1).strip().startswith(('plan', 'said')):
            for label in re.split(r'[ ,]+', m.group(1).strip()):
                if label and label != 'and':
                    by_label[label] = m.group(2)
    dates = ISO.findall(cell)
    # (a plan is dated when it is to happen, the day it was said aside: "plan, said 2026-10-13, for 2026-10-15" is
    # 2026-10-15, as "plan for 2026-08-24 (said 2026-08-07)" is)
    planned = re.search(r'\bfor (?:the week of )?(\d{4}-\d{2}(?:-\d{2})?)', cell) if re.match(r'\s*plan', cell) else None
    first = planned.group(1) if planned else (dates[0] if dates else None)
    # (a date the gold gives as a span, "the week of 2026-11-09" or "2026-09-14 … 20", is that span: a date inside it
    # is right, the week itself as well as a day of it)
    if first and len(first) == 10:
        at = cell.index(first)
        if cell[max(0, at - 12):at].endswith('week of '):
            end = day(first) + datetime.timedelta(days=6)
            return (first, end.isoformat()), by_label
        m = re.match(r'\s*…\s*(\d{4}-\d{2}-\d{2}|\d{2}-\d{2}|\d{1,2})\b', cell[at + 10:])
        if m:
            tail = m.group(1)
            end = tail if len(tail) == 10 else first[:10 - len(tail)] + tail.zfill(len(tail) if len(tail) == 5 else 2)
            return (first, end), by_label
    return first, by_label


def parse_gold(path):
    rows = []
    for line in open(path, encoding='utf-8'):
        if not re.match(r'\|\s*G\d+\s*\|', line):
            continue
        cells = [c.strip() for c in line.strip().strip('|').split('|')]
        if len(cells) < 5:
            continue
        gid, what, date, place, outlets = cells[:5]
        notes = ' '.join(cells[5:])
        default, by_label = parse_dates(date)
        place_name = None
        # ("Wellington (not scored: no outlet names it)": a place the gold gives but does not score)
        if place and not place.startswith(('–', '-', '—')) and 'not scored' not in place:
            # the place and the alternatives the gold accepts: "Dayton (St. Brendan)", "Duluth; Superior, Wisconsin"
            names = [n.strip(' ()') for n in re.split(r' \(|\)|;|,| / | or ', place)]
            place_name = [n for n in names if len(n) > 2 and not n.startswith(('–', 'accepted'))]
        # ('Dumfries ("–" accepted)': a row with no place is right too)
        no_place_ok = bool(re.search(r'"[–—-]" accepted', place))
        rows.append(dict(id=gid, what=what, date=default, dates=by_label, place=place_name, no_place_ok=no_place_ok,
                         outlets=parse_outlets(outlets), conflict='CONFLICT' in (notes + date)))
    return rows


def quoted_share(rows):
    core = [q for r in rows for (_, q, c) in r['outlets'] if c]
    return sum(1 for q in core if q) / len(core) if core else 0.0


def day(s):
    try:
        return datetime.date.fromisoformat(s)
    except ValueError:
        return None


def dated_right(mdate, gold):
    if not mdate or not gold:
        return False
    if isinstance(gold, tuple):
        g1, g2 = day(gold[0]), day(gold[1])
        a, b = day(mdate.get('start', '')), day(mdate.get('end', ''))
        return bool(g1 and g2 and a and b and g1 <= a and b <= g2)
    if mdate.get('value') == gold:
        return True
    g = day(gold)
    a, b = day(mdate.get('start', '')), day(mdate.get('end', ''))
    return bool(g and a and b and a <= g <= b and (b - a).days <= 2)


def load_doc(story, label):
    for ext in ('.txt', '.md'):
        p = os.path.join(story, label + ext)
        if os.path.exists(p):
            text = open(p, encoding='utf-8').read()
            if text.startswith('---\n'):  # front matter: offsets count from the body
                end = text.find('\n---\n', 3)
                if end >= 0:
                    text = text[end + 5:]
            return text
    return None


def find_quote(text, quote):
    """The spans (Unicode scalars) of the quote's pieces around '…' found in order in the text, or []."""
    ft = fold(text)
    pieces = [fold(p).strip(' .,;') for p in re.split(r'…|\.\.\.', quote)]
    pieces = [p for p in pieces if len(p) >= 3]
    spans = []
    pos = 0
    for p in pieces:
        i = ft.find(p, pos)
        if i < 0:
            i = ft.find(p)
            if i < 0:
                continue
        spans.append(scalar_span(text, i, i + len(p)))
        pos = i + len(p)
    return spans


def scalar_span(text, fstart, fend):
    i, f = 0, 0
    s = e = None
    while i <= len(text):
        if s is None and f >= fstart:
            s = i
        if f >= fend:
            e = i
            break
        if i == len(text):
            break
        f += len(fold(text[i]))
        i += 1
    return (s or 0, e if e is not None else len(text))


def export(binary, story):
    out = subprocess.run([binary, 'export', '--no-cache', '--format', 'json', story],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def score(binary, slug, verbose):
    story = os.path.join(STORIES, slug)
    gold = parse_gold(os.path.join(story, '.gold.md'))
    data = export(binary, story)
    mentions = []  # (event index, mention)
    for ei, ev in enumerate(data['events']):
        for m in ev['mentions']:
            mentions.append((ei, m))
    by_doc = collections.defaultdict(list)
    for ei, m in mentions:
        by_doc[m['document']].append((ei, m))

    texts = {}
    # gold quote -> matched mentions
    matched = {}  # (gid, label, qi) -> [(ei, m)]
    mention_gold = collections.defaultdict(set)  # id(m) -> gids
    unmatched = []
    for g in gold:
        # (keyed by the outlet entry too: a label's core and optional quotes are two entries)
        for oi, (label, quotes, core) in enumerate(g['outlets']):
            if label not in texts:
                texts[label] = load_doc(story, label)
            text = texts[label]
            for qi, q in enumerate(quotes):
                hits = []
                spans = find_quote(text, q) if text else []
                for ei, m in by_doc.get(label, []):
                    t = m.get('trigger') or {}
                    if 'start' in t and any(a <= t['start'] < b for a, b in spans):
                        hits.append((ei, m))
                matched[(g['id'], oi, qi)] = hits
                for ei, m in hits:
                    mention_gold[id(m)].add(g['id'])
                if not hits and core:
                    unmatched.append((g['id'], label, q, 'no text' if not spans else 'no trigger'))

    found = dates_ok = dates_n = 0
    places_ok = places_n = 0
    pairs_ok = pairs_n = 0
    conflicts_ok = conflicts_n = 0
    gold_conflict_events = set()
    lines = []
    for g in gold:
        core_events = collections.defaultdict(set)  # label -> event indices
        all_events = collections.Counter()
        any_right = False
        for oi, (label, quotes, core) in enumerate(g['outlets']):
            for qi, _ in enumerate(quotes):
                for ei, m in matched[(g['id'], oi, qi)]:
                    all_events[ei] += 1
                    if core:
                        core_events[label].add(ei)
                        want = g['dates'].get(label, g['date'])
                        ok = dated_right(m.get('date'), want)
                        if not ok and os.environ.get('SCORE_DATES'):
                            lines.append('  DATE %-4s %-13s want %-10s got %-22s %s' % (g['id'], label, want, m['date']['value'], m['text'][:110]))
                        dates_n += 1
                        dates_ok += ok
                        any_right |= ok
        found += any_right
        labels = sorted(core_events)
        got = n = 0
        for i in range(len(labels)):
            for j in range(i + 1, len(labels)):
                n += 1
                got += bool(core_events[labels[i]] & core_events[labels[j]])
        pairs_ok += got
        pairs_n += n
        place_mark = ''
        if g['place'] and all_events:
            places_n += 1
            top = all_events.most_common(1)[0][0]
            names = [fold_place(p['name']) for p in data['events'][top]['places']]
            want = [fold_place(n) for n in g['place']]
            ok = any(w == n or w in n or n in w for w in want for n in names) or (g['no_place_ok'] and not names)
            places_ok += ok
            place_mark = ' place ' + ('ok' if ok else 'MISS (%s; gold %s)' % (', '.join(names), '/'.join(g['place'])))
        if g['conflict']:
            conflicts_n += 1
            flagged = any(data['events'][ei]['conflict'] for ei in all_events)
            conflicts_ok += flagged
            gold_conflict_events |= set(all_events)
        lines.append('%-4s %s pairs %d/%d%s  %s' % (g['id'], 'found' if any_right else 'MISSED', got, n,
                                                     place_mark, g['what'][:60]))
        if got < n:
            for label in labels:
                for ei in sorted(core_events[label]):
                    ev = data['events'][ei]
                    lines.append('       %-14s #%-3d %-12s %s' % (label, ei, ev['date']['value'], ev['summary'][:90]))

    # precision over mentions matched to gold
    p_ok = p_n = 0
    false_alarms = 0
    for ei, ev in enumerate(data['events']):
        ms = [m for m in ev['mentions'] if mention_gold.get(id(m))]
        for i in range(len(ms)):
            for j in range(i + 1, len(ms)):
                if ms[i]['document'] == ms[j]['document']:
                    continue
                p_n += 1
                p_ok += bool(mention_gold[id(ms[i])] & mention_gold[id(ms[j])])
        if ev['conflict'] and ei not in gold_conflict_events:
            false_alarms += 1
    summary = dict(story=slug, gold=len(gold), found=found, dates=(dates_ok, dates_n), places=(places_ok, places_n),
                   recall=(pairs_ok, pairs_n), precision=(p_ok, p_n), conflicts=(conflicts_ok, conflicts_n),
                   false_alarms=false_alarms, unmatched=len(unmatched))
    if verbose:
        print('\n'.join(lines))
        for u in unmatched:
            print('  unmatched %s %s "%s" (%s)' % u)
    return summary


def pct(a, b):
    return '%d/%d %3.0f%%' % (a, b, 100.0 * a / b if b else 0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--bin', default=os.path.join(ROOT, '.build', 'debug', 'tltui'))
    ap.add_argument('--verbose', '-v', action='store_true')
    ap.add_argument('slugs', nargs='*')
    ap.add_argument('--min-quoted', type=float, default=0.6,
                    help='score only golds where this share of core outlets carry a quote')
    a = ap.parse_args()
    slugs = a.slugs or sorted(s for s in os.listdir(STORIES)
                              if os.path.exists(os.path.join(STORIES, s, '.gold.md'))
                              and quoted_share(parse_gold(os.path.join(STORIES, s, '.gold.md'))) >= a.min_quoted)
    tot = collections.Counter()
    print('%-22s %6s %12s %12s %12s %12s %12s %6s %3s' % ('story', 'found', 'dates', 'places', 'merge P', 'merge R',
                                                       'conflicts', 'FA', 'unm'))
    for s in slugs:
        r = score(a.bin, s, a.verbose)
        print('%-22s %2d/%-3d %12s %12s %12s %12s %12s %6d %3d' % (
            s, r['found'], r['gold'], pct(*r['dates']), pct(*r['places']), pct(*r['precision']),
            pct(*r['recall']), '%d/%d' % r['conflicts'], r['false_alarms'], r['unmatched']))
        for k in ('dates', 'places', 'precision', 'recall', 'conflicts'):
            tot[k + '0'] += r[k][0]
            tot[k + '1'] += r[k][1]
        tot['found'] += r['found']
        tot['gold'] += r['gold']
        tot['fa'] += r['false_alarms']
        tot['unm'] += r['unmatched']
    print('%-22s %2d/%-3d %12s %12s %12s %12s %12s %6d %3d' % (
        'all', tot['found'], tot['gold'], pct(tot['dates0'], tot['dates1']), pct(tot['places0'], tot['places1']),
        pct(tot['precision0'], tot['precision1']), pct(tot['recall0'], tot['recall1']),
        '%d/%d' % (tot['conflicts0'], tot['conflicts1']), tot['fa'], tot['unm']))


if __name__ == '__main__':
    main()
