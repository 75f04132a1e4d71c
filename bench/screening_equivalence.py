"""Verdict equivalence of the heuristic screener between two source trees (speed work must not
change a single verdict).

Builds a fixed, seeded set of requests from ``tests/data/screening_corpus.jsonl``: every corpus
row alone, rows concatenated, slices of the whole corpus at random offsets (1 KB, 10 KB and
100 KB), rows with their words shuffled, and multi-text requests. It records ``(score, category,
reasons)`` for each with the screener of this tree and with the screener of a git ref (exported
with ``git archive`` to a temporary directory), each in its own process, and prints the
differences.

    python bench/screening_equivalence.py --base main [--count 3000]
    python bench/screening_equivalence.py --record out.jsonl   # this tree's verdicts only

Both trees read the same corpus (this tree's), so rule edits on either side show as differences:
compare against the commit the speed work started from.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "tests" / "data" / "screening_corpus.jsonl"


def requests(count: int, seed: int = 7) -> list[list[str]]:
    """The requests (each a list of texts), the same for a given ``count`` and ``seed``."""
    parsed = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row["text"] for row in parsed]
    rng = random.Random(seed)
    # the whole corpus (dense with attacks) and the benign rows only (dense with security words)
    wholes = (" ".join(rows), " ".join(row["text"] for row in parsed if row["label"] == "benign"))
    out: list[list[str]] = [[row] for row in rows]
    sizes = (1024, 1024, 1024, 1024, 10 * 1024, 10 * 1024, 100 * 1024)
    while len(out) < count:
        kind = rng.randrange(5)
        if kind == 0:  # a few rows run together, with or without line breaks
            joiner = rng.choice([" ", "\n", "\n\n", ""])
            out.append([joiner.join(rng.sample(rows, rng.randint(2, 8)))])
        elif kind == 1:  # a slice of the corpus at a random offset
            size = rng.choice(sizes)
            whole = rng.choice(wholes)
            text = whole * (size // len(whole) + 2)
            at = rng.randrange(len(whole))
            out.append([text[at : at + size]])
        elif kind == 2:  # a row's words shuffled, or a row cut at a random place
            row = rng.choice(rows)
            parts = row.split(" ")
            rng.shuffle(parts)
            out.append([" ".join(parts) if rng.random() < 0.5 else row[: rng.randrange(1, len(row) + 1)]])
        elif kind == 3:  # several texts in one request (the stop score spans them)
            out.append(rng.sample(rows, rng.randint(2, 6)))
        else:  # a row inside benign filler
            filler = " ".join(rng.sample(rows, 3))
            cut = rng.randrange(len(filler) + 1)
            out.append([filler[:cut] + " " + rng.choice(rows) + " " + filler[cut:]])
    return out[:count]


def record(count: int) -> list[list]:
    """This process's screener's verdicts for :func:`requests` (imports ``proxyify_asgi`` from
    ``sys.path``), and the seconds spent screening."""
    from proxyify_asgi.screening.heuristic import HeuristicScreener

    screener = HeuristicScreener()
    out = []
    for texts in requests(count):
        verdict = screener.check(texts)
        out.append([verdict.score, verdict.category, list(verdict.reasons)])
    return out


def _verdicts_of(tree: Path, count: int) -> tuple[list[list], float]:
    code = (
        "import sys, json, time; sys.path.insert(0, sys.argv[1]); sys.path.insert(1, sys.argv[2]);"
        "import screening_equivalence as m; t = time.perf_counter(); v = m.record(int(sys.argv[3]));"
        "print(json.dumps([v, time.perf_counter() - t]))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(tree), str(ROOT / "bench"), str(count)],
        check=True, capture_output=True, text=True, cwd=tree,
    )
    verdicts, seconds = json.loads(done.stdout)
    return verdicts, seconds


def main() -> None:
    """Compare this tree with ``--base``, or ``--record`` this tree's verdicts."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="git ref to compare with")
    parser.add_argument("--record", type=Path, help="write this tree's verdicts, one JSON line each")
    parser.add_argument("--count", type=int, default=3000)
    args = parser.parse_args()
    if args.record:
        verdicts, _ = _verdicts_of(ROOT, args.count)
        args.record.write_text("".join(json.dumps(v) + "\n" for v in verdicts), encoding="utf-8")
        return
    if not args.base:
        parser.error("give --base REF or --record FILE")
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.base, "proxyify_asgi"],
                                 check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        start = time.perf_counter()
        base, base_s = _verdicts_of(Path(tmp), args.count)
    ours, ours_s = _verdicts_of(ROOT, args.count)
    texts = requests(args.count)
    differing = [i for i, (a, b) in enumerate(zip(base, ours, strict=True)) if a != b]
    for i in differing[:20]:
        print(f"DIFF #{i} ({sum(map(len, texts[i]))} chars): base={base[i]} ours={ours[i]}")
    flagged = sum(1 for v in ours if v[0] >= 1.0)
    chars = sum(len(t) for texts_ in texts for t in texts_)
    print(f"{len(texts)} requests, {chars / 1e6:.1f} M characters, {flagged} scoring >= 1.0, "
          f"{sum(1 for v in ours if v[0] > 0)} scoring > 0")
    print(f"screening time: base {args.base} {base_s:.2f} s, this tree {ours_s:.2f} s "
          f"(total with start-up {time.perf_counter() - start:.1f} s)")
    print(f"{len(differing)} verdicts differ")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()
