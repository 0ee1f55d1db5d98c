#!/usr/bin/env python3
"""Scores a CoNLL-U prediction against gold, with gold tokenization, as the CoNLL 2018 shared-task script
(conll18_ud_eval.py) counts it: only syntactic words (integer IDs) are scored, multiword-token ranges and empty
nodes are skipped; UAS checks HEAD; LAS checks HEAD and the universal part of DEPREL (the subtype after ':' is
dropped); punctuation is included. With gold tokenization F1 equals accuracy, which is what is printed.

    python3 scripts/score-conllu.py GOLD.conllu PREDICTED.conllu [--json]

The two files must have the same words in the same order (the FORM columns are compared); a mismatch is an
error naming the sentence and word.
"""
import json
import sys


def words(path):
    """Yields (sentence number, id, columns) for every integer-ID line."""
    sent = 1
    seen = False
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if seen:
                    sent += 1
                    seen = False
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10:
                sys.exit(f"{path}:{n}: expected 10 tab-separated columns, found {len(cols)}")
            seen = True
            if "-" in cols[0] or "." in cols[0]:
                continue
            yield sent, n, cols


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 2:
        sys.exit(__doc__)
    gold, pred = list(words(args[0])), list(words(args[1]))
    if len(gold) != len(pred):
        sys.exit(f"{args[1]}: {len(pred)} words, but the gold file has {len(gold)}")
    counts = dict(UPOS=0, XPOS=0, Lemmas=0, UAS=0, LAS=0)
    for (gs, gn, g), (ps, pn, p) in zip(gold, pred):
        if g[1] != p[1]:
            sys.exit(f"{args[1]}:{pn}: word '{p[1]}' where the gold file has '{g[1]}' ({args[0]}:{gn})")
        counts["UPOS"] += g[3] == p[3]
        counts["XPOS"] += g[4] == p[4]
        counts["Lemmas"] += g[2] == p[2]
        if g[6] == p[6]:
            counts["UAS"] += 1
            counts["LAS"] += g[7].split(":")[0] == p[7].split(":")[0]
    total = len(gold)
    scores = {k: (100.0 * v / total if total else 0.0) for k, v in counts.items()}
    if "--json" in argv:
        print(json.dumps({"words": total, **{k: round(v, 2) for k, v in scores.items()}}))
    else:
        print(f"Words: {total}")
        for k, v in scores.items():
            print(f"{k:7s} {v:6.2f}")


if __name__ == "__main__":
    main(sys.argv[1:])
