#!/usr/bin/env python3
"""Writes N copies of real-text articles with shifted publication dates, for benchmarks.

Usage: scripts/gen-copies.py N OUTDIR

The articles are the bundled sample (seeds/) and the project's own test articles
(Tests/TimelineCoreTests/Corpus/, Tests/TimelineCoreTests/BridgeCorpus/). Copy k of an article is
published k days before the original (so that no copy is dated after today however many there are: a
loader refuses a publication date in the future; its front matter or its folder's sources.yaml entry rewritten; the
text is unchanged, so "tomorrow" and "on Tuesday" resolve against the new date), and is credited to
"<outlet> <k>", so every copy is its own document. Files go to subfolders of at most 1,000 articles.
Deterministic; standard library only.
"""
import datetime
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
FOLDERS = ["seeds", "Tests/TimelineCoreTests/Corpus", "Tests/TimelineCoreTests/BridgeCorpus"]


def sidecar(folder):
    """file name -> {field: value} from a folder's sources.yaml (the simple two-level form used here)."""
    out, current = {}, None
    path = folder / "sources.yaml"
    if not path.exists():
        return out
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line.startswith(" ") and line.endswith(":"):
            current = line[:-1].strip()
            out[current] = {}
        elif current and ":" in line:
            k, v = line.strip().split(":", 1)
            out[current][k.strip()] = v.strip()
    return out


def articles():
    """(name, text, fields from the sidecar) of every article, in a fixed order."""
    found = []
    for rel in FOLDERS:
        folder = ROOT / rel
        meta = sidecar(folder)
        for f in sorted(folder.iterdir()):
            if f.suffix in (".txt", ".md"):
                found.append((f.name, f.read_text(encoding="utf-8"), meta.get(f.name, {})))
    return found


FRONT = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    n, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    source = articles()
    out.mkdir(parents=True, exist_ok=False)
    sidecars = {}
    total = 0
    for i in range(n):
        name, text, meta = source[i % len(source)]
        k = i // len(source)
        part = out / f"part-{i // 1000:03d}"
        part.mkdir(exist_ok=True)
        fname = f"{i:06d}_{name}"
        m = FRONT.match(text)
        if m:
            fields = m.group(1)
            pub = re.search(r"^published: (\d{4}-\d\d-\d\d)", fields, re.M)
            if pub:
                day = datetime.date.fromisoformat(pub.group(1)) - datetime.timedelta(days=k)
                fields = fields.replace(pub.group(0), f"published: {day.isoformat()}")
            fields = re.sub(r"^source: (.*)$", lambda s: f"source: {s.group(1)} {k}", fields, flags=re.M)
            text = f"---\n{fields}\n---\n" + text[m.end():]
        else:
            entry = [f"  source: {meta.get('source', 'Outlet')} {k}"]
            if "published" in meta:
                day = datetime.date.fromisoformat(meta["published"]) - datetime.timedelta(days=k)
                entry.append(f"  published: {day.isoformat()}")
            sidecars.setdefault(part, []).append(f"{fname}:\n" + "\n".join(entry) + "\n")
        (part / fname).write_text(text, encoding="utf-8")
        total += len(text.encode())
    for part, entries in sidecars.items():
        (part / "sources.yaml").write_text("".join(entries), encoding="utf-8")
    print(f"{n} copies of {len(source)} articles, {total / 1e6:.1f} MB, in {out}")


if __name__ == "__main__":
    main()
