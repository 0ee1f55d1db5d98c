#!/usr/bin/env python3
"""Generate Sources/TimelineCore/Events/Resources/event-nouns.tsv from WordNet 3.0.

Needs Debian's `wordnet-base` (apt-get install -y wordnet-base), which puts the WordNet database in
/usr/share/wordnet (or pass its folder: python3 scripts/gen-event-nouns.py /path/to/dict). The build never
needs WordNet: the output is committed and shipped as a package resource.

Which nouns: those with a sense in one of the lexicographer files of happenings, by their numbers in
lexnames(5WN): 04 noun.act, 11 noun.event, 19 noun.phenomenon, 22 noun.process. A noun qualifies when
  - its most frequent sense (the first in index.noun) is in one of them ("rescue", "funeral", "collapse"), or
  - one of its first three senses is in one of them and is derived from a verb (a '+' derivational pointer
    to a verb: "launch" the act of launching, beside "launch" the boat).
Sayings named as occasions ("Sunday's ⟦debate⟧", "in a ⟦speech⟧ on Monday", "Tuesday's ⟦declaration⟧ by Ford"),
which WordNet files under noun.communication with every other word about language, are listed by hand
(SPEECH_EVENTS), class "communication", with the verbs of their noun.communication senses.
A gerund WordNet lists no noun for, of a verb whose most frequent sense is a doing ("sentencing",
"rebuilding"), is one too, derived from its verb. Times of day ("dawn", "noon") are left out. Only lowercase words of letters and hyphens, one or two words ("court case" if WordNet has it).

Columns (tab separated): lemma, class (act|event|phenomenon|process: the lexicographer file of its first
qualifying sense), verbs it is derived from or gives ('|' separated, from the '+' pointers of its
qualifying senses: "rescue" -> rescue, "death" -> die, "resignation" -> resign), and the synsets of its
qualifying senses ('|' separated offsets in data.noun: nouns sharing one are synonyms, "earthquake" and "quake").

WordNet 3.0, Copyright 2006 by Princeton University (WordNet licence, see the README's credits).
"""
import os, re, sys

WN = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Sources/TimelineCore/Events/Resources/event-nouns.tsv')
CLASSES = {4: 'act', 11: 'event', 19: 'phenomenon', 22: 'process'}
# Times of day, which WordNet also files as happenings ("the dawn of civilization"): in news they date ("before
# dawn") and the temporal tagger reads them.
TIMES_OF_DAY = {'dawn', 'dusk', 'daybreak', 'nightfall', 'sunrise', 'sunset', 'noon', 'midnight', 'midday', 'twilight'}
WORD = re.compile(r"^[a-z][a-z-]*( [a-z][a-z-]*)?$")
# Sayings that take place on a day, as a news report dates them (noun.communication is mostly words about words:
# "name", "word", "title" are no happenings, so these are chosen by hand).
SPEECH_EVENTS = {'debate', 'speech', 'address', 'interview', 'lecture', 'briefing', 'announcement', 'declaration',
                 'statement', 'testimony', 'apology', 'warning', 'ultimatum', 'plea', 'proposal', 'sermon', 'broadcast',
                 'press conference', 'news conference', 'press briefing', 'eulogy', 'pledge', 'proclamation', 'veto'}
COMMUNICATION = 10
# A noun whose most frequent sense is people or a body of them (noun.person 18, noun.group 14) names a happening in
# news only in these of its later senses: "the ⟦government⟧ has yet to publish" and "the ⟦doctor⟧" are no events,
# though WordNet also files "government" as the act of governing and "doctor" as a game; a meeting, a rally, an
# ouster are.
PEOPLE_FIRST = {14, 18}
GATHERINGS_AND_ACTS = {'meeting', 'rally', 'gathering', 'parade', 'feast', 'reunion', 'seminar', 'masquerade',
                       'court-martial', 'secession', 'mission', 'patrol', 'convoy', 'muster', 'tryst', 'convocation',
                       'bookfair', 'flight', 'formation', 'ouster', 'filibuster', 'fundraiser', 'knockout', 'exile',
                       'referral', 'hire', 'holdout', 'write-in', 'walk-in', 'infanticide', 'filicide', 'fratricide',
                       'matricide', 'parricide', 'patricide', 'regicide', 'uxoricide', 'striptease', 'mutation',
                       'reincarnation', 'circus', 'rout', 'march', 'procession', 'vigil', 'strike', 'sit-in', 'walkout'}


def read_data(path):
    """offset -> (lexfile number, [words], [(pointer symbol, target offset, pos, source word no, target word no)])"""
    synsets = {}
    with open(path, encoding='latin-1') as f:
        for line in f:
            if line.startswith('  '):
                continue  # licence header
            fields = line.split(' ')
            offset, lexfile, wcount = fields[0], int(fields[1]), int(fields[3], 16)
            words = [fields[4 + 2 * k].lower() for k in range(wcount)]
            words = [re.sub(r'\(.*\)$', '', w) for w in words]  # adjective markers "(a)"
            k = 4 + 2 * wcount
            pcount = int(fields[k]); k += 1
            pointers = []
            for _ in range(pcount):
                sym, target, pos, st = fields[k:k + 4]
                pointers.append((sym, target, pos, int(st[:2], 16), int(st[2:], 16)))
                k += 4
            synsets[offset] = (lexfile, words, pointers)
    return synsets


