"""Accuracy and speed of the optional embeddings screener (needs the ``embeddings`` extra).

    python bench/screening_embeddings_eval.py [--cache /tmp/minilm_chunks.npz] [--no-timing]

For every split (and ``unseen``: the held-out splits together), one markdown table: per
family, the recall (attack families) or false-positive rate (benign families) of the heuristic
screener, the embeddings screener with the shipped classifier head, the two chained ("heuristic
OR head": the ScreenerChain blocks when either verdict reaches 1.0), and the same for the older
nearest-exemplar mode. Then the median time per 1 KB prompt. ``--cache`` keeps chunk embeddings
in a file (embedding the corpus takes minutes).
The head was fitted and its cut chosen on ``dev`` and ``train`` only.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.screening_eval import Counts, load  # noqa: E402
from proxyify_asgi.screening.embeddings import EmbeddingScreener  # noqa: E402
from proxyify_asgi.screening.head import LinearHead  # noqa: E402
from proxyify_asgi.screening.heuristic import HeuristicScreener  # noqa: E402
from tests.data.train_embeddings_head import cached, minilm_embed  # noqa: E402
from tests.data.train_screening_model import TRAINED_ON  # noqa: E402

SPLITS = ("dev", "train", "heldout", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13", "fresh14", "fresh15", "fresh16", "unseen")
"""``unseen``: every split outside ``TRAINED_ON`` (neither the rules, the lexical model nor the head saw them)."""
COLUMNS = ("heuristic", "head", "heuristic OR head", "exemplars", "heuristic OR exemplars")
BENIGN_FAMILIES = ("general", "hard_negative")


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def split_table(counts: dict[tuple[str, str, str], Counts], split: str) -> str:
    """Recall per attack family and FPR per benign family, one column per screener set-up."""
    families = sorted({f for s, f, _ in counts if s == split and f not in ("ATTACKS", "BENIGN")})
    lines = [f"| {split} | n | " + " | ".join(COLUMNS) + " |", "|---|---:|" + "---:|" * len(COLUMNS)]
    for family in [*families, "ATTACKS", "BENIGN"]:
        cells = [counts[(split, family, column)] for column in COLUMNS]
        first = cells[0]
        benign = family in (*BENIGN_FAMILIES, "BENIGN")
        n = first.fp + first.tn if benign else first.tp + first.fn
        label = f"{family} (FPR)" if benign else f"{family} (recall)"
        values = [_pct(c.fpr if benign else c.recall) for c in cells]
        lines.append(f"| {label} | {n} | " + " | ".join(values) + " |")
    return "\n".join(lines)


def main() -> None:
    """Print the tables and the timing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, help="an .npz file caching the chunk embeddings")
    parser.add_argument("--no-timing", action="store_true")
    args = parser.parse_args()
    raw = minilm_embed()
    embed = cached(raw, args.cache) if args.cache else raw
    head = EmbeddingScreener(embed, head=LinearHead.load())
    exemplars = EmbeddingScreener(embed, head=None)
    heuristic = HeuristicScreener()
    counts: dict[tuple[str, str, str], Counts] = defaultdict(Counts)
    for row in load():
        texts = [row["text"]]
        h = heuristic.check(texts).score >= 1.0
        e = head.check(texts).score >= 1.0
        x = exemplars.check(texts).score >= 1.0
        flags = dict(zip(COLUMNS, (h, e, h or e, x, h or x)))
        attack = row["label"] == "attack"
        splits = (row["split"], *(() if row["split"] in TRAINED_ON else ("unseen",)))
        for column, flagged in flags.items():
            for split in splits:
                for family in (row["family"], "ATTACKS" if attack else "BENIGN"):
                    counts[(split, family, column)].add(attack, flagged)
    print(f"head: cut {head.cut:.4f}; {LinearHead.load().provenance.get('trained_on', '')}\n")
    for split in SPLITS:
        print(split_table(counts, split), end="\n\n")
    if not args.no_timing:
        text = ("Please summarize the quarterly report for the board. Revenue grew 12% while costs fell. " * 12)[:1024]
        fresh = EmbeddingScreener(raw, head=LinearHead.load())  # uncached: the real cost
        samples = []
        for _ in range(30):
            start = time.perf_counter()
            fresh.check([text])
            samples.append(time.perf_counter() - start)
        print(f"median for a 1 KB prompt: {statistics.median(samples) * 1000:.1f} ms (CPU)")


if __name__ == "__main__":
    main()
