#!/usr/bin/env python3
"""Re-run the TBAQ timex evaluation against the audit in docs/timex-audit.tsv.

usage: scripts/timex-audit.py [TBAQ.json] [--bin PATH] [--tsv PATH] [--list]

Runs `BIN timex --batch TBAQ.json`, matches system and gold timexes exactly as
scripts/eval-timex.py does (a gold timex is matched by the first system timex
overlapping it; its value is wrong when gold.value != sys.value), and compares
the errors with the audited rows (kind VALUE/MISS/FALSE, doc, start, end).

Prints (a) the errors that remain with this binary per category (audited rows
whose error is gone count as fixed; errors not in the TSV are "unaudited"),
(b) the value F1 as measured, and (c) two ceilings: the value F1 if every
remaining `tagger` and `debatable` error were fixed, and if only the `tagger`
ones were. Fixing a VALUE row makes that match's value right; fixing a MISS row
adds a system timex with the gold value; fixing a FALSE row removes that
system timex. --list prints the remaining and unaudited rows.
Python 3 standard library only. Skips with a message when TBAQ.json is absent.
"""
import collections, json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)
CATEGORIES = ["gold-inconsistent", "gold-typo", "gold-world-knowledge", "gold-dct", "tagger", "debatable"]


def option(name, default):
    if name in sys.argv:
        i = sys.argv.index(name)
        if i + 1 >= len(sys.argv):
            sys.exit(f"timex-audit: {name} needs a value")
        return sys.argv[i + 1]
    return default


binary = option("--bin", os.path.join(repo, ".build", "release", "tltui"))
tsv = option("--tsv", os.path.join(repo, "docs", "timex-audit.tsv"))
skip = {binary, tsv}
positional = []
argv = sys.argv[1:]
i = 0
while i < len(argv):
    if argv[i] in ("--bin", "--tsv"):
        i += 2
        continue
    if not argv[i].startswith("--"):
        positional.append(argv[i])
    i += 1
path = positional[0] if positional else os.path.join(repo, "..", "shared", "data", "tbaq.json")

if not os.path.exists(path):
    print(f"timex-audit: {path} not found; skipping the audit.")
    sys.exit(0)
if not os.path.exists(binary):
    sys.exit(f"timex-audit: binary {binary} not found (build it or pass --bin PATH)")
if not os.path.exists(tsv):
    sys.exit(f"timex-audit: audit table {tsv} not found")

# --- the audit table
audit = {}
with open(tsv, encoding="utf-8") as f:
    header = f.readline().rstrip("\n").split("\t")
    for n, line in enumerate(f, 2):
        line = line.rstrip("\n")
        if not line:
            continue
        cols = line.split("\t")
        if len(cols) != 9:
            sys.exit(f"timex-audit: {tsv}:{n}: expected 9 columns, found {len(cols)}")
        kind, doc, start, end, text, gval, sval, cat, reason = cols
        if cat not in CATEGORIES:
            sys.exit(f"timex-audit: {tsv}:{n}: unknown category {cat!r}")
        audit[(kind, doc, int(start), int(end))] = {"text": text, "gold": gval, "sys": sval, "cat": cat, "reason": reason}

# --- run the tagger and collect the errors (same matching as eval-timex.py)
gold = json.load(open(path, encoding="utf-8"))
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "out.json")
    subprocess.run([binary, "timex", "--batch", path, "--output", out], check=True)
    system = {d["id"]: d["timex"] for d in json.load(open(out, encoding="utf-8"))}

g_n = s_n = rel_g = rel_s = matched = val_ok = 0
errors = []  # (kind, doc, start, end, text, gold value, system value)
for doc in gold:
    gs = doc["timex"]
    ss = system.get(doc["id"], [])
    g_n += len(gs)
    s_n += len(ss)
    for g in gs:
        hit = [s for s in ss if s["start"] < g["end"] and g["start"] < s["end"]]
        if hit:
            rel_g += 1
            matched += 1
            s = hit[0]
            if s["value"] == g["value"]:
                val_ok += 1
            else:
                errors.append(("VALUE", doc["id"], g["start"], g["end"], g["text"], g["value"], s["value"]))
        else:
            errors.append(("MISS", doc["id"], g["start"], g["end"], g["text"], g["value"], "-"))
    for s in ss:
        if any(s["start"] < g["end"] and g["start"] < s["end"] for g in gs):
            rel_s += 1
        else:
            errors.append(("FALSE", doc["id"], s["start"], s["end"], s["text"], "-", s["value"]))


