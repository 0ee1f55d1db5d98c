#!/usr/bin/env python3
"""Evaluate `tltui timex --batch` on TBAQ (TempEval-3 measures).

usage: scripts/eval-timex.py [TBAQ.json] [--bin PATH] [--misses]
Strict span: exact offsets; relaxed: overlap. Value/type F1 = attribute accuracy on relaxed matches x relaxed F1.
"""
import json, os, subprocess, sys, tempfile

here = os.path.dirname(os.path.abspath(__file__))
repo = os.path.dirname(here)
args = [a for a in sys.argv[1:] if not a.startswith("--")]
path = args[0] if args else os.path.join(repo, "..", "shared", "data", "tbaq.json")
binary = os.path.join(repo, ".build", "debug", "tltui")
if "--bin" in sys.argv:
    binary = sys.argv[sys.argv.index("--bin") + 1]
    args = [a for a in args if a != binary]
    path = args[0] if args else os.path.join(repo, "..", "shared", "data", "tbaq.json")
if not os.path.exists(path):
    print(f"eval-timex: {path} not found; skipping evaluation.")
    sys.exit(0)
gold = json.load(open(path))
with tempfile.TemporaryDirectory() as tmp:
    out = os.path.join(tmp, "out.json")
    subprocess.run([binary, "timex", "--batch", path, "--output", out], check=True)
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
print(f"documents {len(gold)}  gold {g_n}  system {s_n}")
print(f"strict  span  P {sp:.4f}  R {sr:.4f}  F1 {sf:.4f}")
print(f"relaxed span  P {rp:.4f}  R {rr:.4f}  F1 {rf:.4f}")
print(f"value   F1 {val_ok / matched * rf if matched else 0:.4f}  (accuracy {val_ok / max(matched, 1):.4f})")
print(f"type    F1 {type_ok / matched * rf if matched else 0:.4f}  (accuracy {type_ok / max(matched, 1):.4f})")
if "--misses" in sys.argv:
    for m in misses:
        print("\t".join(str(x) for x in m))
