"""Accuracy and speed of the optional embeddings screener (needs the ``embeddings`` extra).

    python bench/screening_embeddings_eval.py [--similarity 0.55]

Prints recall / FPR per split for: the embeddings screener alone, and heuristic + embeddings
(request blocked when either says so), plus the median time per 1 KB prompt.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.screening_eval import Counts, load  # noqa: E402
from proxyify_asgi.screening.embeddings import EmbeddingScreener  # noqa: E402
from proxyify_asgi.screening.heuristic import HeuristicScreener  # noqa: E402


def main() -> None:
    """Print the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--similarity", type=float, default=0.55)
    args = parser.parse_args()
    started = time.perf_counter()
    embeddings = EmbeddingScreener.from_minilm(similarity=args.similarity)
    print(f"model loaded in {time.perf_counter() - started:.1f} s")
    heuristic = HeuristicScreener()
    rows = load()
    tables: dict[str, dict[str, Counts]] = {"embeddings": {}, "heuristic+embeddings": {}}
    for row in rows:
        attack = row["label"] == "attack"
        e = embeddings.check([row["text"]]).score >= 1.0
        h = heuristic.check([row["text"]]).score >= 1.0
        for name, flagged in (("embeddings", e), ("heuristic+embeddings", e or h)):
            for split in (row["split"], "all"):
                tables[name].setdefault(split, Counts()).add(attack, flagged)
    for name, by_split in tables.items():
        print(f"\n| {name} | recall | FPR |\n|---|---:|---:|")
        for split in ("dev", "heldout", "all"):
            c = by_split[split]
            print(f"| {split} | {100 * c.recall:.1f}% | {100 * c.fpr:.1f}% |")
    text = ("Please summarize the quarterly report for the board. Revenue grew 12% while costs fell. " * 12)[:1024]
    samples = []
    for _ in range(50):
        start = time.perf_counter()
        embeddings.check([text])
        samples.append(time.perf_counter() - start)
    print(f"\nmedian for a 1 KB prompt: {statistics.median(samples) * 1000:.1f} ms (CPU)")


if __name__ == "__main__":
    main()
