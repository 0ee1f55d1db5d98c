#!/usr/bin/env python3
"""Evaluate `tltui timex --batch` on the development sets, side by side (TempEval-3 measures).

usage: scripts/eval-timex.py [SET.json …] [--bin PATH] [--misses]
With no SET, both development sets in ../shared/data: TBAQ (tbaq.json) and MEANTIME Apple
(meantime-apple.json). Strict span: exact offsets; relaxed: overlap. Value/type F1 = attribute accuracy on
relaxed matches x relaxed F1, micro-averaged over the timexes of a set. Each gold timex is paired with the first
system timex that overlaps it. --misses prints every miss, false alarm and wrong value (tab-separated, the set first).
"""
import json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)
data = os.path.join(repo, "..", "shared", "data")
argv = sys.argv[1:]
binary = os.path.join(repo, ".build", "debug", "tltui")
if "--bin" in argv:
    k = argv.index("--bin")
    binary = argv[k + 1]
    del argv[k:k + 2]
extra = ["--parse"] if "--parse" in argv else []
paths = [a for a in argv if not a.startswith("--")]
if not paths:
    paths = [os.path.join(data, "tbaq.json"), os.path.join(data, "meantime-apple.json")]
names = {"tbaq.json": "TBAQ", "meantime-apple.json": "MEANTIME Apple"}


def score(path):
    gold = json.load(open(path))
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, "out.json")
        subprocess.run([binary, "timex", "--batch", path, "--output", out] + extra, check=True)
        system = {d["id"]: d["timex"] for d in json.load(open(out))}
    g_n = s_n = strict = rel_g = rel_s = val_ok = type_ok = matched = 0
    misses = []
    for doc in gold:
        gs = doc["timex"]; ss = system.get(doc["id"], [])
        g_n += len(gs); s_n += len(ss)
        for g in gs:
            hit = [s for s in ss if s["start"] < g["end"] and g["start"] < s["end"]]
            if hit:
                rel_g += 1
                s = hit[0]
                if s["start"] == g["start"] and s["end"] == g["end"]:
                    strict += 1
                matched += 1
                val_ok += s["value"] == g["value"]
                type_ok += s["type"] == g["type"]
                if s["value"] != g["value"]:
                    misses.append(("VALUE", doc["id"], doc["dct"], g["text"], g["value"], s["text"], s["value"]))
            else:
                misses.append(("MISS", doc["id"], doc["dct"], g["text"], g["type"], g["value"], doc["text"][max(0, g["start"]-40):g["end"]+20].replace("\n", " ")))
        for s in ss:
            if any(s["start"] < g["end"] and g["start"] < s["end"] for g in gs):
                rel_s += 1
            else:
                misses.append(("FALSE", doc["id"], doc["dct"], s["text"], s["type"], s["value"], doc["text"][max(0, s["start"]-40):s["end"]+20].replace("\n", " ")))

    def prf(tp_s, tp_g):
        p = tp_s / s_n if s_n else 0; r = tp_g / g_n if g_n else 0
        return p, r, (2 * p * r / (p + r) if p + r else 0)

    sp, sr, sf = prf(strict, strict)
    rp, rr, rf = prf(rel_s, rel_g)
    return {
        "docs": len(gold), "gold": g_n, "system": s_n,
        "strict": (sp, sr, sf), "relaxed": (rp, rr, rf),
        "value": (val_ok / matched * rf if matched else 0, val_ok / max(matched, 1)),
        "type": (type_ok / matched * rf if matched else 0, type_ok / max(matched, 1)),
        "misses": misses,
    }


results = []
for p in paths:
    if not os.path.exists(p):
        print(f"eval-timex: {p} not found; skipping it.")
        continue
    results.append((names.get(os.path.basename(p), os.path.basename(p)), score(p)))
if not results:
    sys.exit(0)

width = 30
print("".ljust(24) + "".join(name.ljust(width) for name, _ in results))
print("documents / gold / sys".ljust(24) + "".join(f"{r['docs']} / {r['gold']} / {r['system']}".ljust(width) for _, r in results))
for key, label in [("strict", "strict span  P R F1"), ("relaxed", "relaxed span P R F1")]:
    print(label.ljust(24) + "".join(f"{r[key][0]:.4f} {r[key][1]:.4f} {r[key][2]:.4f}".ljust(width) for _, r in results))
for key, label in [("value", "value F1 (accuracy)"), ("type", "type F1 (accuracy)")]:
    print(label.ljust(24) + "".join(f"{r[key][0]:.4f} ({r[key][1]:.4f})".ljust(width) for _, r in results))
if "--misses" in sys.argv:
    for name, r in results:
        for m in r["misses"]:
            print("\t".join([name] + [str(x) for x in m]))
