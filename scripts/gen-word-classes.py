#!/usr/bin/env python3
"""Generate Sources/TimelineCore/Syntax/Resources/word-classes.txt from WordNet 3.0: the WordNet class of each
lowercase word form, a feature of the tagger for words training saw rarely or never ("the ⟦trawler⟧ sank": a noun
of noun.artifact, like "ship").

A form's class names, for each part of speech WordNet knows it as (noun, verb, adjective, adverb, in that order),
the lexicographer file of the first (most frequent) sense of its lemma: "n.person", "v.motion", "a.all", "r.all",
joined by spaces ("n.artifact v.contact" for "hammer"). Inflected forms are listed under their lemma's class: noun
plurals and verb forms by WordNet's exception lists and its regular rules run forwards ("sank", "trawlers",
"recovered", "recovering"), comparatives by adj.exc. One line per class: the class, a tab, then its words
separated by spaces. Only one-word forms of letters, "-" and "'" are listed.

Needs Debian's `wordnet-base` (apt-get install -y wordnet-base), which puts the database in /usr/share/wordnet
(or pass its folder). The build never needs WordNet: the output is committed and shipped as a package resource.

WordNet 3.0, Copyright 2006 by Princeton University (WordNet licence, see the README's credits).
"""
import os, re, sys
from collections import defaultdict

WN = sys.argv[1] if len(sys.argv) > 1 else '/usr/share/wordnet'
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'Sources/TimelineCore/Syntax/Resources/word-classes.txt')
WORD = re.compile(r"^[a-z][a-z'-]*$")
POS = [('n', 'noun'), ('v', 'verb'), ('a', 'adj'), ('r', 'adv')]
LEXNAMES = """adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body noun.cognition
noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive noun.object noun.person
noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation noun.shape noun.state
noun.substance noun.time verb.body verb.change verb.cognition verb.communication verb.competition verb.consumption
verb.contact verb.creation verb.emotion verb.motion verb.perception verb.possession verb.social verb.stative
verb.weather adj.ppl""".split()


def first_lexnames(pos, name):
    """lemma -> lexicographer file of its first sense."""
    offsets = {}
    with open(os.path.join(WN, 'index.' + name), encoding='latin-1') as f:
        for line in f:
            if line.startswith('  '):
                continue
            parts = line.split()
            lemma = parts[0]
            if not WORD.match(lemma):
                continue
            p_cnt = int(parts[3])
            offsets[lemma] = parts[6 + p_cnt]  # synset_cnt, tagsense_cnt, then the offsets
    files = {}
    with open(os.path.join(WN, 'data.' + name), encoding='latin-1') as f:
        for line in f:
            if line.startswith('  '):
                continue
            parts = line.split(' ', 2)
            files[parts[0]] = int(parts[1])
    return {lemma: pos + '.' + LEXNAMES[files[off]].split('.', 1)[1] for lemma, off in offsets.items()}


def exceptions(name):
    out = defaultdict(set)
    with open(os.path.join(WN, name + '.exc'), encoding='latin-1') as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and WORD.match(parts[0]):
                for base in parts[1:]:
                    out[base].add(parts[0])
    return out


def noun_forms(w):
    if w.endswith(('s', 'x', 'z', 'ch', 'sh')):
        return [w + 'es']
    if w.endswith('y') and len(w) > 1 and w[-2] not in 'aeiou':
        return [w[:-1] + 'ies']
    return [w + 's']


def verb_forms(v):
    out = []
    if v.endswith(('s', 'x', 'z', 'ch', 'sh')):
        out.append(v + 'es')
    elif v.endswith('y') and len(v) > 1 and v[-2] not in 'aeiou':
        out.append(v[:-1] + 'ies')
    else:
        out.append(v + 's')
    if v.endswith('e'):
        out += [v + 'd', v[:-1] + 'ing'] if not v.endswith(('ee', 'ye', 'oe')) else [v + 'd', v + 'ing']
    elif v.endswith('y') and len(v) > 1 and v[-2] not in 'aeiou':
        out += [v[:-1] + 'ied', v + 'ing']
    else:
        out += [v + 'ed', v + 'ing']
        if len(v) >= 3 and v[-1] not in 'aeiouwxy' and v[-2] in 'aeiou' and v[-3] not in 'aeiou':
            out += [v + v[-1] + 'ed', v + v[-1] + 'ing']
    return out


def main():
    if not os.path.exists(os.path.join(WN, 'index.verb')):
        sys.exit(f"gen-word-classes.py: no WordNet database in {WN} (apt-get install -y wordnet-base)")
    classes = defaultdict(dict)  # form -> pos -> lexname (the form's own lemma first, then the first lemma met)
    lemma_classes = {pos: first_lexnames(pos, name) for pos, name in POS}
    for pos, name in POS:
        for lemma, lex in lemma_classes[pos].items():
            classes[lemma][pos] = lex
    for pos, name in POS:
        exc = exceptions(name)
        for lemma, lex in sorted(lemma_classes[pos].items()):
            forms = set(exc.get(lemma, ()))
            if pos == 'n':
                forms.update(noun_forms(lemma))
            elif pos == 'v' and re.match(r'^[a-z]+$', lemma):
                forms.update(verb_forms(lemma))
            for form in forms:
                if WORD.match(form):
                    classes[form].setdefault(pos, lex)
    groups = defaultdict(list)
    for form, by_pos in classes.items():
        groups[' '.join(by_pos[p] for p, _ in POS if p in by_pos)].append(form)
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('# WordNet 3.0 (c) 2006 Princeton University, WordNet licence; generated by scripts/gen-word-classes.py\n')
        for cls in sorted(groups):
            out.write(cls + '\t' + ' '.join(sorted(groups[cls])) + '\n')
    print(f"{len(classes)} forms in {len(groups)} classes -> {os.path.relpath(OUT)}")


if __name__ == '__main__':
    main()
