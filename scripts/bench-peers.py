#!/usr/bin/env python3
"""Times Python date finders over the same texts; run by scripts/bench-peers.sh inside its virtualenv.

Usage: bench-peers.py TEXTS.json SECONDS [--out SUBSET.json]
TEXTS.json: [{"id", "dct": "YYYY-MM-DD", "text"}]. dateparser.search.search_dates (RELATIVE_BASE = the
document's DCT) is run first over the texts in order for about SECONDS; the documents it finished are
the subset every tool is timed on (written to --out for our tagger). datefinder and ctparse then run over
that same subset, repeated until SECONDS have passed (ctparse, which reads one expression per call, is
given one sentence at a time). Prints one line per tool: "peer: NAME ... = X MB/s".
"""
import datetime
import json
import re
import sys
import time
import warnings

warnings.filterwarnings("ignore")


def mb(docs):
    return sum(len(d["text"].encode("utf-8")) for d in docs) / 1e6


def base(d):
    try:
        return datetime.datetime.strptime(d["dct"][:10], "%Y-%m-%d")
    except (ValueError, TypeError, KeyError):
        return datetime.datetime(2024, 1, 1)


SENT = re.compile(r"(?<=[.!?\u201d])\s+|\n+")


def main():
    path, seconds = sys.argv[1], float(sys.argv[2])
    out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else None
    docs = json.load(open(path, encoding="utf-8"))
    results, cpu = {}, {}

    # dateparser: sets the subset
    try:
        from dateparser.search import search_dates
        import dateparser
        search_dates("warm up on 28 March", languages=["en"])
        done, found, t0, c0 = [], 0, time.perf_counter(), time.process_time()
        for d in docs:
            r = search_dates(d["text"], languages=["en"], settings={"RELATIVE_BASE": base(d)})
            found += len(r or [])
            done.append(d)
            if time.perf_counter() - t0 >= seconds:
                break
        t, c = time.perf_counter() - t0, time.process_time() - c0
        subset = done
        results["dateparser"] = mb(subset) / t
        cpu["dateparser"] = mb(subset) / c
        print(f"peer: dateparser {dateparser.__version__} search_dates, {len(subset)} of {len(docs)} documents, "
              f"{mb(subset):.3f} MB in {t:.1f} s, {found} dates = {mb(subset) / t:.4f} MB/s; CPU time {c:.1f} s = {mb(subset) / c:.4f} MB/s", flush=True)
    except ImportError:
        subset = docs
        n, t0 = 0, time.perf_counter()
        print("peer: dateparser not installed; the subset is every document", flush=True)
    if out:
        json.dump(subset, open(out, "w", encoding="utf-8"))
    size = mb(subset)

    def timed(name, fn):
        passes, found, done_mb, docs_done, t0, c0 = 0, 0, 0.0, 0, time.perf_counter(), time.process_time()
        limit = max(seconds * 4, 120)
        stopped = False
        while not stopped:
            for d in subset:
                found += fn(d)
                done_mb += len(d["text"].encode("utf-8")) / 1e6
                docs_done += 1
                if time.perf_counter() - t0 > limit:
                    stopped = True
                    break
            else:
                passes += 1
                if time.perf_counter() - t0 >= seconds:
                    break
        t, c = time.perf_counter() - t0, time.process_time() - c0
        rate = done_mb / t
        cpu[name] = done_mb / c
        how = (f"same {len(subset)} documents x{passes}" if not stopped else
               f"stopped at the {limit:.0f} s bound after {docs_done} documents of the same subset")
        print(f"peer: {name}, {how}, {done_mb:.3f} MB in {t:.1f} s, {found} dates = {rate:.4f} MB/s; CPU time {c:.1f} s = {done_mb / c:.4f} MB/s", flush=True)
        results[name] = rate

    try:
        import datefinder

        def df(d):
            return sum(1 for _ in datefinder.find_dates(d["text"], base_date=base(d)))
        timed("datefinder find_dates", df)
    except ImportError:
        print("peer: datefinder not installed", flush=True)
    try:
        import ctparse
        import logging
        logging.disable(logging.CRITICAL)

        def ct(d):
            ts = base(d)
            n = 0
            for s in SENT.split(d["text"]):
                if s.strip() and ctparse.ctparse(s, ts=ts, timeout=1.0) is not None:
                    n += 1
            return n
        timed("ctparse (per sentence)", ct)
    except ImportError:
        print("peer: ctparse not installed", flush=True)
    print("peer-rates: " + json.dumps(results), flush=True)
    print("peer-cpu-rates: " + json.dumps(cpu), flush=True)


if __name__ == "__main__":
    main()