# Verb lexicographer files of doing (lexnames(5WN)): 30 change, 32 communication, 33 competition, 35 contact,
# 36 creation, 38 motion, 41 social, 43 weather. A gerund WordNet has no noun for names the doing of its verb.
DOING = {30, 32, 33, 35, 36, 38, 41, 43}


def ing_forms(verb):
    """The -ing spellings a verb may take ("sentence" -> sentencing, "stop" -> stopping, "try" -> trying)."""
    forms = {verb + 'ing'}
    if verb.endswith('e') and not verb.endswith(('ee', 'ye', 'oe')):
        forms.add(verb[:-1] + 'ing')
    if len(verb) >= 3 and verb[-1] not in 'aeiouwxy' and verb[-2] in 'aeiou' and verb[-3] not in 'aeiou':
        forms.add(verb + verb[-1] + 'ing')
    if verb.endswith('ie'):
        forms.add(verb[:-2] + 'ying')
    return forms


def read_index(path):
    """Each entry of an index file: (lemma with spaces, its senses' synset offsets, most frequent first)."""
    with open(path, encoding='latin-1') as f:
        for line in f:
            if line.startswith('  '):
                continue  # licence header
            fields = line.split()
            senses, pcount = int(fields[2]), int(fields[3])
            offsets = fields[4 + pcount + 2:]
            assert len(offsets) == senses, line
            yield fields[0].replace('_', ' '), offsets


def gerunds(verbs, known, nouns_listed):
    """Gerunds WordNet lists no noun for, of verbs whose most frequent sense is a doing: "the ⟦sentencing⟧",
    "the ⟦rebuilding⟧". (A gerund WordNet does list is read by its own senses: "building" is a thing.)"""
    rows = []
    for verb, offsets in read_index(os.path.join(WN, 'index.verb')):
        if not re.match(r'^[a-z]+$', verb) or verbs[offsets[0]][0] not in DOING:
            continue
        for form in sorted(ing_forms(verb)):
            if form not in nouns_listed and form not in known:
                rows.append((form, 'act', [verb]))
                known.add(form)
    return rows


def main():
    if not os.path.exists(os.path.join(WN, 'data.noun')):
        sys.exit(f"gen-event-nouns.py: no WordNet database in {WN} (apt-get install -y wordnet-base)")
    nouns = read_data(os.path.join(WN, 'data.noun'))
    verbs = read_data(os.path.join(WN, 'data.verb'))
    rows = []
    listed = set()
    for lemma, offsets in read_index(os.path.join(WN, 'index.noun')):
        listed.add(lemma)
        if not WORD.match(lemma) or lemma in TIMES_OF_DAY:
            continue
        chosen, links, synsets = None, [], []
        people_first = nouns[offsets[0]][0] in PEOPLE_FIRST and lemma not in GATHERINGS_AND_ACTS
        for rank, off in enumerate(offsets):
            if people_first:
                break
            lexfile, words, pointers = nouns[off]
            if lexfile not in CLASSES:
                continue
            me = words.index(lemma.replace(' ', '_')) + 1 if lemma.replace(' ', '_') in words else 0
            derived = []
            for sym, target, pos, src, tgt in pointers:
                if sym != '+' or pos != 'v' or (src != 0 and src != me):
                    continue
                vwords = verbs[target][1]
                derived += vwords if tgt == 0 else [vwords[tgt - 1]]
            derived = [v.replace('_', ' ') for v in derived if WORD.match(v.replace('_', ' '))]
            if rank == 0 or (rank < 3 and derived):
                chosen = chosen or CLASSES[lexfile]
                synsets.append(off)
                for v in derived:
                    if v not in links:
                        links.append(v)
        if not chosen and lemma in SPEECH_EVENTS:
            chosen = 'communication'
            for off in offsets:
                lexfile, words, pointers = nouns[off]
                if lexfile != COMMUNICATION:
                    continue
                me = words.index(lemma.replace(' ', '_')) + 1 if lemma.replace(' ', '_') in words else 0
                for sym, target, pos, src, tgt in pointers:
                    if sym == '+' and pos == 'v' and (src == 0 or src == me):
                        vwords = verbs[target][1]
                        for v in (vwords if tgt == 0 else [vwords[tgt - 1]]):
                            v = v.replace('_', ' ')
                            if WORD.match(v) and v not in links:
                                links.append(v)
        if chosen:
            rows.append((lemma, chosen, links, synsets))
    rows += [r + ([],) for r in gerunds(verbs, {r[0] for r in rows}, listed)]
    rows.sort()
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('# WordNet 3.0 (c) 2006 Princeton University, WordNet licence; generated by scripts/gen-event-nouns.py\n')
        for lemma, cls, links, synsets in rows:
            out.write(f"{lemma}\t{cls}\t{'|'.join(links)}\t{'|'.join(str(int(o)) for o in synsets)}\n")
    print(f"{len(rows)} event nouns -> {os.path.relpath(OUT)}")


if __name__ == '__main__':
    main()
