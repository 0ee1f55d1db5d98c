#!/usr/bin/env python3
# scripts/missed-pairs.py BIN [SLUG...]: every gold merge pair the tool splits, with each side's trigger, date and summary,
# and a rough category: dated to different days by the tool / one day, other words / one day, the same word.
# Used for the README's account of where merge recall is lost; mentions are compared by their first matched mention.
import sys, os, importlib.util, collections, itertools
spec = importlib.util.spec_from_file_location('ss', os.path.join(os.path.dirname(os.path.abspath(__file__)), 'score-stories.py'))
ss = importlib.util.module_from_spec(spec); spec.loader.exec_module(ss)
binary = sys.argv[1]
slugs = sys.argv[2:] or sorted(d for d in os.listdir(ss.STORIES) if os.path.exists(os.path.join(ss.STORIES, d, '.gold.md')))
cats = collections.Counter()
for slug in slugs:
    story = os.path.join(ss.STORIES, slug)
    gold = ss.parse_gold(os.path.join(story, '.gold.md'))
    data = ss.export(binary, story)
    by_doc = collections.defaultdict(list)
    for ei, ev in enumerate(data['events']):
        for m in ev['mentions']:
            by_doc[m['document']].append((ei, m))
    texts = {}
    for g in gold:
        core = {}
        for label, quotes, c in g['outlets']:
            if not c: continue
            if label not in texts: texts[label] = ss.load_doc(story, label)
            for q in quotes:
                spans = ss.find_quote(texts[label], q) if texts[label] else []
                for ei, m in by_doc.get(label, []):
                    t = m.get('trigger') or {}
                    if 'start' in t and any(a <= t['start'] < b for a, b in spans):
                        core.setdefault(label, []).append((ei, m))
        for la, lb in itertools.combinations(sorted(core), 2):
            ea = {e for e, _ in core[la]}; eb = {e for e, _ in core[lb]}
            if ea & eb: continue
            ma = core[la][0][1]; mb = core[lb][0][1]
            da, db = ma['date'], mb['date']
            sa, sb = (da.get('start') or '')[:10], (db.get('start') or '')[:10]
            ta, tb = ma['trigger']['text'].lower(), mb['trigger']['text'].lower()
            if sa != sb: cat = 'days apart'
            elif ta == tb: cat = 'same day, same word'
            else: cat = 'same day, other words'
            cats[cat] += 1
            print('%-16s %-4s %-22s %-10s %-14s| %-10s %-14s %s' % (slug, g['id'], cat, la, ta + ' ' + (sa or '-'), lb, tb + ' ' + (sb or '-'), g['what'][:40]))
print(dict(cats))