def value_f1(val_ok, matched, rel_s, rel_g, s_n, g_n):
    p = rel_s / s_n if s_n else 0.0
    r = rel_g / g_n if g_n else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return (val_ok / matched if matched else 0.0) * f, f


remaining = collections.Counter()
remaining_rows = []
unaudited = []
seen = set()
for e in errors:
    key = e[:4]
    if key in audit:
        seen.add(key)
        cat = audit[key]["cat"]
        remaining[cat] += 1
        remaining_rows.append((cat, e))
    else:
        unaudited.append(e)
fixed = collections.Counter(a["cat"] for k, a in audit.items() if k not in seen)


def ceiling(cats):
    v, m, rs, rg, sn = val_ok, matched, rel_s, rel_g, s_n
    for cat, e in remaining_rows:
        if cat not in cats:
            continue
        kind = e[0]
        if kind == "VALUE":
            v += 1
        elif kind == "MISS":  # the tagger finds it with the gold value
            v += 1; m += 1; rg += 1; rs += 1; sn += 1
        elif kind == "FALSE":  # the tagger no longer outputs it
            sn -= 1
    return value_f1(v, m, rs, rg, sn, g_n)[0]


vf1, rf1 = value_f1(val_ok, matched, rel_s, rel_g, s_n, g_n)
kinds = collections.Counter()
for cat, e in remaining_rows:
    kinds[(cat, e[0])] += 1

print(f"binary {binary}")
print(f"audit  {tsv}: {len(audit)} rows")
print()
print(f"{'category':<22}{'VALUE':>7}{'MISS':>7}{'FALSE':>7}{'total':>7}{'fixed':>7}")
for cat in CATEGORIES:
    print(f"{cat:<22}{kinds[(cat, 'VALUE')]:>7}{kinds[(cat, 'MISS')]:>7}{kinds[(cat, 'FALSE')]:>7}"
          f"{remaining[cat]:>7}{fixed[cat]:>7}")
uk = collections.Counter(e[0] for e in unaudited)
print(f"{'unaudited':<22}{uk['VALUE']:>7}{uk['MISS']:>7}{uk['FALSE']:>7}{len(unaudited):>7}{'':>7}")
print(f"{'all errors':<22}{sum(1 for e in errors if e[0] == 'VALUE'):>7}{sum(1 for e in errors if e[0] == 'MISS'):>7}"
      f"{sum(1 for e in errors if e[0] == 'FALSE'):>7}{len(errors):>7}{sum(fixed.values()):>7}")
print()
print(f"relaxed span F1 {rf1:.4f}")
print(f"value F1 measured                         {vf1:.4f}  (accuracy {val_ok / max(matched, 1):.4f})")
print(f"ceiling: every tagger + debatable fixed   {ceiling({'tagger', 'debatable'}):.4f}")
print(f"ceiling: every tagger error fixed         {ceiling({'tagger'}):.4f}")
if unaudited:
    print()
    print(f"unaudited errors ({len(unaudited)}): add them to {os.path.relpath(tsv, repo)}")
    for e in unaudited:
        print("  " + "\t".join(" ".join(str(x).split()) for x in e))
if "--list" in sys.argv:
    print()
    print("remaining audited errors:")
    for cat, e in sorted(remaining_rows, key=lambda x: (CATEGORIES.index(x[0]), x[1][0], x[1][1], x[1][2])):
        print("  " + "\t".join([cat] + [" ".join(str(x).split()) for x in e]) + "\t" + audit[e[:4]]["reason"])
